import { a1 } from '../grid/address';
import type { RecognitionProblem } from '../model/types';
import { parseAmount } from '../money';
import { readMetaCell } from './meta';
import type { SheetView } from './sheet-view';
import { isPerformanceFormTitle, matchField } from '../performance/labels';
import { captionNumber, readTitle, TitleMatch } from './titles';

/** A table's place in a sheet: its title line and the row where the next table begins. */
export interface TableBlock {
  view: SheetView;
  titleRow: number;
  titleCol: number;
  title: string;
  match: TitleMatch;
  /** First row of the next block (or the sheet's end). */
  end: number;
  /** The title came from the sheet name (the sheet has no title line). */
  titleFromSheetName?: boolean;
}

interface TitleLine {
  row: number;
  col: number;
  text: string;
  /** Where the block starts: the caption line above the title when there is one. */
  start: number;
  match?: TitleMatch;
}

/** Sheets that hold settings, prior-year figures or text, never one of the 13 tables. */
const NOT_A_TABLE_SHEET = /^(设置|上年数|参数|目录|封面|说明|情况说明|名词解释)/;

/** The only non-meta text of a row, when the row has exactly one (a title candidate). */
function soleText(view: SheetView, row: number): { col: number; text: string } | undefined {
  let found: { col: number; text: string } | undefined;
  for (const c of view.filledColumns(row)) {
    const text = view.text(row, c);
    if (found) {
      if (!readMetaCell(text)) return undefined;
      continue;
    }
    if (typeof view.value(row, c) !== 'string') return undefined;
    found = { col: c, text };
  }
  return found;
}

function sheetHasNumbers(view: SheetView): boolean {
  for (let r = 0; r < view.rowCount; r++) {
    for (const c of view.filledColumns(r)) if (parseAmount(view.value(r, c)).kind === 'number') return true;
  }
  return false;
}

/** A 项目支出绩效目标表 without a title line still has its 年度资金总额 label. */
function holdsPerformanceForm(view: SheetView): boolean {
  for (let r = 0; r < view.rowCount; r++) {
    for (const c of view.filledColumns(r)) if (matchField(view.text(r, c))?.field === 'annualTotal') return true;
  }
  return false;
}

/**
 * Finds the tables of one sheet by their title lines. Lines that look like a title
 * but name none of the 13 tables are reported (and end the table above them).
 */
export function findBlocks(view: SheetView, problems: RecognitionProblem[]): TableBlock[] {
  const lines: TitleLine[] = [];
  let captionRow: number | undefined;
  for (let r = 0; r < view.rowCount; r++) {
    if (view.isBlank(r)) continue;
    const sole = soleText(view, r);
    if (!sole) {
      captionRow = undefined;
      continue;
    }
    if (captionNumber(sole.text) !== undefined) {
      captionRow = r;
      continue;
    }
    const reading = readTitle(sole.text);
    if (reading.kind === 'none') {
      captionRow = undefined;
      continue;
    }
    const start = captionRow ?? r;
    captionRow = undefined;
    if (reading.kind === 'table') {
      lines.push({ row: r, col: sole.col, text: sole.text, start, match: reading.match });
    } else if (isPerformanceFormTitle(sole.text)) {
      // A 项目支出绩效目标表: read by the form recognizer; it only ends the table above.
      lines.push({ row: r, col: sole.col, text: sole.text, start });
    } else {
      lines.push({ row: r, col: sole.col, text: sole.text, start });
      problems.push({
        sheet: view.name,
        range: a1(r, sole.col),
        message:
          `工作表“${view.name}”第${r + 1}行的标题“${sole.text}”不是13张预算公开表中的任何一张（${reading.reason}），这张表未读取。` +
          '如果它是预算公开表，请把标题改成标准名称（如“2024年预算收支总表”）。',
      });
    }
  }

  const blocks: TableBlock[] = [];
  lines.forEach((line, i) => {
    if (!line.match) return;
    const end = i + 1 < lines.length ? lines[i + 1].start : view.rowCount;
    blocks.push({ view, titleRow: line.row, titleCol: line.col, title: line.text, match: line.match, end });
  });

  if (lines.length === 0) {
    const bySheetName = readTitle(view.name);
    if (bySheetName.kind === 'table') {
      blocks.push({ view, titleRow: -1, titleCol: 0, title: view.name, match: bySheetName.match, end: view.rowCount, titleFromSheetName: true });
    } else if (!NOT_A_TABLE_SHEET.test(view.name) && sheetHasNumbers(view) && !holdsPerformanceForm(view)) {
      problems.push({
        sheet: view.name,
        message:
          `工作表“${view.name}”里有数字，但没有找到预算公开表的标题行，未读取。` +
          '如果它是13张表之一，请在表格上方加上标题（如“2024年预算支出总表”）。',
      });
    }
  }
  return blocks;
}
