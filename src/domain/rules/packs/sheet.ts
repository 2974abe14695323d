import { refA1 } from '../../grid/address';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../grid/types';
import type { SeverityLevel } from '../types';
import { OUTCOME_DEFAULTS } from './builtin';
import { parsePack, type ParsedPack } from './parse';

/** Sheet names read as a rule pack without asking (like the 科目 sheet). */
const RULES_SHEET_NAMES = ['规则', '规则包'];

export function findRulesSheet(grid: WorkbookGrid): SheetGrid | undefined {
  return grid.sheets.find((s) => RULES_SHEET_NAMES.includes(s.name.trim()));
}

const LEVELS: Record<string, SeverityLevel> = {
  错误: 'error',
  警告: 'warning',
  提示: 'info',
  关闭: 'off',
  不报: 'off',
  error: 'error',
  warning: 'warning',
  info: 'info',
  off: 'off',
};
const YES = new Set(['是', '停用', '√', '✓', 'y', 'yes', '1', 'true']);

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * A sheet as a table of changes: 规则编号 | 严重程度 | 停用 — what an accountant writes to turn a
 * rule off or change how serious it is, without writing JSON.
 */
function packFromTable(sheet: SheetGrid): ParsedPack | undefined {
  const headerRow = sheet.values.findIndex((row) => row.some((v) => /规则编号|规则\s*id/i.test(text(v))));
  if (headerRow < 0) return undefined;
  const header = sheet.values[headerRow].map(text);
  const idCol = header.findIndex((h) => /规则编号|规则\s*id/i.test(h));
  const severityCol = header.findIndex((h) => /严重程度/.test(h));
  const offCol = header.findIndex((h) => /停用/.test(h));
  const disable: string[] = [];
  const severity: Record<string, SeverityLevel> = {};
  const problems: string[] = [];
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const id = text(row[idCol]);
    if (id === '') continue;
    if (offCol >= 0 && YES.has(text(row[offCol]).toLowerCase())) disable.push(id);
    const level = severityCol >= 0 ? text(row[severityCol]) : '';
    if (level === '') continue;
    const mapped = LEVELS[level.toLowerCase()];
    if (mapped) severity[id] = mapped;
    else problems.push(`规则包 ${refA1({ sheet: sheet.name, row: r, col: severityCol })}：严重程度“${level}”应为 错误、警告、提示 或 关闭`);
  }
  if (problems.length) return { problems };
  return parsePack({ name: sheet.name.trim(), disable, severity }, sheet.name, OUTCOME_DEFAULTS);
}

/**
 * A rule pack kept in the workbook: the JSON of a pack pasted into the sheet's cells (read in
 * order and joined), or a table 规则编号 | 严重程度 | 停用.
 */
export function packFromSheet(sheet: SheetGrid): ParsedPack {
  const cells = sheet.values.flatMap((row) => row.map(text)).filter((t) => t !== '');
  if (cells.length === 0) return { problems: [`工作表“${sheet.name}”是空的：请粘贴规则包的 JSON，或写一张“规则编号 | 严重程度 | 停用”的表。`] };
  if (cells[0].startsWith('{')) return parsePack(cells.join('\n'), sheet.name, OUTCOME_DEFAULTS);
  return (
    packFromTable(sheet) ?? {
      problems: [`工作表“${sheet.name}”既不是规则包的 JSON（应以 { 开头），也没有“规则编号”列。请按 docs/rule-packs.md 填写。`],
    }
  );
}
