import type { Catalog } from '../catalog';
import type { Finding, Severity } from '../findings/types';
import type { AmountRole, RowKind, TableId } from '../model/types';
import type { RulePack } from './packs/types';

export type Side = 'income' | 'expenditure';

/** Which rows of a table a relation reads. Every given condition must hold. */
export interface RowFilter {
  kind?: RowKind | readonly RowKind[];
  side?: Side;
  /** BudgetRow.key is one of these (income sources, 三公 items). */
  keys?: readonly string[];
  /** The row label is one of these (compared without spaces and bracket style): T06 classes. */
  names?: readonly string[];
  /** Only rows that are not part of another listed row (1.一般公共预算 under 一、财政拨款收入 is not). */
  topLevel?: boolean;
}

/** One amount of the model: a column of the row(s) a filter picks. */
export interface CellSelector {
  table: TableId;
  rows: RowFilter;
  /** The first of these columns the table has (a one-column T10 has 'total' but no 'general'). */
  role: AmountRole | readonly AmountRole[];
  /** 'one' (default): the first matching row; 'sum': Σ over every matching row (none = 0). */
  pick?: 'one' | 'sum';
  /** When no row matches `rows`: Σ over these rows instead (a T12 printed without its 合计 row). */
  orSumOf?: RowFilter;
}

/** One side of a row-by-row comparison of two tables. */
export interface PairSide {
  table: TableId;
  rows: RowFilter;
  /**
   * Compared value: Σ of these columns of the row (those the table has); an entry that is a
   * list stands for the first of its columns the table has (T10 'general', else 'total').
   */
  roles: readonly (AmountRole | readonly AmountRole[])[];
}

/**
 * How rows of two tables are paired: by 科目编码 (and 合计 with 合计), by expenditure 类
 * (T01/T04 name their 30 类; coded tables carry 3-digit codes: matched by name, DESIGN §7),
 * or by 三公 item (T06 item names ↔ T10 rows).
 */
export type PairKey = 'code' | 'expenditureClass' | 'threePublicItem';

/**
 * A relation over the recognized model. Amount relations compare with the rounding
 * tolerance of DESIGN §5; the expansions (rowSum, columnSum, codeHierarchy,
 * groupHierarchy, pairs) stand for one comparison per row, column or pair.
 */
export type Relation =
  /** total = Σ parts. `requireParts`: skip unless at least one part row exists. */
  | { kind: 'sum'; total: CellSelector; parts: readonly CellSelector[]; requireParts?: boolean; ifPresent?: boolean }
  /**
   * a = b. `ifPresent`: the rows or columns belong to some formats only (表1 事业收入): when either
   * side's table does not print them, there is nothing to compare and nothing is said.
   */
  | { kind: 'equal'; a: CellSelector; b: CellSelector; ifPresent?: boolean }
  /**
   * part ≤ whole, equality being the usual case (never an equality error). A list on either
   * side stands for the sum of its selectors (表12 + 表13 ≤ 表3 项目支出).
   */
  | { kind: 'partOf'; part: CellSelector | readonly CellSelector[]; whole: CellSelector | readonly CellSelector[] }
  /** In every row the filter picks: the `total` column = Σ the `parts` columns the table has. */
  | { kind: 'rowSum'; table: TableId; rows: RowFilter; total: AmountRole; parts: readonly AmountRole[] }
  /**
   * In every amount column of the side (or `roles`): the `total` row = Σ the rows of `parts`.
   * Skipped when no part row exists.
   */
  | {
      kind: 'columnSum'; table: TableId; side?: Side; total: RowFilter; parts: readonly RowFilter[]; roles?: readonly AmountRole[];
      /** The table has no `total` row in this format (上海 表1 has no 本年支出合计): say nothing. */
      ifPresent?: boolean;
      /** Parts to use instead when the table has no row of `parts[0]` (支出总计 = Σ 类 + 年终结转 without 本年支出合计). */
      orParts?: readonly RowFilter[];
    }
  /**
   * 功能/收入分类 levels by code, every amount column: each row = Σ the rows whose nearest
   * listed ancestor it is (类 = Σ 款, 款 = Σ 项, a 项 listed without its 款 counts under the 类);
   * the 合计 row = Σ the rows without a listed ancestor.
   */
  | { kind: 'codeHierarchy'; table: TableId; side?: Side }
  /**
   * Group rows in print order, every amount column: each `header` row = Σ the `member` rows
   * under it (to the next header); the 合计 row = Σ the top-level rows.
   */
  | { kind: 'groupHierarchy'; table: TableId; header: RowKind; member: RowKind }
  /**
   * Rows of two tables paired by `by`: left = Σ right ('equal'), or left ≤ right ('partOf').
   * A row without a partner compares with 0 (`unpaired: 'zero'`) or is left alone ('skip').
   * `slack`: right may fall short of left by up to this amount of the paired row (the
   * carry-over that T04 counts and T05 does not); `slackFallback` when that table is absent.
   */
  | {
      kind: 'pairs';
      by: PairKey;
      left: PairSide;
      right: PairSide;
      compare: 'equal' | 'partOf';
      includeTotals?: boolean;
      unpairedLeft?: 'zero' | 'skip';
      unpairedRight?: 'zero' | 'skip';
      slack?: PairSide;
      slackFallback?: CellSelector;
      /** More tables whose paired rows add to the right side (表2 财政拨款 = 表5 + 表8 + 表9 per code). */
      alsoRight?: readonly PairSide[];
      /** The left table does not print the compared column in this format: say nothing. */
      ifPresent?: boolean;
    };

/**
 * Checks that are not amount relations (catalogue look-ups, code order, notes); each is one
 * function of the evaluator, parameterised here.
 */
export type StructuralCheck =
  | { kind: 'catalog'; tables: readonly TableId[] }
  | { kind: 'sameNames'; tables: readonly TableId[] }
  | { kind: 'parents'; tables: readonly TableId[] }
  | { kind: 'codeOrder'; tables: readonly TableId[] }
  | { kind: 'blankRows'; table: TableId }
  | { kind: 'revenueCodes'; table: TableId; side: Side }
  | { kind: 'noDataNote' }
  | { kind: 'noteWithFigures' }
  | { kind: 'textCells' }
  /** Tables whose figures are 10,000× another table's for the same quantity (unit-slip.ts). */
  | { kind: 'unitSlip' }
  /** A check of the 项目支出绩效目标表 (performance-rules.ts). */
  | { kind: 'performance'; check: PerformanceCheck }
  /** A check of the whole document (document-rules.ts). */
  | { kind: 'document'; check: WholeDocumentCheck }
  /** A check of the 情况说明 text (narrative/check): run by the analysis, which gives it the pack's severities. */
  | { kind: 'narrative' };

/** Whole-document checks: nothing readable, no amount at all, negative amounts, year/部门/单位 agreement. */
export type WholeDocumentCheck = 'unread' | 'empty' | 'negative' | 'consistency';

/** The checks of the 项目支出绩效目标表 against themselves, 表12 and 情况说明 十. */
export type PerformanceCheck =
  | 't12Amount'
  | 'sourcesAnnual'
  | 'sourcesTotal'
  | 'annualLeTotal'
  | 'missingForm'
  | 'orphanForm'
  | 'narrativeCount'
  | 'indicatorValue'
  | 'costIndicator';

export type RuleFamily = 'hierarchy' | 'rowTotal' | 'balance' | 'crossTable' | 'codes' | 'emptyTable' | 'cells' | 'document' | 'performance' | 'narrative';

/**
 * What a check found, before a rule pack says how serious it is. Amount relations report
 * 'mismatch' (beyond the rounding bound), 'rounding' (a 尾差 within it), 'smaller' (a part
 * smaller than its whole) and 'unitSuspect' (a part under a thousandth of its whole); named
 * checks report the outcomes their registry entry lists (named-checks.ts).
 */
export const OUTCOMES = [
  'mismatch',
  'rounding',
  'smaller',
  'unitSuspect',
  'notInList',
  'nameDiffers',
  'notInYear',
  'missing',
  'blank',
  'unreadable',
  'placeholder',
  /** The text (or a form) contradicts itself, or a figure a person must judge. */
  'inconsistent',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** 'off': the outcome is not reported. */
export type SeverityLevel = Severity | 'off';

/** How serious each outcome of a rule is (every outcome its check can report). */
export type SeverityPolicy = Partial<Record<Outcome, SeverityLevel>>;

export interface Rule {
  /** Stable id: T05.hierarchy (表内), X.T05-T06 (表间), K.* (科目), E.* (空表). */
  id: string;
  family: RuleFamily;
  /** Tables the rule reads; absent ones make it not applicable (see `applies`). */
  tables: readonly TableId[];
  /** 'all' (default): every table of `tables` must be present; 'any': at least one. */
  applies?: 'all' | 'any';
  /** Short Chinese name, the start of every finding's message. */
  title: string;
  /** What the rule says, for an accountant (Chinese). */
  description: string;
  severity: SeverityPolicy;
  /** Said after a mismatch: why it matters or what is legitimate. */
  hint?: string;
  /** Said after a partOf finding where the part is smaller. */
  smallerHint?: string;
  relations?: readonly Relation[];
  check?: StructuralCheck;
  /** Where a rule is code rather than a relation: why no declarative form fits. */
  custom?: string;
  /** The rule pack that defined it (or last changed its severity). */
  pack?: string;
}

export interface CheckOptions {
  /** 科目 catalogue (default Catalog.builtIn(); one with imported names takes precedence). */
  catalog?: Catalog;
  /** The rules to run (default: those of the built-in packs that apply to the document, then `packs`). */
  rules?: readonly Rule[];
  /** Packs applied on top of the built-in ones, in order (later wins). */
  packs?: readonly RulePack[];
  /** The workbook's 情况说明 (findNarrativeSheet), for the rules that read its text (P.narrative-count). */
  narrative?: NarrativeTextInput;
}

export interface NarrativeTextInput {
  text: string;
  /** The cell each line came from ("情况说明!A5"). */
  lineCells?: (string | undefined)[];
}

/** A rule, or one comparison of it, that could not be checked — never "passed". */
export interface NotApplicable {
  rule: string;
  /** Chinese: which table, row, column or cell was missing or not a number. */
  reason: string;
}

export interface CheckResult {
  /** Rule findings, in rule order (recognition findings are the report's business). */
  findings: Finding[];
  notApplicable: NotApplicable[];
  /** The rule packs in force, in the order applied ("base", "shanxi-2024", a bureau's own …). */
  packs: string[];
}
