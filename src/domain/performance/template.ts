import type { CellValue } from '../grid/types';
import type { FundSource } from '../model/types';

/**
 * P01, the 项目支出绩效目标表, as the two seed documents print it:
 * '2023' — 晋中市市级预算部门（单位）项目支出绩效目标申报表 (full-width brackets and colons);
 * '2024' — 屯留区县(区)级预算部门(单位)项目支出绩效目标表 (half-width).
 * Eight columns A–H; the 绩效指标 grid puts 实施期 (C–E) and 年度 (F–H) side by side.
 */
export type FormVariant = '2023' | '2024';

/** An amount cell: a figure in 元, or a formula (with the value it computes, when known). */
export type FormAmount = number | string | { formula: string; value?: number | null };

export const INDICATOR_TREE: readonly { level1: string; level2: readonly string[] }[] = [
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  { level1: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
  { level1: '满意度指标', level2: ['服务对象满意度指标'] },
];

export interface FormIndicatorInput {
  /** One of the 二级指标 of INDICATOR_TREE. */
  level2: string;
  level3: string;
  value: string;
  /** The 年度 side when it differs from 实施期. */
  annualLevel3?: string;
  annualValue?: string;
}

export type TextField = 'overview' | 'basis' | 'necessity' | 'measures' | 'plan';

export interface FormTemplateOptions {
  year: number;
  /** Default: '2023' for years up to 2023, '2024' after. */
  variant?: FormVariant;
  /** Who issues the form: "晋中市", "屯留区". */
  region: string;
  /** Default: 县(区)级 when the region ends in 区 or 县, else 市级. */
  level?: string;
  projectName?: string;
  /** 主管部门及代码: "435-晋中市行政审批服务管理局". */
  department?: string;
  implementingUnit?: string;
  projectType?: string;
  projectPeriod?: string;
  totalFunds?: FormAmount;
  annualTotal?: FormAmount;
  totalSources?: Partial<Record<FundSource, FormAmount>>;
  annualSources?: Partial<Record<FundSource, FormAmount>>;
  texts?: Partial<Record<TextField, string>>;
  goals?: { total?: string; annual?: string };
  /** Indicator rows; each 二级指标 without any gets `blankRowsPerLevel2` empty rows. */
  indicators?: FormIndicatorInput[];
  /** Default 1. */
  blankRowsPerLevel2?: number;
  signer?: { head?: string; clerk?: string; phone?: string; date?: string };
}

/** Named cells of a rendered form (row and column within the block). */
export type FormField =
  | 'title'
  | 'yearLine'
  | 'projectName'
  | 'department'
  | 'implementingUnit'
  | 'projectType'
  | 'projectPeriod'
  | 'totalFunds'
  | 'annualTotal'
  | `total.${FundSource}`
  | `annual.${FundSource}`
  | TextField
  | 'goalTotal'
  | 'goalAnnual'
  | 'head'
  | 'clerk'
  | 'phone'
  | 'date';

/** What one cell of the form holds. */
export type FormContent =
  | { kind: 'label'; text: string }
  /** A text the user writes (project name, texts, signer). */
  | { kind: 'text'; field: FormField }
  /** An amount in 元. */
  | { kind: 'amount'; field: FormField }
  /** A cell of the indicator grid: row `index` of the grid. */
  | { kind: 'indicator'; index: number; part: 'level3' | 'value' | 'annualLevel3' | 'annualValue' };

export interface FormCellSpec {
  col: number;
  /** Columns and rows the cell covers (merged when more than one). */
  colSpan?: number;
  rowSpan?: number;
  content: FormContent;
  style?: 'title' | 'subtitle' | 'label' | 'text' | 'amount' | 'header';
}

export interface FormRowSpec {
  id: string;
  cells: FormCellSpec[];
}

export const FORM_WIDTH = 8;
export const FORM_COLUMN_WIDTHS: readonly number[] = [14, 16, 18, 30, 16, 18, 30, 16];

const SOURCE_ORDER: readonly FundSource[] = ['central', 'provincial', 'local', 'selfRaised', 'other'];

interface Words {
  colon: string;
  funds: string;
  sources: Record<FundSource, string>;
  title(region: string, level: string): string;
  yearLine(year: number): string;
}

const WORDS: Record<FormVariant, Words> = {
  '2023': {
    colon: '：',
    funds: '项目资金（元）',
    sources: { central: '其中：中央财政资金', provincial: '省级财政资金', local: '市县（区）财政资金', selfRaised: '单位自筹', other: '其他资金' },
    title: (region, level) => `${region}${level}预算部门（单位）项目支出绩效目标申报表`,
    yearLine: (year) => `(${year}年度)`,
  },
  '2024': {
    colon: ':',
    funds: '项目资金(元)',
    sources: { central: '其中:中央财政资金', provincial: '省级财政资金', local: '市县(区)财政资金', selfRaised: '单位自筹', other: '其他资金' },
    title: (region, level) => `${region}${level}预算部门(单位)项目支出绩效目标表`,
    yearLine: (year) => `(${year}年度)`,
  },
};

export function defaultVariant(year: number): FormVariant {
  return year <= 2023 ? '2023' : '2024';
}

export function defaultLevel(region: string): string {
  return /[区县]$/.test(region) ? '县(区)级' : '市级';
}

export function formTitle(options: Pick<FormTemplateOptions, 'year' | 'variant' | 'region' | 'level'>): string {
  const variant = options.variant ?? defaultVariant(options.year);
  return WORDS[variant].title(options.region, options.level ?? defaultLevel(options.region));
}

const label = (col: number, text: string, colSpan = 1, rowSpan = 1): FormCellSpec => ({ col, colSpan, rowSpan, content: { kind: 'label', text }, style: 'label' });
const text = (col: number, field: FormField, colSpan = 1): FormCellSpec => ({ col, colSpan, content: { kind: 'text', field }, style: 'text' });
const amount = (col: number, field: FormField, colSpan = 1): FormCellSpec => ({ col, colSpan, content: { kind: 'amount', field }, style: 'amount' });

/** One row of the indicator grid: which 一级/二级 it belongs to, and whether it opens its group. */
export interface IndicatorSlot {
  level1: string;
  level2: string;
  input?: FormIndicatorInput;
  /** Rows the 一级 / 二级 cell spans from this row (0 when this row continues a group). */
  level1Span: number;
  level2Span: number;
}

/** The grid rows: the given indicators under their 二级指标 in standard order, blank rows elsewhere. */
export function indicatorSlots(options: FormTemplateOptions): IndicatorSlot[] {
  const blank = Math.max(1, options.blankRowsPerLevel2 ?? 1);
  const given = options.indicators ?? [];
  const known = new Set(INDICATOR_TREE.flatMap((t) => t.level2));
  const unknown = given.filter((i) => !known.has(i.level2));
  if (unknown.length) throw new Error(`二级指标“${unknown[0].level2}”不是标准名称，请用：${[...known].join('、')}。`);
  const slots: IndicatorSlot[] = [];
  for (const { level1, level2: names } of INDICATOR_TREE) {
    const first = slots.length;
    for (const level2 of names) {
      const rows = given.filter((i) => i.level2 === level2);
      const start = slots.length;
      if (rows.length === 0) for (let k = 0; k < blank; k++) slots.push({ level1, level2, level1Span: 0, level2Span: 0 });
      else for (const input of rows) slots.push({ level1, level2, input, level1Span: 0, level2Span: 0 });
      slots[start].level2Span = slots.length - start;
    }
    slots[first].level1Span = slots.length - first;
  }
  return slots;
}

/**
 * The form's rows, declaratively: labels as printed, the cells a user fills by field name,
 * the 项目资金 block and the 绩效指标 grid by meaning. The renderer turns them into cells.
 */
export function formRows(options: FormTemplateOptions): FormRowSpec[] {
  const variant = options.variant ?? defaultVariant(options.year);
  const w = WORDS[variant];
  const c = w.colon;
  const slots = indicatorSlots(options);
  const rows: FormRowSpec[] = [
    { id: 'title', cells: [{ col: 0, colSpan: FORM_WIDTH, content: { kind: 'text', field: 'title' }, style: 'title' }] },
    { id: 'yearLine', cells: [{ col: 0, colSpan: FORM_WIDTH, content: { kind: 'text', field: 'yearLine' }, style: 'subtitle' }] },
    { id: 'projectName', cells: [label(0, '项目名称', 2), text(2, 'projectName', 6)] },
    { id: 'department', cells: [label(0, '主管部门及代码', 2), text(2, 'department', 2), label(4, '实施单位'), text(5, 'implementingUnit', 3)] },
    { id: 'projectType', cells: [label(0, '项目属性', 2), text(2, 'projectType', 2), label(4, '项目期'), text(5, 'projectPeriod', 3)] },
    {
      id: 'funds',
      cells: [label(0, w.funds, 1, 1 + SOURCE_ORDER.length), label(1, `实施期资金总额${c}`, 2), amount(3, 'totalFunds'), label(4, `年度资金总额${c}`, 2), amount(6, 'annualTotal', 2)],
    },
    ...SOURCE_ORDER.map((s): FormRowSpec => ({
      id: `source.${s}`,
      cells: [label(1, w.sources[s], 2), amount(3, `total.${s}`), label(4, w.sources[s], 2), amount(6, `annual.${s}`, 2)],
    })),
    { id: 'overview', cells: [label(0, '项目概况', 2), text(2, 'overview', 6)] },
    { id: 'basis', cells: [label(0, '立项依据', 2), text(2, 'basis', 6)] },
    { id: 'necessity', cells: [label(0, '项目设立必要性', 2), text(2, 'necessity', 6)] },
    { id: 'measures', cells: [label(0, '保证项目实施的制度、措施', 2), text(2, 'measures', 6)] },
    { id: 'plan', cells: [label(0, '项目实施计划', 2), text(2, 'plan', 6)] },
    { id: 'goalHeader', cells: [label(0, '总体目标', 2, 2), label(2, '实施期目标', 3), label(5, '年度目标', 3)] },
    { id: 'goals', cells: [text(2, 'goalTotal', 3), text(5, 'goalAnnual', 3)] },
    {
      id: 'indicatorHeader',
      cells: [
        { ...label(0, '绩效指标', 1, 1 + slots.length), style: 'header' },
        ...['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'].map((h, i): FormCellSpec => ({ ...label(1 + i, h), style: 'header' })),
      ],
    },
    ...slots.map((slot, index): FormRowSpec => ({
      id: `indicator.${index}`,
      cells: [
        ...(slot.level1Span ? [label(1, slot.level1, 1, slot.level1Span)] : []),
        ...(slot.level2Span ? [label(2, slot.level2, 1, slot.level2Span), label(5, slot.level2, 1, slot.level2Span)] : []),
        { col: 3, content: { kind: 'indicator', index, part: 'level3' }, style: 'text' },
        { col: 4, content: { kind: 'indicator', index, part: 'value' }, style: 'text' },
        { col: 6, content: { kind: 'indicator', index, part: 'annualLevel3' }, style: 'text' },
        { col: 7, content: { kind: 'indicator', index, part: 'annualValue' }, style: 'text' },
      ],
    })),
    {
      id: 'signer',
      cells: [label(0, `负责人${c}`), text(1, 'head'), label(2, `经办人${c}`), text(3, 'clerk'), label(4, `联系电话${c}`), text(5, 'phone'), label(6, `填报日期${c}`), text(7, 'date')],
    },
  ];
  return rows;
}

/** The text a field shows, from the options (amounts are handled by the renderer). */
export function fieldText(options: FormTemplateOptions, field: FormField): CellValue {
  const variant = options.variant ?? defaultVariant(options.year);
  switch (field) {
    case 'title':
      return formTitle(options);
    case 'yearLine':
      return WORDS[variant].yearLine(options.year);
    case 'projectName':
    case 'department':
    case 'implementingUnit':
    case 'projectType':
    case 'projectPeriod':
      return options[field] ?? null;
    case 'overview':
    case 'basis':
    case 'necessity':
    case 'measures':
    case 'plan':
      return options.texts?.[field] ?? null;
    case 'goalTotal':
      return options.goals?.total ?? null;
    case 'goalAnnual':
      return options.goals?.annual ?? null;
    case 'head':
    case 'clerk':
    case 'phone':
    case 'date':
      return options.signer?.[field] ?? null;
    default:
      return null;
  }
}

/** The amount given for a field, if any. */
export function fieldAmount(options: FormTemplateOptions, field: FormField): FormAmount | undefined {
  if (field === 'totalFunds') return options.totalFunds;
  if (field === 'annualTotal') return options.annualTotal;
  const m = /^(total|annual)\.(\w+)$/.exec(field);
  if (!m) return undefined;
  const sources = m[1] === 'total' ? options.totalSources : options.annualSources;
  return sources?.[m[2] as FundSource];
}
