import { a1 } from '../grid/address';
import type { CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { splitNarrativeSections } from './text/sections';
import type { NarrativeDraft } from './types';

export const NARRATIVE_SHEET_NAME = '情况说明';

export interface NarrativeSheetText {
  sheet: string;
  /** The sheet's text, one line per row (cells of a row joined by a space). */
  text: string;
  /** The cell each line came from ("情况说明!A5"); undefined for empty rows. */
  lineCells: (string | undefined)[];
}

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

export function sheetText(sheet: SheetGrid): NarrativeSheetText {
  const lines: string[] = [];
  const lineCells: (string | undefined)[] = [];
  sheet.values.forEach((row, r) => {
    const cells = (row ?? []).map((v, c) => ({ text: cellText(v), c })).filter((x) => x.text !== '');
    lines.push(cells.map((x) => x.text).join(' '));
    lineCells.push(cells.length > 0 ? `${sheet.name}!${a1(r, cells[0].c)}` : undefined);
  });
  return { sheet: sheet.name, text: lines.join('\n'), lineCells };
}

/**
 * The workbook's 情况说明: a sheet named so, or else a sheet whose text has the section
 * headings of one. (表1's rows "八、社会保障和就业支出" read like headings of 三 or 五, so
 * those two do not count.)
 */
export function findNarrativeSheet(workbook: WorkbookGrid): NarrativeSheetText | undefined {
  const named = workbook.sheets.find((s) => /情况说明/.test(s.name) && !/设置|上年数/.test(s.name));
  if (named) return sheetText(named);
  for (const sheet of workbook.sheets) {
    const read = sheetText(sheet);
    const ids = new Set(splitNarrativeSections(read.text).map((s) => s.id).filter((id) => id !== undefined && id !== '三' && id !== '五'));
    if (ids.size >= 3) return read;
  }
  return undefined;
}

/** The draft as a sheet: one paragraph per row in column A, headings bold. */
export function renderNarrativeSheet(draft: NarrativeDraft, options: { name?: string; title?: string } = {}): SheetGrid {
  const lines = [...(options.title ? [options.title, ''] : []), ...draft.text.split('\n')];
  const headings = splitNarrativeSections(lines.join('\n')).filter((h) => h.numeral !== '');
  const headingRows = new Set(headings.map((h) => lines.join('\n').slice(0, h.start).split('\n').length - 1));
  const styles: SheetGrid['styles'] = [{ range: { top: 0, left: 0, bottom: Math.max(lines.length - 1, 0), right: 0 }, style: { wrap: true, vertical: 'top' } }];
  if (options.title) styles.push({ range: { top: 0, left: 0, bottom: 0, right: 0 }, style: { bold: true, fontSize: 14, horizontal: 'center' } });
  for (const r of headingRows) styles.push({ range: { top: r, left: 0, bottom: r, right: 0 }, style: { bold: true } });
  return {
    name: options.name ?? NARRATIVE_SHEET_NAME,
    values: lines.map((l) => [l === '' ? null : l]),
    columnWidths: [110],
    styles,
  };
}
