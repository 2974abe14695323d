import type { CellStyle, RangeStyle, SheetGrid } from '../domain/grid/types';
import { formulaInput } from './cell-input';
import { charsToPoints } from './column-width';

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

type Content = Omit<SheetGrid, 'name'>;

const HORIZONTAL: Record<NonNullable<CellStyle['horizontal']>, 'Left' | 'Center' | 'Right'> = { left: 'Left', center: 'Center', right: 'Right' };
const VERTICAL: Record<NonNullable<CellStyle['vertical']>, 'Top' | 'Center' | 'Bottom'> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };

/** UTF-8 length of a string: the payload limit counts bytes, and Chinese text is 3 bytes a character. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Rows × columns the content covers (ragged rows padded). */
export function contentSize(content: Content): { rows: number; cols: number } {
  const lists = [content.values, content.formulas ?? [], content.numberFormats ?? []];
  const rows = Math.max(...lists.map((l) => l.length), ...(content.merges ?? []).map((m) => m.bottom + 1), ...(content.styles ?? []).map((s) => s.range.bottom + 1));
  let cols = Math.max(0, ...(content.merges ?? []).map((m) => m.right + 1), ...(content.styles ?? []).map((s) => s.range.right + 1));
  for (const list of lists) for (const row of list) cols = Math.max(cols, row?.length ?? 0);
  return { rows, cols };
}

function rectangle<T>(rows: number, cols: number, at: (r: number, c: number) => T | null): { data: (T | null)[][]; any: boolean } {
  let any = false;
  const data = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const v = at(r, c);
      if (v !== null) any = true;
      return v;
    }),
  );
  return { data, any };
}

type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.fill) format.fill.color = style.fill;
  if (style.border) {
    // String values, not Excel.BorderIndex: the global Excel namespace is absent in jest.
    const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (rows > 1) edges.push('InsideHorizontal');
    if (cols > 1) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
}

export interface WriteOptions {
  /** Current widths in points of the columns the content sets (existing sheets): only widen; updated as widths are set. */
  currentWidths?: Map<number, number>;
  /** Page setup (sheets the add-in creates). */
  print?: SheetGrid['print'];
}

/** Part of a write that is queued in one go; `bytes` estimates its share of the request. */
export interface WritePiece {
  bytes: number;
  queue(sheet: Excel.Worksheet): void;
}

/** Rows of the content, cut into bands whose arrays stay well inside one request. */
const BAND_BUDGET_BYTES = 1_000_000;

/**
 * The writes of `content` at `origin`, in the order Excel needs: number formats before
 * values (a code column formatted "@" keeps "2101101" as text), then one `formulas`
 * array holding formulas and values, cut into row bands; then merges, styles, widths and
 * page setup. The caller queues the pieces and syncs between them when a request would
 * grow past its budget.
 */
export function contentPieces(origin: { row: number; col: number }, content: Content, options: WriteOptions = {}): WritePiece[] {
  const pieces: WritePiece[] = [];
  const { rows, cols } = contentSize(content);
  if (rows > 0 && cols > 0) {
    const formatAt = (r: number, c: number): string | null => content.numberFormats?.[r]?.[c] ?? null;
    const formats = rectangle(rows, cols, formatAt);
    const cells = rectangle(rows, cols, (r, c) => formulaInput(content.values[r]?.[c], content.formulas?.[r]?.[c], formatAt(r, c)));
    const rowBytes = (r: number): number =>
      (formats.any ? utf8Bytes(JSON.stringify(formats.data[r])) : 0) + (cells.any ? utf8Bytes(JSON.stringify(cells.data[r])) : 0);
    let first = 0;
    let bytes = 0;
    const flush = (end: number): void => {
      const top = first;
      const count = end - top;
      const band = bytes;
      pieces.push({
        bytes: band,
        queue: (sheet) => {
          const target = sheet.getRangeByIndexes(origin.row + top, origin.col, count, cols);
          if (formats.any) target.numberFormat = formats.data.slice(top, end) as string[][];
          if (cells.any) target.formulas = cells.data.slice(top, end) as (string | number | boolean)[][];
        },
      });
      first = end;
      bytes = 0;
    };
    if (formats.any || cells.any) {
      for (let r = 0; r < rows; r++) {
        const size = rowBytes(r);
        if (r > first && bytes + size > BAND_BUDGET_BYTES) flush(r);
        bytes += size;
      }
      flush(rows);
    }
  }
  const merges = content.merges ?? [];
  const styles = content.styles ?? ([] as RangeStyle[]);
  pieces.push({
    bytes: merges.length * 100 + styles.length * 1_000 + (content.columnWidths?.length ?? 0) * 100 + (options.print ? 200 : 0),
    queue: (sheet) => {
      for (const m of merges) {
        sheet.getRangeByIndexes(origin.row + m.top, origin.col + m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
      }
      for (const { range, style } of styles) {
        const height = range.bottom - range.top + 1;
        const width = range.right - range.left + 1;
        applyStyle(sheet.getRangeByIndexes(origin.row + range.top, origin.col + range.left, height, width), style, height, width);
      }
      (content.columnWidths ?? []).forEach((chars, c) => {
        if (chars === undefined || chars === null || chars <= 0) return;
        const points = charsToPoints(chars);
        const current = options.currentWidths?.get(origin.col + c);
        if (current !== undefined && current >= points) return;
        sheet.getRangeByIndexes(0, origin.col + c, 1, 1).format.columnWidth = points;
        options.currentWidths?.set(origin.col + c, points);
      });
      if (options.print) {
        sheet.pageLayout.orientation = options.print.landscape ? 'Landscape' : 'Portrait';
        // One page wide; the height is left to Excel (the form Office.js samples use).
        if (options.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
      }
    },
  });
  return pieces;
}
