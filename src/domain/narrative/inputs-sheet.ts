import { a1 } from '../grid/address';
import type { CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { INPUT_FIELDS, inputFieldByPath, readInputAmount, type InputField } from './inputs';
import { normalizeName } from './names';
import type { NarrativeInputs } from './types';

/** The sheet the add-in writes the prior-year figures and reasons into. */
export const NARRATIVE_INPUTS_SHEET_NAME = '上年数';
export const NARRATIVE_INPUTS_TITLE = '情况说明用的上年数及设置（金额单位：万元）';
const HEADER = ['项目', '数值（万元）/文字', '说明', '键（请勿修改）'];
const AMOUNT_FORMAT = '#,##0.00';

export interface InputProblem {
  /** "上年数!B5" */
  cell: string;
  message: string;
}

function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

const FIELD_BY_LABEL = new Map(INPUT_FIELDS.map((f) => [normalizeName(f.label), f]));

/**
 * One row per input: label | value | note | key. The key column lets the reader find a row
 * whatever the user did to its label; rows moved or inserted around are fine.
 */
export function renderNarrativeInputsSheet(inputs: NarrativeInputs, name = NARRATIVE_INPUTS_SHEET_NAME): SheetGrid {
  const values: CellValue[][] = [[NARRATIVE_INPUTS_TITLE, null, null, null], [...HEADER]];
  const numberFormats: (string | null)[][] = [[null, null, null, null], [null, null, null, null]];
  for (const field of INPUT_FIELDS) {
    const v = field.get(inputs);
    const cell: CellValue = v === undefined ? null : typeof v === 'string' ? v : Number(v.toString());
    values.push([field.label, cell, field.note, field.path]);
    numberFormats.push([null, field.kind === 'amount' ? AMOUNT_FORMAT : '@', null, null]);
  }
  const last = values.length - 1;
  return {
    name,
    values,
    numberFormats,
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [30, 40, 44, 26],
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: 3 }, style: { bold: true, fontSize: 14, horizontal: 'center' } },
      { range: { top: 1, left: 0, bottom: 1, right: 3 }, style: { bold: true, fill: '#D9E1F2', horizontal: 'center' } },
      { range: { top: 1, left: 0, bottom: last, right: 3 }, style: { border: true, vertical: 'middle' } },
      { range: { top: 2, left: 1, bottom: last, right: 2 }, style: { wrap: true } },
      { range: { top: 2, left: 3, bottom: last, right: 3 }, style: { fill: '#F2F2F2' } },
    ],
  };
}

function fieldOfRow(row: CellValue[]): InputField | undefined {
  return inputFieldByPath(cellText(row[3])) ?? FIELD_BY_LABEL.get(normalizeName(cellText(row[0])));
}

/** Reads the inputs back from the sheet; a cell that is not a usable amount is a problem naming the cell. */
export function readNarrativeInputs(sheet: SheetGrid): { inputs: NarrativeInputs; problems: InputProblem[] } {
  const inputs: NarrativeInputs = {};
  const problems: InputProblem[] = [];
  sheet.values.forEach((row, r) => {
    const field = row ? fieldOfRow(row) : undefined;
    if (!field) return;
    const raw = row[1];
    if (raw === null || raw === undefined || cellText(raw) === '') return;
    const cell = `${sheet.name}!${a1(r, 1)}`;
    if (field.kind === 'text') {
      field.set(inputs, cellText(raw));
      return;
    }
    const reading = readInputAmount(raw);
    if (reading.ok) field.set(inputs, reading.value);
    else problems.push({ cell, message: `${cell}（${field.label}）${reading.message}。` });
  });
  return { inputs, problems };
}

/** The 上年数/设置 sheet of a workbook: by name, or by the keys in its fourth column. */
export function findNarrativeInputsSheet(workbook: WorkbookGrid): SheetGrid | undefined {
  const byName = workbook.sheets.find((s) => /上年数|^设置$|情况说明设置/.test(s.name));
  if (byName) return byName;
  return workbook.sheets.find((s) => s.values.some((row) => row && inputFieldByPath(cellText(row[3])) !== undefined));
}
