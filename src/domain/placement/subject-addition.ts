import type { Catalog } from '../catalog';
import { a1, columnLetter } from '../grid/address';
import type { SheetGrid } from '../grid/types';
import type { AmountRole, BudgetRow, TableModel } from '../model/types';
import { TEXT_FORMAT } from '../templates';
import { isSumifs, shiftRows, sumifsPattern } from './formula-refs';
import { PlacementRefusedError } from './refusal';
import { cellAt, rowSumFormula, TableGrid } from './table-grid';
import type { PlannedCell, SubjectAdditionPlan } from './types';

/** Tables listed by 功能分类 code with 合计/类/款 subtotals. */
const CODED_TABLES = ['T02', 'T03', 'T05', 'T08'] as const;

const TABLE_NUMBER: Record<(typeof CODED_TABLES)[number], number> = { T02: 2, T03: 3, T05: 5, T08: 8 };

/** What a leaf row's 合计 adds up when the table shows no formula to copy (the templates' rule). */
const ROW_TOTAL_PARTS: Record<(typeof CODED_TABLES)[number], AmountRole[]> = {
  T02: ['general', 'fund', 'stateCapital', 'specialAccount', 'unitFunds'],
  T03: ['basic', 'project'],
  T05: ['basic', 'project'],
  T08: ['basic', 'project'],
};

/** SUMIFS of `col` over the rows `top`..`bottom` whose code matches `pattern` (the templates' shape). */
function sumifs(col: number, codeCol: number, top: number, bottom: number, pattern: string): string {
  const c = columnLetter(col);
  const k = columnLetter(codeCol);
  return `=SUMIFS(${c}$${top + 1}:${c}$${bottom + 1},$${k}$${top + 1}:$${k}$${bottom + 1},"${pattern}")`;
}

type CodedRow = BudgetRow & { code: string };

function codedRowsOf(table: TableModel): CodedRow[] {
  return table.rows
    .filter((r): r is CodedRow => typeof r.code === 'string' && ['class', 'section', 'item'].includes(r.kind))
    .sort((a, b) => a.row - b.row);
}

function nameFor(code: string, target: string, names: string | Readonly<Record<string, string>> | undefined, catalog: Catalog, year: number): string | undefined {
  const typed = typeof names === 'string' ? (code === target ? names : undefined) : names?.[code];
  const name = typed?.trim() || catalog.nameFor(code, year, 'function');
  return name || undefined;
}

/**
 * Adds a 功能分类 项 (7 digits) or 款 (5 digits) to a recognized T02/T03/T05/T08, with its
 * 款 and 类 rows where the table lacks them, each at its place in code order. Names come
 * from the catalogue (or from `names`: one string for the code itself, or per code).
 *
 * Excel does not widen a SUMIFS range for a row inserted directly under its first row or
 * after its last row, so every SUMIFS subtotal of the table (合计/类/款) is rewritten to
 * cover the rows below it down to the new last body row. Subtotals that hold typed
 * numbers or other formulas are left as they are.
 */
export function planSubjectAddition(
  table: TableModel,
  sheet: SheetGrid,
  code: string,
  catalog: Catalog,
  year: number,
  names?: string | Readonly<Record<string, string>>,
): SubjectAdditionPlan {
  const id = table.id;
  if (!(CODED_TABLES as readonly string[]).includes(id)) {
    throw new PlacementRefusedError('unsupported', `只能在表2、表3、表5、表8中按科目添加行；“${table.title}”不是这类表。`);
  }
  const tableId = id as (typeof CODED_TABLES)[number];
  const label = `表${TABLE_NUMBER[tableId]}（${sheet.name}）`;
  const wanted = code.trim();
  if (!/^2\d{4}(\d{2})?$/.test(wanted)) {
    throw new PlacementRefusedError('invalidCode', `“${code}”不是功能分类的款（5位）或项（7位）科目编码，请输入如 2101101 这样的编码。`);
  }

  const grid = new TableGrid(table, sheet);
  const codeCol = grid.colOf('code');
  const nameCol = grid.colOf('name');
  if (table.columns.filter((c) => c.role === 'code').length > 1) {
    throw new PlacementRefusedError('unsupported', `${label}的科目编码分在类、款、项几列中，无法自动添加：请在表中手工插入行。`);
  }
  if (codeCol === undefined || nameCol === undefined) {
    throw new PlacementRefusedError('unsupported', `${label}没有识别出“科目编码”“科目名称”两列，无法按科目添加行。`);
  }
  const amountCols = grid.amountCols;
  const coded = codedRowsOf(table);
  const rowOfCode = new Map(coded.map((r) => [r.code, r.row]));
  const existing = rowOfCode.get(wanted);
  if (existing !== undefined) {
    throw new PlacementRefusedError('exists', `${label}第 ${existing + 1} 行已有科目 ${wanted}，无需再添加。`);
  }

  const chain = [wanted.slice(0, 3), wanted.slice(0, 5), wanted].filter((c, i, all) => all.indexOf(c) === i);
  const missing = chain.filter((c) => !rowOfCode.has(c));
  const missingNames = new Map<string, string>();
  const unnamed: string[] = [];
  for (const c of missing) {
    const name = nameFor(c, wanted, names, catalog, year);
    if (name) missingNames.set(c, name);
    else unnamed.push(c);
  }
  if (unnamed.length > 0) {
    throw new PlacementRefusedError(
      'needsName',
      `科目 ${unnamed.join('、')} 不在内置科目目录中：请输入科目名称后再添加（或先导入包含它的科目目录）。`,
      unnamed,
    );
  }

  const finalCodes = [...rowOfCode.keys(), ...missing];
  const hasChild = (c: string): boolean => finalCodes.some((o) => o.length === c.length + 2 && o.startsWith(c));
  const hadChild = (c: string): boolean => [...rowOfCode.keys()].some((o) => o.length === c.length + 2 && o.startsWith(c));

  // An existing leaf that gets its first child becomes a subtotal: its typed amounts would be lost.
  const becomingParents = chain.filter((c) => rowOfCode.has(c) && !hadChild(c) && hasChild(c));
  for (const c of becomingParents) {
    const row = rowOfCode.get(c) as number;
    const typed = amountCols.filter((col) => grid.hasTypedAmount(row, col)).map((col) => a1(row, col));
    if (typed.length > 0) {
      throw new PlacementRefusedError(
        'leafHasAmounts',
        `${label}的 ${typed.join('、')} 已填金额：科目 ${c} 添加下级科目后要改为汇总公式，会覆盖这些金额。请先把金额填到下级科目或清空这些单元格，再添加。`,
      );
    }
  }

  const total = table.rows.find((r) => r.kind === 'total');
  const subtotalRows = [...(total ? [total.row] : []), ...coded.map((r) => r.row)];
  if (subtotalRows.length === 0) {
    throw new PlacementRefusedError('unsupported', `${label}既没有合计行也没有科目行，无法确定新行的位置。`);
  }
  const lastOld = Math.max(grid.rangeBottom, grid.lowestReferencedRow(subtotalRows), ...subtotalRows);
  const after = coded.find((r) => r.code > missing[0]);
  const at = after ? after.row : Math.max(...subtotalRows) + 1;
  const count = missing.length;
  const moved = (r: number): number => (r >= at ? r + count : r);
  const lastNew = Math.max(lastOld >= at ? lastOld + count : lastOld, at + count - 1);

  const cells: PlannedCell[] = [];
  const rewritten: string[] = [];
  const subtotalLike = total?.row ?? coded[0]?.row;
  const newSubtotal = (row: number, pattern: string): void => {
    for (const col of amountCols) {
      cells.push(cellAt(row, col, { formula: sumifs(col, codeCol, row + 1, lastNew, pattern), numberFormat: grid.amountFormat(subtotalLike, col) }));
    }
  };

  // Existing subtotals: rewrite the SUMIFS ones; former leaves become SUMIFS.
  if (total) {
    for (const col of amountCols) {
      const f = grid.formula(total.row, col);
      if (!isSumifs(f)) continue;
      const row = moved(total.row);
      cells.push(cellAt(row, col, { formula: sumifs(col, codeCol, row + 1, lastNew, sumifsPattern(f) ?? '???') }));
      rewritten.push(a1(row, col));
    }
  }
  for (const r of coded) {
    if (!hasChild(r.code)) continue;
    const row = moved(r.row);
    const wasLeaf = becomingParents.includes(r.code);
    for (const col of amountCols) {
      const f = grid.formula(r.row, col);
      if (!wasLeaf && !isSumifs(f)) continue;
      cells.push(cellAt(row, col, { formula: sumifs(col, codeCol, row + 1, lastNew, `${r.code}??`) }));
      rewritten.push(a1(row, col));
    }
  }

  // The leaf pattern to copy: the nearest existing leaf row with a formula in an amount column.
  const leaves = coded.filter((r) => !hadChild(r.code));
  const withFormula = leaves.filter((r) => amountCols.some((c) => grid.formula(r.row, c) !== null && !isSumifs(grid.formula(r.row, c))));
  const like = [...withFormula].sort((a, b) => Math.abs(a.row - at) - Math.abs(b.row - at))[0];
  const likeRow = like?.row ?? leaves[0]?.row;
  const totalCol = grid.colOf('total');
  const partCols = ROW_TOTAL_PARTS[tableId].map((role) => grid.colOf(role)).filter((c): c is number => c !== undefined);

  const added = missing.map((c, i) => ({ row: at + i, code: c, name: missingNames.get(c) as string }));
  for (const { row, code: c, name } of added) {
    cells.push(cellAt(row, codeCol, { value: c, numberFormat: TEXT_FORMAT }));
    cells.push(cellAt(row, nameCol, { value: name }));
    if (hasChild(c)) {
      newSubtotal(row, `${c}??`);
      continue;
    }
    for (const col of amountCols) {
      const numberFormat = grid.amountFormat(likeRow, col);
      const source = like ? grid.formula(like.row, col) : null;
      if (like && source !== null && !isSumifs(source)) {
        cells.push(cellAt(row, col, { formula: shiftRows(source, row - like.row), numberFormat }));
      } else if (!like && col === totalCol && partCols.length > 0) {
        cells.push(cellAt(row, col, { formula: rowSumFormula(row, partCols), numberFormat }));
      } else {
        cells.push(cellAt(row, col, { numberFormat }));
      }
    }
  }

  return { sheet: sheet.name, rows: [{ beforeRow: at, count }], cells, added, rewritten };
}
