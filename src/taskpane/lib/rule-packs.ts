import type { WorkbookGrid } from '../../domain/grid/types';
import { findRulesSheet, packFromSheet, packReferenceProblems, type RulePack } from '../../domain/rules';

/** The rule packs the pane applies on top of the built-in ones: the workbook's 规则 sheet, then a file the user chose. */
export interface WorkbookRules {
  packs: RulePack[];
  /** The 规则 sheet read as a pack. */
  sheet?: string;
  /** The file chosen in the check tab. */
  file?: string;
  /** Chinese: why a pack was left out (the check runs without it). */
  problems: string[];
}

export function rulesForWorkbook(grid: WorkbookGrid, file?: RulePack): WorkbookRules {
  const problems: string[] = [];
  const packs: RulePack[] = [];
  const sheet = findRulesSheet(grid);
  let sheetName: string | undefined;
  if (sheet) {
    const parsed = packFromSheet(sheet);
    if (parsed.pack) {
      packs.push(parsed.pack);
      sheetName = sheet.name;
    } else problems.push(...parsed.problems);
  }
  if (file) packs.push(file);
  const references = packReferenceProblems(packs);
  if (references.length) return { packs: [], problems: [...problems, ...references], ...(file ? { file: file.source } : {}) };
  return { packs, problems, ...(sheetName ? { sheet: sheetName } : {}), ...(file ? { file: file.source } : {}) };
}
