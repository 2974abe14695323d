import { a1 } from '../grid/address';
import type { CellRef, SheetGrid, WorkbookGrid } from '../grid/types';
import {
  FUND_SOURCES,
  type Amount,
  type FundSource,
  type FundSources,
  type IndicatorPeriod,
  type PerformanceForm,
  type PerformanceIndicator,
  type RecognitionProblem,
} from '../model/types';
import { Money, parseAmount } from '../money';
import { SheetView } from '../recognize/sheet-view';
import { fundSourceOf, isLevel1Name, isPerformanceFormTitle, labelOf, level1OfLevel2, matchField, type FieldLabel } from './labels';

/** How far below 项目名称 the 年度资金总额 must appear for the rows to be a form (T12's 项目名称 header has none). */
const FUNDS_WITHIN_ROWS = 20;
/** A title line belongs to the form whose 项目名称 row is at most this far below it. */
const TITLE_ABOVE_ROWS = 4;
/** 中央 / 省级 / 市县（区） / 单位自筹 / 其他资金 (a label wrapped over two lines may add one). */
const SOURCE_ROWS = 5;

interface Located {
  row: number;
  col: number;
  text: string;
}

/** One sheet, with the label of each filled cell computed once. */
class FormSheet {
  readonly view: SheetView;
  private readonly rightEdges = new Map<string, number>();

  constructor(readonly grid: SheetGrid) {
    this.view = new SheetView(grid);
    for (const m of grid.merges ?? []) this.rightEdges.set(`${m.top},${m.left}`, m.right);
  }

  get name(): string {
    return this.grid.name;
  }

  filled(row: number): Located[] {
    return this.view.filledColumns(row).map((col) => ({ row, col, text: this.view.text(row, col) }));
  }

  /** The last column a cell covers (its merge's right edge). */
  rightOf(row: number, col: number): number {
    return this.rightEdges.get(`${row},${col}`) ?? col;
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }
}

/** A label cell of the form and what it labels. */
interface LabelCell extends Located {
  field: FieldLabel;
  rest: string;
}

function labelsOf(sheet: FormSheet, row: number): LabelCell[] {
  const out: LabelCell[] = [];
  for (const cell of sheet.filled(row)) {
    const m = matchField(cell.text);
    if (m) out.push({ ...cell, field: m.field, rest: m.rest });
  }
  return out;
}

function isLabelText(text: string): boolean {
  return matchField(text) !== undefined || fundSourceOf(text) !== undefined;
}

/**
 * The value written for a label: in the label cell after the label words, else the first
 * filled cell to its right before the next label. `at` is where the value is, or would be
 * (the first cell right of the label's merge) when the value is blank.
 */
function valueOf(sheet: FormSheet, label: Located, rest: string): { text: string; at: CellRef } {
  if (rest !== '') return { text: rest, at: sheet.ref(label.row, label.col) };
  const next = sheet.rightOf(label.row, label.col) + 1;
  for (const cell of sheet.filled(label.row)) {
    if (cell.col <= label.col) continue;
    if (isLabelText(cell.text)) break;
    return { text: cell.text, at: sheet.ref(cell.row, cell.col) };
  }
  return { text: '', at: sheet.ref(label.row, next) };
}

function amountOf(sheet: FormSheet, text: string, at: CellRef, what: string, problems: RecognitionProblem[]): Amount {
  const raw = text === '' ? null : rawValue(sheet, at, text);
  const parsed = parseAmount(raw);
  if (parsed.kind === 'number') {
    return { value: parsed.value, wan: new Money(parsed.value).div(10000), places: parsed.places, cell: at };
  }
  if (parsed.kind === 'empty') return { value: null, wan: null, places: 0, cell: at };
  const problem = `工作表“${sheet.name}”${a1(at.row, at.col)} 的${what}${parsed.message}`;
  problems.push({ sheet: sheet.name, range: a1(at.row, at.col), message: problem });
  return { value: null, wan: null, places: 0, cell: at, problem };
}

/** The cell's own value (a number stays a number) unless the figure was read out of a label cell. */
function rawValue(sheet: FormSheet, at: CellRef, text: string): string | number | null {
  const v = sheet.view.value(at.row, at.col);
  if (typeof v === 'number') return v;
  return text;
}

function blankSources(sheet: FormSheet, row: number, col: number): FundSources {
  const out = {} as FundSources;
  for (const s of FUND_SOURCES) out[s] = { value: null, wan: null, places: 0, cell: sheet.ref(row, col) };
  return out;
}

interface FormBounds {
  start: number;
  anchor: number;
  end: number;
  title?: string;
}

/** Rows of the 项目名称 label ("项目名称：XX" in one cell too); whether a form follows is checked by the caller. */
function anchorRows(sheet: FormSheet): number[] {
  const rows: number[] = [];
  for (let r = 0; r < sheet.view.rowCount; r++) {
    const cells = sheet.filled(r).slice(0, 2);
    if (cells.some((c) => matchField(c.text)?.field === 'projectName')) rows.push(r);
  }
  return rows;
}

/** "详见单位的项目绩效目标表", "（见附件：…绩效目标表）": a 情况说明 sentence pointing to the forms, not a form's title. */
const REFERENCE_TO_FORM = /详见|参见|请见|具体见|^[（(]?见|附后|另附/;

function titleRows(sheet: FormSheet): Located[] {
  const out: Located[] = [];
  for (let r = 0; r < sheet.view.rowCount; r++) {
    const cells = sheet.filled(r);
    if (cells.length === 0 || cells.length > 2) continue;
    const cell = cells.find((c) => isPerformanceFormTitle(c.text) && !REFERENCE_TO_FORM.test(c.text));
    if (cell) out.push(cell);
  }
  return out;
}

/** The 负责人 / 经办人 line that closes a form (its first cell; a text may mention 负责人 too). */
function isSignerRow(sheet: FormSheet, row: number): boolean {
  const first = sheet.filled(row)[0];
  return first !== undefined && matchField(first.text)?.field === 'head';
}

function hasAnnualFunds(sheet: FormSheet, from: number, to: number): boolean {
  for (let r = from; r < to; r++) {
    if (sheet.filled(r).some((c) => matchField(c.text)?.field === 'annualTotal')) return true;
  }
  return false;
}

function findForms(sheet: FormSheet, problems: RecognitionProblem[]): FormBounds[] {
  const titles = titleRows(sheet);
  const anchors = anchorRows(sheet);
  const forms: FormBounds[] = [];
  anchors.forEach((anchor, i) => {
    const next = i + 1 < anchors.length ? anchors[i + 1] : sheet.view.rowCount;
    if (!hasAnnualFunds(sheet, anchor, Math.min(next, anchor + FUNDS_WITHIN_ROWS))) return;
    const previousEnd = forms.length ? forms[forms.length - 1].end : -1;
    const title = [...titles].reverse().find((t) => t.row < anchor && t.row > previousEnd && anchor - t.row <= TITLE_ABOVE_ROWS);
    let end = next - 1;
    for (let r = anchor + 1; r < next; r++) {
      if (titles.some((t) => t.row === r)) {
        end = r - 1;
        break;
      }
      if (isSignerRow(sheet, r)) {
        end = r;
        break;
      }
    }
    while (end > anchor && sheet.view.isBlank(end)) end--;
    forms.push({ start: title?.row ?? anchor, anchor, end, ...(title ? { title: title.text } : {}) });
  });
  for (const t of titles) {
    if (forms.some((f) => f.start === t.row)) continue;
    problems.push({
      sheet: sheet.name,
      range: a1(t.row, t.col),
      message:
        `工作表“${sheet.name}”第${t.row + 1}行的“${t.text}”下面没有读到“项目名称”和“年度资金总额”，这张绩效目标表未读取。` +
        '请按项目支出绩效目标表的格式填写（项目名称、项目资金（元）等行）。',
    });
  }
  return forms;
}

function yearOf(sheet: FormSheet, bounds: FormBounds): number | undefined {
  for (let r = bounds.start; r <= bounds.anchor; r++) {
    for (const c of sheet.filled(r)) {
      const m = /(20\d{2})年度?/.exec(c.text);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

interface IndicatorColumns {
  level1: number;
  sides: { period: IndicatorPeriod; level2: number; level3: number; value: number }[];
}

function indicatorColumns(sheet: FormSheet, row: number): IndicatorColumns | undefined {
  const cells = sheet.filled(row).map((c) => ({ col: c.col, label: labelOf(c.text) }));
  const cols = (name: string): number[] => cells.filter((c) => c.label === name).map((c) => c.col);
  const level1 = cols('一级指标')[0];
  const level2 = cols('二级指标');
  const level3 = cols('三级指标');
  const value = cols('指标值');
  if (level3.length === 0 || value.length === 0) return undefined;
  const periods: IndicatorPeriod[] = ['实施期', '年度'];
  const sides = level3.slice(0, 2).map((l3, i) => ({
    period: periods[i],
    level2: level2[i] ?? l3 - 1,
    level3: l3,
    value: value[i] ?? l3 + 1,
  }));
  return { level1: level1 ?? sides[0].level2 - 1, sides };
}

function readIndicators(sheet: FormSheet, from: number, to: number): PerformanceIndicator[] {
  let header: IndicatorColumns | undefined;
  let r = from;
  for (; r <= to && !header; r++) header = indicatorColumns(sheet, r);
  if (!header) return [];
  const out: PerformanceIndicator[] = [];
  let level1 = '';
  const level2 = header.sides.map(() => '');
  for (; r <= to; r++) {
    if (isSignerRow(sheet, r)) break;
    const text = (col: number): string => sheet.view.text(r, col);
    let l1 = text(header.level1);
    const firstLevel2 = text(header.sides[0].level2);
    // A 二级指标 name printed in the 一级 column (可持续影响指标 sometimes is).
    if (l1 && !isLevel1Name(l1) && level1OfLevel2(l1) && !firstLevel2) {
      level2[0] = l1;
      l1 = level1OfLevel2(l1) ?? level1;
    }
    if (l1) {
      if (l1 !== level1) level2.fill('');
      level1 = l1;
    }
    header.sides.forEach((side, i) => {
      const l2 = text(side.level2);
      if (l2) level2[i] = l2;
      const level3 = text(side.level3);
      const value = text(side.value);
      if (level3 === '' && value === '') return;
      out.push({
        level1: level1 || level1OfLevel2(level2[i]) || '',
        level2: level2[i],
        level3,
        value,
        period: side.period,
        cell: sheet.ref(r, side.value),
      });
    });
  }
  return out;
}

function readForm(sheet: FormSheet, bounds: FormBounds, problems: RecognitionProblem[]): PerformanceForm | undefined {
  const labels = new Map<FieldLabel, LabelCell>();
  for (let r = bounds.anchor; r <= bounds.end; r++) {
    for (const l of labelsOf(sheet, r)) if (!labels.has(l.field)) labels.set(l.field, l);
  }
  const nameLabel = labels.get('projectName');
  const annualLabel = labels.get('annualTotal');
  const totalLabel = labels.get('totalFunds');
  if (!nameLabel || !annualLabel) return undefined;
  // The source rows lie between the 资金总额 row and 项目概况 (whose text may start with 中央…).
  const sourceRows: number[] = [];
  const overviewRow = labels.get('overview')?.row ?? annualLabel.row + SOURCE_ROWS + 1;
  for (let r = annualLabel.row + 1; r < Math.min(overviewRow, annualLabel.row + SOURCE_ROWS + 2, bounds.end + 1); r++) {
    if (sheet.filled(r).some((c) => fundSourceOf(c.text))) sourceRows.push(r);
  }
  const text = (field: FieldLabel): { text: string; at?: CellRef } => {
    const l = labels.get(field);
    if (!l) return { text: '' };
    return valueOf(sheet, l, l.rest);
  };
  const name = text('projectName');
  const formName = name.text || '（未填项目名称）';
  const what = (s: string): string => `绩效目标表“${formName}”${s}`;

  const annual = valueOf(sheet, annualLabel, annualLabel.rest);
  const annualTotal = amountOf(sheet, annual.text, annual.at, what('年度资金总额'), problems);
  const total = totalLabel ? valueOf(sheet, totalLabel, totalLabel.rest) : undefined;
  const totalFunds = total
    ? amountOf(sheet, total.text, total.at, what('实施期资金总额'), problems)
    : { value: null, wan: null, places: 0, cell: sheet.ref(annualLabel.row, annualLabel.col) };

  const annualSources = blankSources(sheet, annualLabel.row, annual.at.col);
  const totalSources = blankSources(sheet, annualLabel.row, total?.at.col ?? annualLabel.col);
  const annualCol = annualLabel.col;
  const names: Record<FundSource, string> = { central: '中央财政资金', provincial: '省级财政资金', local: '市县（区）财政资金', selfRaised: '单位自筹', other: '其他资金' };
  for (const r of sourceRows) {
    const found = sheet.filled(r).map((c) => ({ cell: c, match: fundSourceOf(c.text) })).filter((x) => x.match);
    const bySource = new Map<FundSource, typeof found>();
    for (const f of found) bySource.set(f.match!.source, [...(bySource.get(f.match!.source) ?? []), f]);
    for (const [source, list] of bySource) {
      list.forEach((f, i) => {
        const annualSide = list.length >= 2 ? i > 0 : f.cell.col >= annualCol;
        const v = valueOf(sheet, f.cell, f.match!.rest);
        const side = annualSide ? '年度' : '实施期';
        const amount = amountOf(sheet, v.text, v.at, what(`${side}${names[source]}`), problems);
        if (annualSide) annualSources[source] = amount;
        else totalSources[source] = amount;
      });
    }
  }

  const indicators = readIndicators(sheet, labels.get('goals')?.row ?? bounds.anchor, bounds.end);
  const department = labels.get('department');
  const unit = labels.get('implementingUnit');
  const year = yearOf(sheet, bounds);
  const lastCol = Math.max(0, ...rowsBetween(bounds.start, bounds.end).map((r) => sheet.view.width(r) - 1));
  return {
    sheet: sheet.name,
    range: `${a1(bounds.start, 0)}:${a1(bounds.end, lastCol)}`,
    title: bounds.title ?? '',
    ...(year !== undefined ? { year } : {}),
    projectName: name.text,
    department: text('department').text,
    implementingUnit: text('implementingUnit').text,
    ...(labels.has('projectType') ? { projectType: text('projectType').text } : {}),
    ...(labels.has('projectPeriod') ? { projectPeriod: text('projectPeriod').text } : {}),
    annualTotal,
    totalFunds,
    annualSources,
    totalSources,
    indicators,
    cells: {
      projectName: name.at ?? sheet.ref(nameLabel.row, nameLabel.col + 1),
      ...(department ? { department: text('department').at } : {}),
      ...(unit ? { implementingUnit: text('implementingUnit').at } : {}),
    },
  };
}

function rowsBetween(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Whether a sheet holds a form (a 项目名称 row with 年度资金总额 below it). */
export function sheetHoldsPerformanceForm(grid: SheetGrid): boolean {
  const sheet = new FormSheet(grid);
  const anchors = anchorRows(sheet);
  return anchors.some((a) => hasAnnualFunds(sheet, a, Math.min(sheet.view.rowCount, a + FUNDS_WITHIN_ROWS)));
}

/**
 * Reads the 项目支出绩效目标表 of a workbook: one per sheet or several stacked in a sheet
 * (also below the 13 tables), titled …项目支出绩效目标申报表 / …项目支出绩效目标表 or not
 * titled at all. A form is found by its 项目名称 row with a 年度资金总额 below it; amounts
 * are in 元 and may carry thousands separators. What cannot be read goes to `problems`.
 */
export function recognizePerformanceForms(workbook: WorkbookGrid, problems: RecognitionProblem[] = []): PerformanceForm[] {
  const forms: PerformanceForm[] = [];
  for (const grid of workbook.sheets) {
    if (!mayHoldForm(grid)) continue;
    const sheet = new FormSheet(grid);
    for (const bounds of findForms(sheet, problems)) {
      const form = readForm(sheet, bounds, problems);
      if (form) forms.push(form);
    }
  }
  return forms;
}

/** A cheap pre-check on raw values, so sheets of the 13 tables are not scanned label by label. */
function mayHoldForm(grid: SheetGrid): boolean {
  for (const row of grid.values) {
    if (!row) continue;
    for (const v of row) if (typeof v === 'string' && (v.includes('资金总额') || v.includes('绩效目标'))) return true;
  }
  return false;
}
