import { a1, columnLetter } from '../grid/address';
import type { Amount, BudgetRow, ColumnInfo, RecognitionProblem, TableModel, Unit } from '../model/types';
import { parseAmount } from '../money';
import { readAmount } from './amounts';
import { readMetaCell } from './meta';
import { threePublicKeyOf } from './rows-named';
import type { SheetView } from './sheet-view';
import { normalizeLabel } from './text';

/**
 * The “三公”经费 table printed across (上海 and other 区级 documents): the items are column
 * headers over one row of figures, often with 机关运行经费 beside them in the same table:
 *
 *   “三公”经费预算数                                                   | 机关运行经费预算数
 *   合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费             |
 *        |               |           | 小计 | 购置费 | 运行费         |
 *   10.81| 0             | 0.83      | 9.98 | 0      | 9.98           | 217.83
 */
type WideKey = 'total' | 'abroad' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'operating';

const MAX_HEADER_ROWS = 4;

const ITEM_NAMES: Record<Exclude<WideKey, 'operating'>, string> = {
  total: '合计',
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
};

/** The key of a column from its header labels, read bottom-up; 小计/购置费/运行费 take their meaning from 公务用车 above. */
function keyOfChain(labels: string[]): WideKey | undefined {
  const underVehicle = labels.some((l) => threePublicKeyOf(l) === 'vehicle' || /公务用车/.test(l));
  const underOperating = labels.some((l) => /机关运行经费/.test(l));
  if (underOperating) return 'operating';
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i];
    if (underVehicle && /^(小计|合计)$/.test(l)) return 'vehicle';
    if (underVehicle && /^(公务用车)?购置(费)?$/.test(l)) return 'vehiclePurchase';
    if (underVehicle && /^(公务用车)?运行(维护|维修)?(费)?$/.test(l)) return 'vehicleOperation';
    const key = threePublicKeyOf(l);
    if (key) return key;
  }
  return undefined;
}

interface Label {
  label: string;
  printed: string;
}

/**
 * The header labels of each column, top to bottom. A merged label covers its columns; where the
 * merge was lost (exports, transcriptions) a group label spreads right over the blank cells
 * above sub-labels, as far as the labels above it are the same (公务用车购置及运行费 over 小计 /
 * 购置费 / 运行费, not over the 机关运行经费 column beside them).
 */
function headerChains(view: SheetView, headerRows: number[], width: number): Label[][] {
  const inHeader = new Set(headerRows);
  const grid: (Label | undefined)[][] = headerRows.map((h) =>
    Array.from({ length: width }, (_, c) => {
      const m = view.mergeMaster(h, c);
      const source = inHeader.has(m.row) ? m : { row: h, col: c };
      const label = normalizeLabel(view.label(source.row, source.col));
      return label ? { label, printed: view.text(source.row, source.col) } : undefined;
    }),
  );
  const parentKey = (i: number, c: number): string => grid.slice(0, i).map((row) => row[c]?.label ?? '').join('/');
  for (let i = 0; i < grid.length - 1; i++) {
    for (let c = 1; c < width; c++) {
      if (grid[i][c] || !grid[i + 1][c]) continue;
      let left = c - 1;
      while (left >= 0 && !grid[i][left]) left--;
      if (left >= 0 && parentKey(i, left) === parentKey(i, c)) grid[i][c] = grid[i][left];
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const chain: Label[] = [];
    for (const row of grid) {
      const l = row[c];
      if (l && chain[chain.length - 1]?.label !== l.label) chain.push(l);
    }
    return chain;
  });
}

function rowHasNumber(view: SheetView, row: number): boolean {
  return view.filledColumns(row).some((c) => parseAmount(view.value(row, c)).kind === 'number');
}

interface WideReading {
  tables: TableModel[];
}

/**
 * Reads the block as a wide 三公 (+ 机关运行经费) table, or returns undefined when its header does
 * not name at least the 合计 and two items as columns.
 */
export function readWideThreePublic(
  view: SheetView,
  block: { titleRow: number; titleCol: number; end: number; title: string; year?: number; department?: string; combined: boolean },
  unitFromHeader: Unit | undefined,
  problems: RecognitionProblem[],
): WideReading | undefined {
  let unit = unitFromHeader;
  let department = block.department;
  const headerRows: number[] = [];
  let r = block.titleRow + 1;
  for (; r < block.end && headerRows.length <= MAX_HEADER_ROWS; r++) {
    if (view.isBlank(r)) {
      if (headerRows.length) break;
      continue;
    }
    const cols = view.filledColumns(r);
    const metas = cols.map((c) => readMetaCell(view.text(r, c)));
    if (metas.every((m) => m !== undefined)) {
      for (const m of metas) {
        if (m && (m.kind === 'unit' || m.kind === 'departmentAndUnit')) unit ??= m.unit;
        if (m && (m.kind === 'department' || m.kind === 'departmentAndUnit')) department ??= m.name || undefined;
      }
      continue;
    }
    if (rowHasNumber(view, r)) break;
    headerRows.push(r);
  }
  if (headerRows.length === 0 || headerRows.length > MAX_HEADER_ROWS) return undefined;
  const dataRows: number[] = [];
  for (; r < block.end; r++) {
    if (view.isBlank(r)) {
      if (dataRows.length) break;
      continue;
    }
    if (!rowHasNumber(view, r)) break;
    dataRows.push(r);
  }
  if (dataRows.length === 0) return undefined;

  const width = Math.max(...headerRows.map((h) => view.width(h)), ...dataRows.map((d) => view.width(d)));
  const chains = headerChains(view, headerRows, width);
  const columns = new Map<WideKey, { col: number; header: string }>();
  chains.forEach((chain, c) => {
    const key = keyOfChain(chain.map((l) => l.label));
    if (key && !columns.has(key)) columns.set(key, { col: c, header: chain.map((l) => l.printed).join('/') });
  });
  const items = (['abroad', 'reception', 'vehicle'] as const).filter((k) => columns.has(k));
  if (!columns.has('total') || items.length < 2) return undefined;

  const tableUnit: Unit = unit ?? '万元';
  const row = dataRows[0];
  const amountAt = (col: number): Amount => {
    const amount = readAmount(view, row, col, tableUnit);
    if (amount.problem) problems.push({ sheet: view.name, table: 'T10', range: a1(row, col), message: `工作表“${view.name}”中的《${block.title}》：${amount.problem}` });
    return amount;
  };
  const t10Rows: BudgetRow[] = [];
  const t10Columns: ColumnInfo[] = [];
  for (const key of ['total', 'abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation'] as const) {
    const c = columns.get(key);
    if (!c) continue;
    t10Rows.push(
      key === 'total'
        ? { kind: 'total', name: ITEM_NAMES.total, amounts: { total: amountAt(c.col) }, row }
        : { kind: 'threePublic', key, name: ITEM_NAMES[key], amounts: { total: amountAt(c.col) }, row },
    );
  }
  t10Columns.push({ role: 'total', col: columns.get('total')!.col, header: columns.get('total')!.header });
  // Summed by rule as rows: the 合计 row must come last, as in a printed 表10.
  t10Rows.push(t10Rows.shift()!);

  const bottom = dataRows[dataRows.length - 1];
  const range = `${columnLetter(block.titleCol)}${Math.max(block.titleRow, 0) + 1}:${columnLetter(width - 1)}${bottom + 1}`;
  const notes = [`本表的“三公”经费各项按列排列（横表），已按列读取${dataRows.length > 1 ? `；只读取了第${row + 1}行（部门合计）` : ''}。`];
  const common = {
    title: block.title,
    sheet: view.name,
    range,
    ...(block.year !== undefined ? { year: block.year } : {}),
    ...(department ? { department } : {}),
    unit: tableUnit,
    noDataNote: false,
    notes,
  };
  const tables: TableModel[] = [
    { id: 'T10', ...common, columns: t10Columns, rows: t10Rows, ...(block.combined ? { sourceShape: 'T10+T11' } : {}) },
  ];
  const operating = columns.get('operating');
  if (block.combined && operating) {
    tables.push({
      id: 'T11',
      ...common,
      columns: [{ role: 'total', col: operating.col, header: operating.header }],
      rows: [{ kind: 'total', name: '机关运行经费', amounts: { total: amountAt(operating.col) }, row }],
      sourceShape: 'T10+T11',
      notes: [...notes, '本表与“三公”经费合在一张表中，“机关运行经费”一列读作表11的部门合计。'],
    });
  }
  return { tables };
}
