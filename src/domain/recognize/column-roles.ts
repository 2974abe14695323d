import { AMOUNT_ROLES as ROLES, INCOME_SOURCE_ROLES } from '../model/types';
import { INCOME_SOURCE_WORDS } from './vocabulary';
import type { AmountRole, TextRole } from '../model/types';

/** 类 / 款 / 项 columns of a 科目编码 split over three cells. */
export type CodePart = 'codeClass' | 'codeSection' | 'codeItem';
export type HeaderRole = AmountRole | TextRole | CodePart;

export const AMOUNT_ROLES: ReadonlySet<string> = new Set<AmountRole>(ROLES);

export function isAmountRole(role: HeaderRole): role is AmountRole {
  return AMOUNT_ROLES.has(role);
}

/** The funding-source roles whose sum is a row's 合计 (T02, T10–T13). */
export const SOURCE_ROLES: readonly AmountRole[] = INCOME_SOURCE_ROLES;

/** "2024年合计" -> "合计", "2023预算数" -> "预算数", "2024年度" -> "". */
export function stripYear(label: string): string {
  return label.replace(/^20\d{2}(年度|年)?/, '');
}

/** Role patterns, tried in order, on a normalized header label with its year removed. */
const ROLE_PATTERNS: [RegExp, HeaderRole][] = [
  [/^类$/, 'codeClass'],
  [/^款$/, 'codeSection'],
  [/^项$/, 'codeItem'],
  [/^(收入|支出)?(功能分类|经济分类|功能|经济)?(科目)?(编码|代码)$/, 'code'],
  [/^(部门)?(预算)?(支出)?(功能分类|经济分类)?科目编码$/, 'code'],
  [/^政府(预算)?(支出)?经济(科目|分类)(科目)?(名称)?$/, 'govEconName'],
  [/^项目名称$/, 'projectName'],
  [/^(部门(预算)?(支出)?经济(科目|分类)(科目)?(名称)?|(收入|支出)?(功能分类)?科目(名称)?|(收入|支出)?项目|单位名称|单位|名称|支出功能分类科目|经济科目|经济分类科目)$/, 'name'],
  [/^(当年预算安排|本年预算安排|当年安排|本年安排)$/, 'currentYear'],
  [/^上年结转安排$/, 'carryOverUse'],
  [/^(上年结转|上年财政拨款结转|上年结转结余|上年结余结转)(收入|资金)?$/, 'carryOver'],
  [/^基本支出$/, 'basic'],
  [/^项目支出$/, 'project'],
  [/^人员经费$/, 'personnel'],
  [/^公用经费$/, 'publicUse'],
  [/^(政府性基金|国有资本经营)(预算)?收入预算$/, 'amount'],
  ...INCOME_SOURCE_WORDS.map((w): [RegExp, HeaderRole] => [w.column, w.role]),
  [/^(本年收入|本年支出|收入|支出|本年)?(合计|小计|总计|合计数)$/, 'total'],
  [/^(金额|预算数|收入预算|预算金额|本年预算数|预算)$/, 'amount'],
];

/** Labels that only group other columns (收入 / 支出 / 本年收入 / 2024年财政拨款 …). */
const GROUP_LABEL = /^(收入|支出|本年收入|本年支出|财政拨款|财政拨款(收入|支出)?|国有资本经营预算(收入|支出)|政府性基金预算(收入|支出)|预算数|金额|项目)$/;

/**
 * The role a single header label names, or undefined. A label that is only a year
 * ("2024年", the income column of 表1) is an amount.
 */
export function roleOfLabel(label: string): HeaderRole | undefined {
  if (label === '') return undefined;
  const core = stripYear(label);
  if (core === '') return 'amount';
  for (const [pattern, role] of ROLE_PATTERNS) if (pattern.test(core)) return role;
  return undefined;
}

/** A label a header row may hold: a role, a grouping word, or a year. */
export function isHeaderLabel(label: string): boolean {
  if (roleOfLabel(label) !== undefined) return true;
  const core = stripYear(label);
  return GROUP_LABEL.test(core) || /^(预算数|财政拨款)$/.test(core);
}

/** A 合计-like label that, standing in the first column, starts the body rather than the header. */
export function isTotalLabel(label: string): boolean {
  return /^(合计|总计|部门合计|小计|本年合计)$/.test(label);
}
