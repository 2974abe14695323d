import type { FundSource } from '../model/types';
import { normalizeLabel } from '../recognize/text';

/**
 * The words of a 项目支出绩效目标表, as the 2023 市级 (…绩效目标申报表) and 2024 县级
 * (…绩效目标表) forms print them, compared after normalizeLabel (no spaces, ASCII colon,
 * full-width brackets) and without a trailing colon.
 */

/** "晋中市市级预算部门（单位）项目支出绩效目标申报表", "屯留区县(区)级预算部门(单位)项目支出绩效目标表". */
const FORM_TITLE = /项目(支出)?绩效目标(申报)?表$/;

export function labelOf(text: string): string {
  return normalizeLabel(text).replace(/[:：]+$/, '');
}

export function isPerformanceFormTitle(text: string): boolean {
  const t = labelOf(text);
  return t.length <= 80 && FORM_TITLE.test(t);
}

export type FieldLabel =
  | 'projectName'
  | 'department'
  | 'implementingUnit'
  | 'projectType'
  | 'projectPeriod'
  | 'funds'
  | 'totalFunds'
  | 'annualTotal'
  | 'overview'
  | 'basis'
  | 'necessity'
  | 'measures'
  | 'plan'
  | 'goalTotalHeader'
  | 'goalAnnualHeader'
  | 'goals'
  | 'indicators'
  | 'head'
  | 'clerk'
  | 'phone'
  | 'date';

/** Label words at the start of a cell; the rest of the cell, if any, is the value written beside it. */
const FIELD_PATTERNS: readonly [FieldLabel, RegExp][] = [
  ['projectName', /^项目名称/],
  ['department', /^主管部门(及代码)?/],
  ['implementingUnit', /^实施单位/],
  ['projectType', /^项目属性/],
  ['projectPeriod', /^项目期(?!资金)/],
  ['funds', /^项目资金(（元）)?/],
  ['totalFunds', /^实施期资金总额/],
  ['annualTotal', /^年度资金总额/],
  ['overview', /^项目概况/],
  ['basis', /^立项依据/],
  ['necessity', /^项目设立必要性/],
  ['measures', /^保证项目实施的制度/],
  ['plan', /^项目实施计划/],
  ['goalTotalHeader', /^实施期目标$/],
  ['goalAnnualHeader', /^年度目标$/],
  ['goals', /^总体目标$/],
  ['indicators', /^绩效指标$/],
  ['head', /^负责人/],
  ['clerk', /^经办人/],
  ['phone', /^联系电话/],
  ['date', /^[、,，]?填报日期/],
];

export interface LabelMatch {
  field: FieldLabel;
  /** What follows the label words in the same cell (original spelling, trimmed, without a colon). */
  rest: string;
}

/** The label a cell starts with, and what is written after it in the same cell. */
export function matchField(text: string): LabelMatch | undefined {
  const t = labelOf(text);
  for (const [field, pattern] of FIELD_PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    return { field, rest: restAfter(text, m[0].length) };
  }
  return undefined;
}

/** The original text after the first `labelLength` non-space characters of the label, colon stripped. */
function restAfter(text: string, labelLength: number): string {
  let seen = 0;
  let i = 0;
  const chars = [...text];
  while (i < chars.length && seen < labelLength) {
    if (!/\s/.test(chars[i]) && !/["'“”‘’「」『』]/.test(chars[i])) seen++;
    i++;
  }
  return chars.slice(i).join('').replace(/^[\s:：]+/, '').trim();
}

/** 中央 / 省级 / 市县（区） / 单位自筹 / 其他资金 rows of the 项目资金 block. */
export function fundSourceOf(text: string): { source: FundSource; rest: string } | undefined {
  const t = labelOf(text).replace(/^其中:?/, '');
  let source: FundSource | undefined;
  if (/^中央/.test(t)) source = 'central';
  else if (/^省级/.test(t)) source = 'provincial';
  else if (/^(市县|市级|县级|区级|县（区）|市（县）|地方)/.test(t)) source = 'local';
  else if (/^(单位)?自筹/.test(t)) source = 'selfRaised';
  else if (/^其他资金/.test(t)) source = 'other';
  if (!source) return undefined;
  // "市县（区）财政资 金 240,000": the figure written in the label cell.
  const m = /([\d,，.]+)\s*$/.exec(text.trim());
  const rest = m && /[\s:：金]/.test(text.trim().slice(0, m.index).slice(-1)) ? m[1] : '';
  return { source, rest };
}

export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标'] as const;

const LEVEL2_OF_LEVEL1: Record<string, (typeof LEVEL1_NAMES)[number]> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  可持续性指标: '效益指标',
  可持续发展影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
  服务对象满意度: '满意度指标',
};

/** The 一级指标 a 二级指标 name belongs to, when it is one of the standard names. */
export function level1OfLevel2(name: string): string | undefined {
  return LEVEL2_OF_LEVEL1[labelOf(name)];
}

export function isLevel1Name(name: string): boolean {
  return (LEVEL1_NAMES as readonly string[]).includes(labelOf(name));
}

export function isCostIndicator(level2: string): boolean {
  return labelOf(level2) === '成本指标';
}
