import { a1, refA1 } from '../grid/address';
import type { SheetGrid } from '../grid/types';
import type { BudgetDocument, BudgetRow, TableModel } from '../model/types';
import { Money } from '../money';
import { blockToSheet, renderPerformanceForm } from './render';
import { defaultLevel, type FormTemplateOptions, type FormVariant } from './template';

export interface PlanFormsOptions {
  /** Every sheet name the workbook already has: new sheets never take one of them. */
  existingSheetNames: readonly string[];
  /** The 表12 project rows to plan for (0-based sheet rows, BudgetRow.row); default: every project row. */
  rows?: readonly number[];
  /** Default: '2023' for years up to 2023, '2024' after. */
  variant?: FormVariant;
  /** "晋中市", "屯留区"; default: the last 市/区/县 in the department's name. */
  region?: string;
  level?: string;
  /** The department's budget code, printed before its name in 主管部门及代码 ("435"). */
  departmentCode?: string;
  /** Default "绩效目标-". */
  sheetPrefix?: string;
  /** Empty indicator rows per 二级指标, default 1. */
  blankRowsPerLevel2?: number;
}

export interface PlannedForm {
  sheet: SheetGrid;
  projectName: string;
  /** "表12!B9" — the 合计 the form's 年度资金总额 is linked to. */
  t12Cell: string;
  /** "绩效目标-智慧政务建设!G6". */
  annualTotalCell: string;
}

const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:：]/g;

/** "长治市屯留区行政审批服务管理局" → "屯留区"; "晋中市行政审批服务管理局" → "晋中市". */
export function regionOf(department: string): string {
  const parts = [...department.matchAll(/[^市区县省]*?[市区县]/g)].map((m) => m[0]);
  let region = '';
  for (const p of parts) {
    if (p.length < 2 || p.length > 6) break;
    region = p;
  }
  return region;
}

function sanitize(name: string): string {
  return name.replace(FORBIDDEN_IN_SHEET_NAME, '').replace(/^'+|'+$/g, '').trim();
}

/** A sheet name not yet taken (Excel compares names case-insensitively), at most 31 characters. */
function uniqueName(base: string, taken: Set<string>): string {
  const fit = (s: string, room: number): string => [...s].slice(0, room).join('');
  let name = fit(base, MAX_SHEET_NAME);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = `(${n})`;
    name = fit(base, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** The unit a project belongs to in a multi-unit 表12: the nearest unit row above it. */
function unitAbove(t12: TableModel, row: BudgetRow): string | undefined {
  let unit: string | undefined;
  for (const r of t12.rows) {
    if (r === row) break;
    if (r.kind === 'unit') unit = r.name;
  }
  return unit;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * One new 项目支出绩效目标表 per project row of 表12 (or per chosen row): in new sheets whose
 * names collide with no existing sheet, pre-filled with the project name, the department and
 * 年度资金总额 linked by formula to the project's 表12 合计 (='表12'!B9*10000 for a 万元
 * table). The sheets' values hold what the formulas compute now.
 */
export function planPerformanceForms(doc: BudgetDocument, t12: TableModel, options: PlanFormsOptions): PlannedForm[] {
  const taken = new Set(options.existingSheetNames.map((n) => n.toLowerCase()));
  const chosen = options.rows ? new Set(options.rows) : undefined;
  const department = doc.department ?? t12.department ?? '';
  const year = doc.year ?? t12.year;
  if (year === undefined) throw new Error('没有识别到预算年度，无法生成绩效目标表。请在表12标题中写明年度（如“2024年项目支出预算表”）。');
  const region = options.region ?? regionOf(department);
  const prefix = options.sheetPrefix ?? '绩效目标-';
  const out: PlannedForm[] = [];
  for (const row of t12.rows) {
    if (row.kind !== 'project' || (chosen && !chosen.has(row.row))) continue;
    const total = row.amounts.total;
    if (!total) continue;
    const sheetName = uniqueName(sanitize(`${prefix}${row.name}`) || `${prefix}项目`, taken);
    const reference = `${quoted(t12.sheet)}!${a1(total.cell.row, total.cell.col)}`;
    const formula = t12.unit === '万元' ? `=${reference}*10000` : `=${reference}`;
    const value = total.value === null ? null : Number((t12.unit === '万元' ? new Money(total.value).times(10000) : total.value).toString());
    const template: FormTemplateOptions = {
      year,
      region,
      level: options.level ?? defaultLevel(region),
      ...(options.variant ? { variant: options.variant } : {}),
      projectName: row.name,
      department: options.departmentCode ? `${options.departmentCode}-${department}` : department,
      implementingUnit: unitAbove(t12, row) ?? department,
      annualTotal: { formula, value },
      ...(options.blankRowsPerLevel2 ? { blankRowsPerLevel2: options.blankRowsPerLevel2 } : {}),
    };
    const block = renderPerformanceForm(template);
    const sheet = blockToSheet(sheetName, block);
    const at = block.layout.fields.annualTotal!;
    out.push({ sheet, projectName: row.name, t12Cell: refA1(total.cell), annualTotalCell: `${sheetName}!${a1(at.row, at.col)}` });
  }
  return out;
}
