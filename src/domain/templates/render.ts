import { columnLetter } from '../grid/address';
import type { CellValue, RangeStyle } from '../grid/types';
import type { ColumnInfo, TableId } from '../model/types';
import { resolveContext } from './context';
import { TEMPLATE_SPECS } from './specs';
import type { BodyRowSpec, CellPosition, CellRule, ColumnSpec, HeaderSpec, TableBlock, TemplateOptions } from './types';

export const AMOUNT_FORMAT = '#,##0.00';
export const TEXT_FORMAT = '@';
export const UNIT_LINE = '单位：万元';
/** Rows above the header: 预算公开表N, title, 部门名称, 单位. */
const PREAMBLE_ROWS = 4;

type Origin = { row: number; col: number };

const HEADER_FILL = '#F2F2F2';

/** Title large and centred, header bold on grey with borders, body with borders: the printed look. */
function blockStyles(width: number, firstHeaderRow: number, firstBodyRow: number, lastRow: number): RangeStyle[] {
  const right = width - 1;
  const styles: RangeStyle[] = [
    { range: { top: 1, left: 0, bottom: 1, right }, style: { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' } },
    { range: { top: 3, left: right, bottom: 3, right }, style: { horizontal: 'right' } },
    {
      range: { top: firstHeaderRow, left: 0, bottom: firstBodyRow - 1, right },
      style: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: HEADER_FILL },
    },
  ];
  if (lastRow >= firstBodyRow) styles.push({ range: { top: firstBodyRow, left: 0, bottom: lastRow, right }, style: { border: true, vertical: 'middle' } });
  return styles;
}

/** Excel wildcard match as SUMIFS does it, for the patterns the specs use (digits and ?). */
export function matchesCodePattern(text: string, pattern: string): boolean {
  if (text.length !== pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== '?' && pattern[i] !== text[i]) return false;
  return true;
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => fill));
}

/** The lowest text header above each column names it (a number row like 1 2 3 is skipped). */
function columnInfos(columns: readonly ColumnSpec[], header: HeaderSpec): ColumnInfo[] {
  return columns.map((spec, col) => {
    let best: { bottom: number; text: string } | undefined;
    for (const cell of header.cells) {
      if (typeof cell.value !== 'string') continue;
      const covers = col >= cell.col && col < cell.col + (cell.colSpan ?? 1);
      const bottom = cell.row + (cell.rowSpan ?? 1) - 1;
      if (covers && (!best || bottom > best.bottom)) best = { bottom, text: cell.value };
    }
    const info: ColumnInfo = { role: spec.role, col, header: best?.text ?? '' };
    if (spec.side) info.side = spec.side;
    return info;
  });
}

class FormulaWriter {
  constructor(
    private readonly origin: Origin,
    private readonly body: readonly BodyRowSpec[],
    private readonly firstBodyRow: number,
  ) {}

  private get lastBodyRow(): number {
    return this.firstBodyRow + this.body.length - 1;
  }

  private col(c: number): string {
    return columnLetter(this.origin.col + c);
  }

  private rowNumber(r: number): number {
    return this.origin.row + r + 1;
  }

  private cell(r: number, c: number): string {
    return `${this.col(c)}${this.rowNumber(r)}`;
  }

  private rowOf(id: string): number {
    const i = this.body.findIndex((b) => b.id === id);
    if (i < 0) throw new Error(`template row ${id} not found`);
    return this.firstBodyRow + i;
  }

  private ruleAt(r: number, c: number): CellRule | undefined {
    return this.body[r - this.firstBodyRow]?.cells[c];
  }

  /** A cell that holds an amount (typed or computed), i.e. can be part of a sum. */
  private isAmount(r: number, c: number): boolean {
    const rule = this.ruleAt(r, c);
    return rule !== undefined && rule.kind !== 'text';
  }

  private textAt(r: number, c: number): string {
    const rule = this.ruleAt(r, c);
    return rule?.kind === 'text' ? rule.text : '';
  }

  write(rule: Exclude<CellRule, { kind: 'text' } | { kind: 'input' }>, r: number, c: number): { formula: string; parts: CellPosition[] } {
    switch (rule.kind) {
      case 'rowSum': {
        const cols = rule.cols;
        const contiguous = cols.every((x, i) => i === 0 || x === cols[i - 1] + 1);
        const formula =
          contiguous && cols.length > 2
            ? `=SUM(${this.cell(r, cols[0])}:${this.cell(r, cols[cols.length - 1])})`
            : `=${cols.map((x) => this.cell(r, x)).join('+')}`;
        return { formula, parts: cols.map((col) => ({ row: r, col })) };
      }
      case 'codeSum': {
        // Only the rows below: a range holding the formula's own cell is a circular
        // reference in Excel, LibreOffice and HyperFormula, whatever the criteria say.
        const top = r + 1;
        const bottom = this.lastBodyRow;
        if (top > bottom) throw new Error(`template row ${r} has no rows below to add up`);
        const sum = `${this.col(c)}$${this.rowNumber(top)}:${this.col(c)}$${this.rowNumber(bottom)}`;
        const codes = `$${this.col(rule.codeCol)}$${this.rowNumber(top)}:$${this.col(rule.codeCol)}$${this.rowNumber(bottom)}`;
        const parts: CellPosition[] = [];
        for (let k = top; k <= bottom; k++) {
          if (this.isAmount(k, c) && matchesCodePattern(this.textAt(k, rule.codeCol), rule.pattern)) parts.push({ row: k, col: c });
        }
        return { formula: `=SUMIFS(${sum},${codes},"${rule.pattern}")`, parts };
      }
      case 'rangeSum': {
        const top = this.rowOf(rule.first);
        const bottom = this.rowOf(rule.last);
        const parts: CellPosition[] = [];
        for (let k = top; k <= bottom; k++) if (this.isAmount(k, c)) parts.push({ row: k, col: c });
        const range = top === bottom ? this.cell(top, c) : `${this.cell(top, c)}:${this.cell(bottom, c)}`;
        return { formula: `=SUM(${range})`, parts };
      }
      case 'blockSum': {
        const top = this.rowOf(rule.first);
        const next = this.rowOf(rule.next);
        const parts: CellPosition[] = [];
        for (let k = top; k < next; k++) if (this.isAmount(k, c)) parts.push({ row: k, col: c });
        return { formula: `=SUM(${this.cell(top, c)}:${this.cell(next, c)})-${this.cell(next, c)}`, parts };
      }
      case 'refSum': {
        const rows = rule.rows.map((id) => this.rowOf(id));
        return { formula: `=${rows.map((k) => this.cell(k, c)).join('+')}`, parts: rows.map((row) => ({ row, col: c })) };
      }
    }
  }
}

/**
 * One table as a block of cells: 预算公开表N, the title merged across the table, 部门名称,
 * 单位, the header, the body. Formulas use sheet addresses for a block placed at `origin`
 * and reference only cells of the block.
 */
export function renderTable(id: TableId, options: TemplateOptions, origin: Origin = { row: 0, col: 0 }): TableBlock {
  const ctx = resolveContext(options);
  const spec = TEMPLATE_SPECS[id];
  const columns = spec.columns(ctx);
  const header = spec.header(ctx);
  const body = spec.body(ctx);
  const ids = new Set(body.map((b) => b.id));
  if (ids.size !== body.length) throw new Error(`template ${id} has duplicate row ids`);

  const width = columns.length;
  const firstHeaderRow = PREAMBLE_ROWS;
  const firstBodyRow = firstHeaderRow + header.rowCount;
  const rowCount = firstBodyRow + body.length;
  const values = grid<CellValue>(rowCount, width, null);
  const formulas = grid<string | null>(rowCount, width, null);
  const numberFormats = grid<string | null>(rowCount, width, null);
  const title = spec.title(ctx);

  values[0][0] = `预算公开表${spec.number}`;
  values[1][0] = title;
  values[2][0] = `部门名称：${ctx.department}`;
  values[3][width - 1] = UNIT_LINE;
  const merges = [{ top: 1, left: 0, bottom: 1, right: width - 1 }];

  for (const cell of header.cells) {
    const top = firstHeaderRow + cell.row;
    values[top][cell.col] = cell.value;
    const rowSpan = cell.rowSpan ?? 1;
    const colSpan = cell.colSpan ?? 1;
    if (rowSpan > 1 || colSpan > 1) merges.push({ top, left: cell.col, bottom: top + rowSpan - 1, right: cell.col + colSpan - 1 });
  }

  const writer = new FormulaWriter(origin, body, firstBodyRow);
  const inputCells: CellPosition[] = [];
  const formulaCells: TableBlock['layout']['formulaCells'] = [];
  body.forEach((rowSpec, i) => {
    const r = firstBodyRow + i;
    columns.forEach((col, c) => {
      if (col.kind === 'code') numberFormats[r][c] = TEXT_FORMAT;
      if (col.kind === 'amount') numberFormats[r][c] = AMOUNT_FORMAT;
      const rule = rowSpec.cells[c];
      if (!rule) return;
      if (rule.kind === 'text') values[r][c] = rule.text;
      else if (rule.kind === 'input') inputCells.push({ row: r, col: c });
      else {
        const { formula, parts } = writer.write(rule, r, c);
        formulas[r][c] = formula;
        formulaCells.push({ row: r, col: c, parts });
      }
    });
  });

  return {
    id,
    title,
    values,
    formulas,
    numberFormats,
    merges,
    columnWidths: columns.map((c) => c.width),
    styles: blockStyles(width, firstHeaderRow, firstBodyRow, rowCount - 1),
    layout: {
      titleRow: 1,
      headerRows: [firstHeaderRow, firstBodyRow - 1],
      firstBodyRow,
      lastBodyRow: rowCount - 1,
      inputCells,
      formulaCells,
      columns: columnInfos(columns, header),
    },
  };
}
