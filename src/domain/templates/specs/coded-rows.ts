import type { CatalogKind } from '../../catalog';
import type { BodyRowSpec, CellRule, CodedColumns, TemplateContext } from '../types';

export type { CodedColumns } from '../types';

/** One 类/款/项 row of a coded table. */
export interface CodedRow {
  code: string;
  name: string;
  /** No other listed code lies under it: the user types its amounts. */
  leaf: boolean;
}

/** The codes with every 类 and 款 above them, in code order (201, 20103, 2010301, 208 …). */
export function codedRows(codes: readonly string[], ctx: TemplateContext, kind: CatalogKind): CodedRow[] {
  const all = new Set<string>();
  for (const code of codes) {
    for (let len = 3; len <= code.length; len += 2) all.add(code.slice(0, len));
  }
  const sorted = [...all].sort();
  return sorted.map((code) => ({
    code,
    name: ctx.catalog.nameFor(code, ctx.year, kind) ?? '',
    leaf: !sorted.some((other) => other.length === code.length + 2 && other.startsWith(code)),
  }));
}

/** SUMIFS pattern for the rows one level below: "201" -> "201??", total -> "???". */
export function childPattern(code: string | null): string {
  return code === null ? '???' : `${code}??`;
}

/** Cells of a coded row, 合计 row (code null) or placeholder (code ''). */
export function codedCells(
  layout: CodedColumns,
  row: { code: string | null; name?: string; leaf: boolean },
  totalLabel?: { col: number; text: string },
): Partial<Record<number, CellRule>> {
  const cells: Partial<Record<number, CellRule>> = {};
  if (row.code) cells[layout.codeCol] = { kind: 'text', text: row.code };
  if (row.name) cells[layout.nameCol] = { kind: 'text', text: row.name };
  if (totalLabel) cells[totalLabel.col] = { kind: 'text', text: totalLabel.text };
  for (const col of layout.amountCols) {
    if (!row.leaf) cells[col] = { kind: 'codeSum', codeCol: layout.codeCol, pattern: childPattern(row.code) };
    else if (layout.rowTotal && layout.rowTotal.col === col) cells[col] = { kind: 'rowSum', cols: layout.rowTotal.parts };
    else cells[col] = { kind: 'input' };
  }
  return cells;
}

/**
 * 合计 row, then the 类/款/项 rows; a table with no codes gets one empty row to type
 * into (its code cell is text-formatted, so a typed code stays text).
 */
export function codedBody(
  layout: CodedColumns,
  rows: readonly CodedRow[],
  totalLabel: { col: number; text: string },
): BodyRowSpec[] {
  const body: BodyRowSpec[] = [{ id: 'total', cells: codedCells(layout, { code: null, leaf: false }, totalLabel) }];
  if (rows.length === 0) body.push({ id: 'blank1', cells: codedCells(layout, { code: '', leaf: true }) });
  for (const r of rows) body.push({ id: `code:${r.code}`, cells: codedCells(layout, r) });
  return body;
}
