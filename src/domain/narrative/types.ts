import type Decimal from 'decimal.js';

/** The sections 一 to 十 of 第三部分 部门预算情况说明 that the generator drafts. */
export const SECTION_IDS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Sections a written 情况说明 may hold: the drafted ones plus 国有资产 and 其他说明. */
export type TextSectionId = SectionId | '十一' | '十二';

export const SECTION_TITLES: Record<TextSectionId, string> = {
  一: '部门预算收支数据变动情况及原因',
  二: '收入预算情况说明',
  三: '支出预算情况说明',
  四: '财政拨款收支预算总体情况说明',
  五: '一般公共预算支出情况说明',
  六: '一般公共预算基本支出情况说明',
  七: '“三公”经费增减变动原因说明',
  八: '机关运行经费增减变动原因说明',
  九: '政府采购情况',
  十: '绩效管理情况',
  十一: '国有资产占有使用情况',
  十二: '其他说明',
};

export interface ThreePublicInputs {
  total?: Decimal;
  overseas?: Decimal;
  reception?: Decimal;
  vehiclePurchase?: Decimal;
  vehicleOperation?: Decimal;
}

export interface ProcurementInputs {
  total?: Decimal;
  goods?: Decimal;
  works?: Decimal;
  services?: Decimal;
}

/**
 * What the tables cannot tell: last year's figures (all 万元) and the reasons for the
 * changes. Keys are those of prior.json (DESIGN.md §4) plus this year's 政府采购.
 */
export interface NarrativeInputs {
  /** 上年收入总计. */
  revenueTotal?: Decimal;
  /** 上年支出总计. */
  expenditureTotal?: Decimal;
  /** 上年一般公共预算当年拨款 (compared with 表5 合计). */
  generalBudgetAppropriation?: Decimal;
  /** 上年政府性基金预算拨款 (compared with 表1/表4 政府性基金预算). */
  fundBudgetAppropriation?: Decimal;
  /** 上年“三公”经费预算. */
  threePublic?: ThreePublicInputs;
  /** 上年机关运行经费. */
  operatingCosts?: Decimal;
  /** 主要原因 by section (一, 四, 五, 七, 八 use them). */
  reasons?: Partial<Record<SectionId, string>>;
  /** 本年政府采购预算. */
  procurement?: ProcurementInputs;
}

/** One 项目支出绩效目标表, as a later issue reads them (P01). */
export interface PerformanceFormSummary {
  projectName: string;
  /** 年度资金总额 in 万元; null when the form does not say. */
  annualFundsWan: Decimal | null;
}

export interface NarrativeOptions {
  /** Thousands separators in amounts ("2,692.83"), default true. */
  thousands?: boolean;
  /** Name the department in the sentences (as seed 003 does), default true when the tables name it. */
  includeDepartment?: boolean;
  /** Budget year when the tables do not say it. */
  year?: number;
  /** Performance target forms, when they were read; without them 十 points to the annex. */
  performanceForms?: PerformanceFormSummary[];
}

export interface NarrativeSection {
  id: SectionId;
  title: string;
  /** Paragraphs separated by "\n". */
  text: string;
}

export interface NarrativeDraft {
  sections: NarrativeSection[];
  /** The whole 第三部分 text: heading line "一、…" then the paragraphs, sections separated by a blank line. */
  text: string;
  /** Every distinct 【请填写：…】 left in the text, in order of appearance. */
  placeholders: string[];
}
