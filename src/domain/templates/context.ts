import { Catalog } from '../catalog';
import type { TemplateContext, TemplateFormat, TemplateOptions } from './types';

/** 项 common to most 行政 departments: 离退休, 养老保险缴费, 行政/事业单位医疗, 住房公积金. */
export const DEFAULT_CODES: readonly string[] = Object.freeze(['2080501', '2080505', '2101101', '2101102', '2210201']);

/**
 * 款 (or 类) whose codes are paid from 政府性基金 and go to 表8 instead of 表5, by default.
 * Only codes with a basis written down in data/catalog/README.md ("政府性基金 款 for 表8"):
 * 21208 is printed in a 政府性基金预算支出 table (source G3; catalogue rows S1, G3, G6);
 * 22960, 20822 and 234 are named 政府性基金 items in the project's issue 11. The other 款
 * once listed here came from memory and were removed until a source is cited. A department
 * with another fund 款 passes `fundSections` (CLI `new --fund-codes`, the pane's
 * 政府性基金科目（款） field).
 */
export const DEFAULT_FUND_SECTIONS: readonly string[] = Object.freeze(['21208', '22960', '20822', '234']);

/** 国有资本经营预算支出 is its own 类. */
const STATE_CAPITAL_CLASS = '223';

const LAND_SALE_SECTION = '21208';
const LAND_SALE_REVENUE_CODES: readonly string[] = ['103', '10301', '1030148'];
const FUND_REVENUE_CODES: readonly string[] = ['103', '10301'];

/** Whether a 功能分类 code falls under one of the fund 款/类 (a prefix match: 2120899 under 21208). */
export function isGovernmentFundCode(code: string, sections: readonly string[] = DEFAULT_FUND_SECTIONS): boolean {
  return sections.some((s) => code.startsWith(s));
}

export function isStateCapitalCode(code: string): boolean {
  return code.startsWith(STATE_CAPITAL_CLASS);
}

export function defaultFormat(year: number): TemplateFormat {
  return year <= 2023 ? '2023' : '2024';
}

function checkedCodes(codes: readonly string[], what: string): string[] {
  const out = new Set<string>();
  for (const raw of codes) {
    const code = String(raw).trim();
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) {
      throw new Error(`${what}“${raw}”不是3、5或7位数字，请改为如“2080505”这样的科目编码。`);
    }
    out.add(code);
  }
  return [...out].sort();
}

function projectRows(names: readonly string[] | undefined): string[] {
  if (names === undefined) return ['', '', ''];
  // A sum needs at least one row to span.
  return names.length > 0 ? names.map((n) => n.trim()) : [''];
}

export function resolveContext(options: TemplateOptions): TemplateContext {
  const { year } = options;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new Error(`预算年度“${year}”无效，请填写四位年份，如 2024。`);
  }
  const format = options.format ?? defaultFormat(year);
  const codes = checkedCodes(options.codes ?? DEFAULT_CODES, '科目编码');
  const fundSections = options.fundSections ? checkedCodes(options.fundSections, '政府性基金科目') : DEFAULT_FUND_SECTIONS;
  const fundCodes = options.fundCodes
    ? checkedCodes(options.fundCodes, '政府性基金科目编码')
    : codes.filter((c) => isGovernmentFundCode(c, fundSections));
  const stateCapitalCodes = options.stateCapitalCodes
    ? checkedCodes(options.stateCapitalCodes, '国有资本经营预算科目编码')
    : codes.filter(isStateCapitalCode);
  const allCodes = checkedCodes([...codes, ...fundCodes, ...stateCapitalCodes], '科目编码');
  const special = new Set([...fundCodes, ...stateCapitalCodes]);
  const generalCodes = allCodes.filter((c) => !special.has(c));

  let revenueCodes: string[];
  if (options.revenueCodes) revenueCodes = checkedCodes(options.revenueCodes, '收入科目编码');
  else if (fundCodes.some((c) => c.startsWith(LAND_SALE_SECTION))) revenueCodes = [...LAND_SALE_REVENUE_CODES];
  else if (fundCodes.length > 0) revenueCodes = [...FUND_REVENUE_CODES];
  else revenueCodes = [];

  const department = options.department.trim();
  return {
    year,
    format,
    department,
    allCodes,
    generalCodes,
    fundCodes,
    stateCapitalCodes,
    revenueCodes,
    projects: projectRows(options.projects),
    carryOverProjects: projectRows(options.carryOverProjects),
    units: options.units && options.units.length > 0 ? options.units.map((u) => u.trim()) : [department],
    catalog: options.catalog ?? Catalog.builtIn(),
  };
}
