import type { CellValue, SheetGrid, WorkbookGrid } from '../../domain/grid/types';
import { NARRATIVE_INPUTS_SHEET_NAME, NARRATIVE_SHEET_NAME, renderNarrativeInputsSheet, renderNarrativeSheet, type NarrativeDraft, type NarrativeInputs } from '../../domain/narrative';
import type { WriteRequest } from '../../excel/port';

/** A name not used by any sheet yet: "情况说明（2）", "情况说明（3）"… (Excel compares names case-insensitively). */
export function unusedSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const name = `${base}（${n}）`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function sheetNamed(workbook: WorkbookGrid, name: string): SheetGrid | undefined {
  return workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** The new content over an old sheet: cells beyond the new text are cleared (''), so no stale paragraph is left. */
function coverOldContent(next: SheetGrid, old: SheetGrid): Omit<SheetGrid, 'name'> {
  const rows = Math.max(next.values.length, old.values.length);
  const width = Math.max(1, ...old.values.map((r) => r?.length ?? 0), ...next.values.map((r) => r.length));
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const line: CellValue[] = [];
    for (let c = 0; c < width; c += 1) {
      const v = next.values[r]?.[c];
      line.push(v === undefined || v === null ? '' : v);
    }
    values.push(line);
  }
  const { name: _name, ...rest } = next;
  return { ...rest, values };
}

export function narrativeTitle(year: number | undefined): string {
  return year ? `第三部分 ${year}年度部门预算情况说明` : '第三部分 部门预算情况说明';
}

export type NarrativeWritePlan =
  | { kind: 'new'; request: WriteRequest; sheet: string }
  /** A 情况说明 sheet exists: ask before overwriting it. */
  | { kind: 'exists'; sheet: string };

/** Writing the draft: into a new 情况说明 sheet, or — only when `mode` says so after the user confirmed — over the old one or into a new sheet beside it. */
export function planNarrativeWrite(
  workbook: WorkbookGrid,
  draft: NarrativeDraft,
  year: number | undefined,
  mode: 'ask' | 'overwrite' | 'newSheet' = 'ask',
): NarrativeWritePlan {
  const existing = sheetNamed(workbook, NARRATIVE_SHEET_NAME);
  const title = narrativeTitle(year);
  if (existing && mode === 'ask') return { kind: 'exists', sheet: existing.name };
  if (existing && mode === 'overwrite') {
    const rendered = renderNarrativeSheet(draft, { name: existing.name, title });
    return {
      kind: 'new',
      sheet: existing.name,
      request: { newSheets: [], blocks: [{ sheet: existing.name, origin: { row: 0, col: 0 }, grid: coverOldContent(rendered, existing) }], activate: existing.name, allowOverwrite: true },
    };
  }
  const name = unusedSheetName(NARRATIVE_SHEET_NAME, workbook.sheets.map((s) => s.name));
  return { kind: 'new', sheet: name, request: { newSheets: [renderNarrativeSheet(draft, { name, title })], blocks: [], activate: name } };
}

/**
 * Saving the form into the 上年数 sheet: a new sheet, or the inputs sheet the form was read
 * from (the add-in's own settings sheet: saving replaces what it holds).
 */
export function planInputsWrite(workbook: WorkbookGrid, inputs: NarrativeInputs, inputsSheet: string | undefined): { request: WriteRequest; sheet: string } {
  const existing = inputsSheet ? sheetNamed(workbook, inputsSheet) : undefined;
  if (existing) {
    const rendered = renderNarrativeInputsSheet(inputs, existing.name);
    return {
      sheet: existing.name,
      request: { newSheets: [], blocks: [{ sheet: existing.name, origin: { row: 0, col: 0 }, grid: coverOldContent(rendered, existing) }], allowOverwrite: true },
    };
  }
  const name = unusedSheetName(NARRATIVE_INPUTS_SHEET_NAME, workbook.sheets.map((s) => s.name));
  return { sheet: name, request: { newSheets: [renderNarrativeInputsSheet(inputs, name)], blocks: [] } };
}
