import type Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';

/** Document numbering 预算公开表1–13 (DESIGN.md §4). */
export const TABLE_IDS = [
  'T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07',
  'T08', 'T09', 'T10', 'T11', 'T12', 'T13',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export type Unit = '万元' | '元';

/**
 * What an amount column means, independent of its header wording or position.
 * Two-sided tables (T01, T04, T09) use `side` on rows; the roles stay the same.
 */
export const AMOUNT_ROLES = [
  'total',           // 合计 / 小计 / 2024年合计
  'amount',          // T01/T04 income side 金额 / "2024年"; T07 收入预算; T09 income 收入预算
  'currentYear',     // T01 当年预算安排
  'carryOverUse',    // T01 上年结转安排
  'appropriation',   // 财政拨款（收入）as one column or row: 一般公共预算 + 政府性基金 + 国有资本经营预算
  'general',         // 一般公共预算
  'fund',            // 政府性基金(预算)
  'stateCapital',    // 国有资本经营预算
  'specialAccount',  // 财政专户管理资金
  'unitFunds',       // 单位资金
  'businessIncome',  // 事业收入
  'operatingIncome', // 事业单位经营收入
  'superiorSubsidy', // 上级补助收入
  'subordinateRemit',// 附属单位上缴收入
  'otherIncome',     // 其他收入
  'carryOver',       // T02 上年结转
  'basic',           // 基本支出
  'project',         // 项目支出
  'personnel',       // 人员经费
  'publicUse',       // 公用经费
] as const;
export type AmountRole = (typeof AMOUNT_ROLES)[number];

/** 财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算. */
export const FISCAL_ROLES: readonly AmountRole[] = ['general', 'fund', 'stateCapital'];
/**
 * The income sources a row's 合计 adds up (T02, T10–T13), across the formats in use: Shanxi
 * (财政专户管理资金, 单位资金) and the older / Shanghai one (事业收入, 事业单位经营收入, 其他收入 …).
 * `appropriation` stands for the three FISCAL_ROLES where a table prints 财政拨款 as one column.
 */
export const INCOME_SOURCE_ROLES: readonly AmountRole[] = [
  'appropriation', 'general', 'fund', 'stateCapital', 'specialAccount', 'unitFunds',
  'businessIncome', 'operatingIncome', 'superiorSubsidy', 'subordinateRemit', 'otherIncome',
];

export type TextRole =
  | 'code'        // 科目编码 (joined when split over 类/款/项)
  | 'name'        // 科目名称 / 项目 (item label) / 单位名称
  | 'govEconName' // T06 政府预算支出经济科目名称
  | 'projectName';

/**
 * Row kinds. `class`/`section`/`item` are the 类/款/项 levels of a 功能分类 code
 * (3/5/7 digits) or of a revenue code; econ rows are T06's 经济分类 levels.
 */
export const ROW_KINDS = [
  'total', // 合计 of a coded table, 部门合计 (T11), 合计 (T10, T12)
  'class', // 类 (3-digit code, or T01/T04 named 类 row)
  'section', // 款 (5 digits)
  'item', // 项 (7 digits)
  'econClass', // T06 工资福利支出 …
  'econItem', // T06 基本工资 …
  'source', // T01/T04 income source row (一、一般公共预算 …); T04 上年结转 sources
  'incomeSubtotal', // 本年收入合计
  'expenditureSubtotal', // 本年支出合计
  'carryOver', // 上年结转 / 上年财政拨款结转 (income side)
  'yearEndCarry', // 年终结转
  'grandTotal', // 收入总计 / 支出总计
  'threePublic', // T10 item (key says which)
  'unit', // T11 unit row; T12/T13 department/unit subtotal row
  'project', // T12/T13 project row
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** An amount as read from a cell: value in the table's unit (null = blank). */
export interface Amount {
  value: Decimal | null;
  /** The same amount in 万元, for comparisons across tables. */
  wan: Decimal | null;
  /** Decimal places as printed (for rounding tolerance). */
  places: number;
  cell: CellRef;
  /** Set when the cell holds something that is not a number (text, #REF!). */
  problem?: string;
}

export interface BudgetRow {
  kind: RowKind;
  side?: 'income' | 'expenditure';
  /**
   * Semantic key where the row has a fixed meaning: the source role for income
   * rows ('general', 'fund', …), the three-public item for T10
   * ('abroad' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation'),
   * the 类 ordinal for T01/T04 class rows ('1'..'30').
   */
  key?: string;
  /**
   * The key of the row this one is a part of, where the table prints both: 1.一般公共预算 under
   * 一、财政拨款收入 ('appropriation'). Rows without it are the top level of their side.
   */
  parentKey?: string;
  /** Normalized 科目编码 (digits only, leading zeros restored). */
  code?: string;
  name: string;
  /** T06: 政府预算支出经济科目名称. */
  govEconName?: string;
  amounts: Partial<Record<AmountRole, Amount>>;
  /** 0-based sheet row. */
  row: number;
}

export interface ColumnInfo {
  role: AmountRole | TextRole;
  side?: 'income' | 'expenditure';
  col: number;
  header: string;
}

export interface TableModel {
  id: TableId;
  title: string;
  sheet: string;
  /** "A1:F42" — title to last row. */
  range: string;
  year?: number;
  department?: string;
  unit: Unit;
  /** The cell that says 单位：万元 / 单位：元, when the table has one. */
  unitCell?: CellRef;
  columns: ColumnInfo[];
  rows: BudgetRow[];
  /** The table carries 注：本表无数据 (or equivalent). */
  noDataNote: boolean;
  /** Where this table came from when it was not a standard 13-table layout (e.g. 'T10+T11'). */
  sourceShape?: string;
  /** Things the recognizer noticed and resolved, in Chinese (e.g. a shifted header). */
  notes: string[];
  /** The notes a person must look at: the reading was resolved but the table itself looks wrong (a shifted header). */
  warnings?: string[];
  /** Where the title, 部门名称 and 单位 lines were read ("表3!A1"), for the consistency checks across tables. */
  metaCells?: TableMetaCells;
}

export interface TableMetaCells {
  title?: string;
  department?: string;
  /** Absent when the table states no unit (read as 万元 by default). */
  unit?: string;
}

export interface RecognitionProblem {
  sheet: string;
  table?: TableId;
  range?: string;
  /** Chinese, says what could not be read and what to do. */
  message: string;
  /** Default 'warning'; 'info' for what was read and set aside on purpose (last year's tables, a hidden copy). */
  severity?: 'warning' | 'info';
  /** Every cell or range the message is about ("2023表1!A1:F42"), when more than sheet + range. */
  cells?: string[];
  /**
   * Set when a whole row of the table was left out of the model (no code, an unknown label):
   * sums over that table's rows (on that side) cannot be checked. 0-based sheet row.
   */
  unreadRow?: { row: number; side?: 'income' | 'expenditure' };
}

/** The year a workbook holding several years' tables was checked for, and every year found. */
export interface YearSets {
  checked: number;
  /** Newest first. */
  years: number[];
}

/** The five funding sources of a 项目支出绩效目标表 (中央 / 省级 / 市县（区） / 单位自筹 / 其他资金). */
export const FUND_SOURCES = ['central', 'provincial', 'local', 'selfRaised', 'other'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
export type FundSources = Record<FundSource, Amount>;

export type IndicatorPeriod = '实施期' | '年度';

/** One row of the 绩效指标 grid, for one side (实施期 or 年度). */
export interface PerformanceIndicator {
  /** 一级指标: 产出指标 / 效益指标 / 满意度指标 (filled down over merged or blank cells). */
  level1: string;
  /** 二级指标: 数量指标 … 服务对象满意度指标 (filled down). */
  level2: string;
  /** 三级指标 as written. */
  level3: string;
  /** 指标值 as written ('' when blank). */
  value: string;
  period: IndicatorPeriod;
  /** The 指标值 cell. */
  cell: CellRef;
}

/** A 项目支出绩效目标（申报）表, one per project of 表12. Amounts in 元. */
export interface PerformanceForm {
  sheet: string;
  /** "A1:H40" — title (or 项目名称 row) to the 负责人 row. */
  range: string;
  title: string;
  year?: number;
  projectName: string;
  /** 主管部门及代码 as written ("435-晋中市行政审批服务管理局"). */
  department: string;
  implementingUnit: string;
  projectType?: string;
  projectPeriod?: string;
  /** 年度资金总额 (元). */
  annualTotal: Amount;
  /** 实施期资金总额 (元). */
  totalFunds: Amount;
  annualSources: FundSources;
  totalSources: FundSources;
  indicators: PerformanceIndicator[];
  cells: { projectName: CellRef; department?: CellRef; implementingUnit?: CellRef };
}

export interface BudgetDocument {
  year?: number;
  department?: string;
  tables: TableModel[];
  missing: TableId[];
  problems: RecognitionProblem[];
  /** 项目支出绩效目标表 found in the workbook (absent when there are none). */
  forms?: PerformanceForm[];
  /** Set when tables of several years were found (or a year was asked for): which year was checked. */
  yearSets?: YearSets;
}
