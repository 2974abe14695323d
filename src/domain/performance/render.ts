import type { CellRange, CellValue, RangeStyle, SheetGrid } from '../grid/types';
import { parseAmount } from '../money';
import { gridContent } from '../grid/content';
import {
  fieldAmount,
  fieldText,
  FORM_COLUMN_WIDTHS,
  FORM_WIDTH,
  formRows,
  formTitle,
  indicatorSlots,
  type FormAmount,
  type FormCellSpec,
  type FormField,
  type FormTemplateOptions,
} from './template';

export const FORM_AMOUNT_FORMAT = '#,##0.00';

export interface CellPosition {
  row: number;
  col: number;
}

/** A rendered form: cells relative to its top-left, and where each named cell is. */
export interface PerformanceFormBlock {
  title: string;
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  merges: CellRange[];
  styles: RangeStyle[];
  columnWidths: number[];
  layout: {
    /** Every named cell (amounts, texts, title). */
    fields: Partial<Record<FormField, CellPosition>>;
    /** The 绩效指标 grid rows: 二级指标 and the cells of both sides. */
    indicators: { level1: string; level2: string; level3: CellPosition; value: CellPosition; annualLevel3: CellPosition; annualValue: CellPosition }[];
    lastRow: number;
  };
}

function amountValue(a: FormAmount | undefined): { value: CellValue; formula: string | null } {
  if (a === undefined) return { value: null, formula: null };
  if (typeof a === 'number') return { value: a, formula: null };
  if (typeof a === 'string') {
    const parsed = parseAmount(a);
    if (parsed.kind !== 'number') throw new Error(`金额“${a}”不是数字。`);
    return { value: Number(parsed.value.toString()), formula: null };
  }
  return { value: a.value ?? null, formula: a.formula.startsWith('=') ? a.formula : `=${a.formula}` };
}

const STYLE_OF: Record<NonNullable<FormCellSpec['style']>, RangeStyle['style']> = {
  title: { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' },
  subtitle: { horizontal: 'center' },
  label: { horizontal: 'center', vertical: 'middle', wrap: true },
  header: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, fill: '#F2F2F2' },
  text: { horizontal: 'left', vertical: 'middle', wrap: true },
  amount: { horizontal: 'right', vertical: 'middle' },
};

/**
 * P01 as cells: title and year line above a bordered form of 8 columns (A–H), labels as the
 * variant prints them, amounts in 元 formatted #,##0.00, merges for every spanning cell.
 * Amounts given as formulas (the planner's link to 表12) keep their formula text.
 */
export function renderPerformanceForm(options: FormTemplateOptions): PerformanceFormBlock {
  const rows = formRows(options);
  const slots = indicatorSlots(options);
  const height = rows.length;
  const grid = <T>(fill: T): T[][] => Array.from({ length: height }, () => Array.from({ length: FORM_WIDTH }, () => fill));
  const values = grid<CellValue>(null);
  const formulas = grid<string | null>(null);
  const numberFormats = grid<string | null>(null);
  const merges: CellRange[] = [];
  const styles: RangeStyle[] = [];
  const fields: PerformanceFormBlock['layout']['fields'] = {};
  const indicatorCells: PerformanceFormBlock['layout']['indicators'] = slots.map((s) => ({
    level1: s.level1,
    level2: s.level2,
    level3: { row: -1, col: 3 },
    value: { row: -1, col: 4 },
    annualLevel3: { row: -1, col: 6 },
    annualValue: { row: -1, col: 7 },
  }));

  rows.forEach((spec, r) => {
    for (const cell of spec.cells) {
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      const range = { top: r, left: cell.col, bottom: r + rowSpan - 1, right: cell.col + colSpan - 1 };
      if (colSpan > 1 || rowSpan > 1) merges.push(range);
      if (cell.style) styles.push({ range, style: STYLE_OF[cell.style] });
      const content = cell.content;
      switch (content.kind) {
        case 'label':
          values[r][cell.col] = content.text;
          break;
        case 'text':
          values[r][cell.col] = fieldText(options, content.field);
          fields[content.field] = { row: r, col: cell.col };
          break;
        case 'amount': {
          const a = amountValue(fieldAmount(options, content.field));
          values[r][cell.col] = a.value;
          formulas[r][cell.col] = a.formula;
          numberFormats[r][cell.col] = FORM_AMOUNT_FORMAT;
          fields[content.field] = { row: r, col: cell.col };
          break;
        }
        case 'indicator': {
          const input = slots[content.index].input;
          const v =
            content.part === 'level3'
              ? input?.level3
              : content.part === 'value'
                ? input?.value
                : content.part === 'annualLevel3'
                  ? (input?.annualLevel3 ?? input?.level3)
                  : (input?.annualValue ?? input?.value);
          values[r][cell.col] = v === undefined || v === '' ? null : v;
          indicatorCells[content.index][content.part] = { row: r, col: cell.col };
          break;
        }
      }
    }
  });
  // The form body (from 项目名称 down) is bordered, as printed.
  styles.push({ range: { top: 2, left: 0, bottom: height - 1, right: FORM_WIDTH - 1 }, style: { border: true } });
  return {
    title: formTitle(options),
    values,
    formulas,
    numberFormats,
    merges,
    styles,
    columnWidths: [...FORM_COLUMN_WIDTHS],
    layout: { fields, indicators: indicatorCells, lastRow: height - 1 },
  };
}

/** The form as a sheet of its own, printed portrait and fitted to the page width. */
export function performanceFormSheet(name: string, options: FormTemplateOptions): SheetGrid {
  return blockToSheet(name, renderPerformanceForm(options));
}

export function blockToSheet(name: string, block: PerformanceFormBlock): SheetGrid {
  return { name, ...gridContent(block), print: { landscape: false, fitToWidth: true } };
}
