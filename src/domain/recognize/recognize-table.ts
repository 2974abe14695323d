import { a1, columnLetter, rangeA1 } from '../grid/address';
import type { BudgetRow, RecognitionProblem, TableId, TableModel, Unit } from '../model/types';
import type { TableBlock } from './blocks';
import { readBody } from './body';
import { stripYear } from './column-roles';
import { ColumnPlan, describeColumn, hasLabelColumn, planColumns, SideColumns } from './columns';
import { NameLookup, tableLabel, TableContext } from './context';
import { readHeader } from './header';
import { newCodedState, readCodedSide } from './rows-coded';
import { readEconomicRow, readOperatingCostRow, readProjectRow, readThreePublicRow } from './rows-named';
import { readExpenditureSide, readIncomeSide } from './rows-two-sided';
import { resolveShiftedHeader } from './shifted-header';
import { readWideThreePublic } from './three-public-wide';

const CODED: ReadonlySet<TableId> = new Set<TableId>(['T02', 'T03', 'T05', 'T07', 'T08']);

function sideOf(plan: ColumnPlan, side: 'income' | 'expenditure' | undefined): SideColumns | undefined {
  return plan.sides.find((s) => s.side === side);
}

function yearFromHeader(labels: string[]): number | undefined {
  for (const l of labels) {
    const m = /^(20\d{2})/.exec(l);
    if (m && stripYear(l) !== l) return Number(m[1]);
  }
  return undefined;
}

/** Columns that hold figures in the body but carry no header we could read. */
function unreadColumns(ctx: TableContext, rows: number[], plan: ColumnPlan): number[] {
  const known = new Set(plan.columns.map((c) => c.col));
  for (const u of plan.unknown) known.add(u.col);
  const unread = new Set<number>();
  for (const r of rows) {
    for (const c of ctx.view.filledColumns(r)) if (!known.has(c)) unread.add(c);
  }
  return [...unread].sort((x, y) => x - y);
}

interface Built {
  rows: BudgetRow[];
  /** Rows of the second table of a combined 三公 + 机关运行经费 table. */
  secondRows?: BudgetRow[];
}

function readRows(ctx: TableContext, block: TableBlock, dataRows: number[]): Built {
  const plan = ctx.plan;
  const rows: BudgetRow[] = [];
  const push = (r: BudgetRow | undefined): void => {
    if (r) rows.push(r);
  };
  const single = plan.sides[0];
  switch (ctx.id) {
    case 'T01':
    case 'T04': {
      const income = sideOf(plan, 'income');
      const expenditure = sideOf(plan, 'expenditure');
      const state = { afterCarryOver: false };
      for (const r of dataRows) {
        if (income) push(readIncomeSide(ctx, r, income, state));
        if (expenditure) push(readExpenditureSide(ctx, r, expenditure));
      }
      return { rows };
    }
    case 'T09': {
      const income = sideOf(plan, 'income');
      const expenditure = sideOf(plan, 'expenditure');
      const incomeState = newCodedState();
      const expenditureState = newCodedState();
      for (const r of dataRows) {
        const inc = income ? readCodedSide(ctx, r, income, incomeState) : undefined;
        push(inc);
        if (expenditure) push(readCodedSide(ctx, r, expenditure, expenditureState, inc?.kind === 'total'));
      }
      return { rows };
    }
    case 'T06': {
      const state = {};
      for (const r of dataRows) push(readEconomicRow(ctx, r, single, state));
      return { rows };
    }
    case 'T10': {
      const secondRows: BudgetRow[] = [];
      const combined = block.match.shape === 'T10+T11';
      for (const r of dataRows) {
        const read = readThreePublicRow(ctx, r, single);
        if (!read) continue;
        if (read.target === 'T10') rows.push(read.row);
        else if (combined) secondRows.push(read.row);
        else {
          ctx.problems.push({
            sheet: ctx.view.name, table: ctx.id, range: a1(r, single.name ?? 0),
            message: `${tableLabel(ctx)} 第${r + 1}行：“${read.row.name}”是机关运行经费，不属于“三公”经费表，此行未读取。`,
          });
        }
      }
      return combined ? { rows, secondRows } : { rows };
    }
    case 'T11':
      for (const r of dataRows) push(readOperatingCostRow(ctx, r, single));
      return { rows };
    case 'T12':
    case 'T13':
      for (const r of dataRows) push(readProjectRow(ctx, r, single));
      return { rows };
    default: {
      if (!CODED.has(ctx.id)) return { rows };
      const state = newCodedState();
      for (const r of dataRows) push(readCodedSide(ctx, r, single, state));
      return { rows };
    }
  }
}

/** Checks that each side can be read; returns false when the table cannot be read at all. */
function checkPlan(ctx: TableContext, header: { headerRows: number[] }): boolean {
  const plan = ctx.plan;
  const where = `${tableLabel(ctx)}`;
  const expectedSides = ctx.id === 'T01' || ctx.id === 'T04' ? 2 : 1;
  const firstHeader = header.headerRows[0] ?? 0;
  const fail = (message: string): false => {
    ctx.problems.push({ sheet: ctx.view.name, table: ctx.id, range: a1(firstHeader, 0), message: `${where}：${message}` });
    return false;
  };
  if (plan.sides.length < expectedSides) {
    return fail('表头里找不到收入和支出两侧的“项目”列，无法区分收入与支出，这张表未读取。请检查表头是否完整。');
  }
  for (const side of plan.sides) {
    if (!hasLabelColumn(side)) {
      return fail('表头里找不到“科目编码”“科目名称”或“项目”列，无法读取各行，这张表未读取。请检查表头。');
    }
    if (side.amounts.size === 0) {
      return fail('表头里找不到任何金额列（如“合计”“一般公共预算”），这张表未读取。请检查表头。');
    }
  }
  return true;
}

export interface TableRecognition {
  tables: TableModel[];
}

/**
 * Recognizes the table of one block: meta lines, header, columns by header text,
 * rows by what they contain. Problems go to `problems`; a table that cannot be read
 * at all yields no model.
 */
export function recognizeTable(block: TableBlock, problems: RecognitionProblem[], names?: NameLookup): TableRecognition {
  const view = block.view;
  const id = block.match.ids[0];
  const header = readHeader(view, block.titleRow + 1, block.end);
  const year = block.match.year ?? yearFromHeader(header.headerRows.flatMap((h) => view.rowLabels(h)));
  const notes: string[] = [];
  const unit: Unit = header.unit ?? '万元';
  const base = { view, id, title: block.title };
  if (id === 'T10' || id === 'T11') {
    const wide = readWideThreePublic(
      view,
      { titleRow: block.titleRow, titleCol: block.titleCol, end: block.end, title: block.title, year, department: header.department ?? block.match.department, combined: block.match.shape === 'T10+T11' },
      header.unit,
      problems,
    );
    if (wide) return wide;
  }
  if (header.headerRows.length === 0) {
    problems.push({
      sheet: view.name, table: id, range: a1(Math.max(block.titleRow, 0), block.titleCol),
      message: `${tableLabel(base)}：标题下方没有找到表头（如“科目编码”“科目名称”“合计”），这张表未读取。请检查表格是否紧接在标题下方。`,
    });
    return { tables: [] };
  }
  if (!header.unit) notes.push('没有找到“单位：万元”或“单位：元”行，按万元读取。');
  if (block.titleFromSheetName) notes.push(`表格上方没有标题行，按工作表名称“${view.name}”识别为${block.match.ids.join('和')}。`);

  const plan = planColumns(id, header);
  const body = readBody(view, header.bodyStart, block.end, header.headerRows);
  const ctx: TableContext = { view, id, title: block.title, unit, year, plan, problems, notes, names };
  if (!checkPlan(ctx, header)) return { tables: [] };

  const warnings = resolveShiftedHeader(view, header, plan, body.dataRows, unit);
  notes.push(...warnings);
  for (const d of plan.duplicates) {
    problems.push({
      sheet: view.name, table: id, range: a1(header.headerRows[0], d.col),
      message: `${tableLabel(ctx)}：${describeColumn(d.col, d.header)}与${columnLetter(d.keptCol)}列是同一种金额，只读取了${columnLetter(d.keptCol)}列。请检查表头。`,
    });
  }
  for (const u of plan.unknown) {
    const hasValues = body.dataRows.some((r) => view.label(r, u.col) !== '');
    if (hasValues) {
      problems.push({
        sheet: view.name, table: id, range: a1(header.headerRows[0], u.col),
        message: `${tableLabel(ctx)}：${describeColumn(u.col, u.header)}的表头无法对应到本表的任何一列，此列的数未读取。请把表头改成标准名称。`,
      });
    } else {
      notes.push(`${describeColumn(u.col, u.header)}的表头不是本表的标准列，且没有数，已忽略。`);
    }
  }
  for (const c of unreadColumns(ctx, body.dataRows, plan)) {
    problems.push({
      sheet: view.name, table: id, range: a1(body.dataRows[0] ?? header.bodyStart, c),
      message: `${tableLabel(ctx)}：${columnLetter(c)}列有内容但没有表头，未读取。请给这一列加上表头，或删除多余内容。`,
    });
  }
  if (body.repeatedHeaderRows.length) notes.push(`表中重复出现的表头行（第${body.repeatedHeaderRows.map((r) => r + 1).join('、')}行）已跳过。`);
  for (const r of body.strayRows) {
    problems.push({
      sheet: view.name, table: id, range: a1(r, 0),
      message: `${tableLabel(ctx)}：表格结束后第${r + 1}行还有数字，没有归入任何表，未读取。如果它属于这张表，请删除中间的空行或备注。`,
    });
  }

  const built = readRows(ctx, block, body.dataRows);
  const top = Math.max(block.titleRow, 0);
  const lastRow = Math.max(body.lastRow, header.headerRows[header.headerRows.length - 1]);
  const range = rangeA1({ top, left: Math.min(block.titleCol, header.left), bottom: lastRow, right: Math.max(header.right, header.left) });
  const department = header.department ?? block.match.department;
  const common = {
    title: block.title,
    sheet: view.name,
    range,
    ...(year !== undefined ? { year } : {}),
    ...(department ? { department } : {}),
    unit,
    ...(header.unitRow !== undefined && header.unitCol !== undefined ? { unitCell: { sheet: view.name, row: header.unitRow, col: header.unitCol } } : {}),
    columns: plan.columns,
    noDataNote: body.noDataNote,
    notes,
    warnings,
  };
  if (block.match.shape === 'T10+T11') {
    return {
      tables: [
        { id: 'T10', ...common, columns: [...plan.columns], rows: built.rows, sourceShape: 'T10+T11', notes: [...notes, '本表与机关运行经费合在一张表中，“三公”经费各行读作表10。'] },
        { id: 'T11', ...common, columns: [...plan.columns], rows: built.secondRows ?? [], sourceShape: 'T10+T11', notes: [...notes, '本表与“三公”经费合在一张表中，“机关运行经费”一行读作表11的部门合计。'] },
      ],
    };
  }
  const table: TableModel = { id, ...common, rows: built.rows };
  if (id === 'T09' && plan.sides.length === 1) {
    table.sourceShape = 'T09-expenditure';
    table.notes = [...notes, '本表只有国有资本经营预算支出部分，没有收入部分。'];
  }
  return { tables: [table] };
}
