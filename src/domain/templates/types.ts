import type { Catalog } from '../catalog';
import type { CellRange, CellValue, RangeStyle } from '../grid/types';
import type { AmountRole, ColumnInfo, TableId, TextRole } from '../model/types';

/** 2023 style (titles and spellings of seed 000) or 2024 style (seed 003). */
export type TemplateFormat = '2023' | '2024';

export interface TemplateOptions {
  year: number;
  department: string;
  /** Default: '2023' for years up to 2023, '2024' from 2024 on. */
  format?: TemplateFormat;
  /**
   * 功能分类 codes (7-digit 项; 3/5-digit codes are accepted as leaf rows) listed in T02/T03,
   * and in T05, T08 or T09 by funding source. 类 and 款 rows are derived, names come
   * from the catalogue. Default {@link DEFAULT_CODES}.
   */
  codes?: string[];
  /**
   * Codes paid from 政府性基金, listed in T08 and left out of T05, exactly as given.
   * Default: the codes of `codes` under one of `fundSections`.
   */
  fundCodes?: string[];
  /**
   * 款 (5 digits) or 类 (3 digits; 7-digit 项 also accepted) whose codes are paid from
   * 政府性基金: a code of `codes` under one of them goes to T08 instead of T05.
   * Default DEFAULT_FUND_SECTIONS. Ignored when `fundCodes` is given.
   */
  fundSections?: string[];
  /** Codes paid from 国有资本经营预算 (listed on T09's expenditure side, left out of T05). Default: 类 223. */
  stateCapitalCodes?: string[];
  /** T07 收入科目编码. Default: 103 / 10301 (/ 1030148 when a 21208 code is present) when any fund code is present. */
  revenueCodes?: string[];
  /** T12 project names (default: 3 empty rows). */
  projects?: string[];
  /** T13 project names (default: 3 empty rows). */
  carryOverProjects?: string[];
  /** T11 unit rows (default: the department itself). */
  units?: string[];
  /** Catalogue for 科目 names (default Catalog.builtIn(); pass one with imported names). */
  catalog?: Catalog;
}

/** Options after defaults and validation, as the specs see them. */
export interface TemplateContext {
  year: number;
  format: TemplateFormat;
  department: string;
  /** Every code the tables list (T02/T03), sorted. */
  allCodes: string[];
  /** Codes of the 一般公共预算 (T05). */
  generalCodes: string[];
  fundCodes: string[];
  stateCapitalCodes: string[];
  revenueCodes: string[];
  projects: string[];
  carryOverProjects: string[];
  units: string[];
  catalog: Catalog;
}

export type ColumnKind = 'code' | 'name' | 'label' | 'amount';

export interface ColumnSpec {
  kind: ColumnKind;
  /** Excel character units. */
  width: number;
  role: AmountRole | TextRole;
  side?: 'income' | 'expenditure';
}

export interface HeaderCellSpec {
  /** Row within the header, 0-based. */
  row: number;
  col: number;
  value: CellValue;
  rowSpan?: number;
  colSpan?: number;
}

export interface HeaderSpec {
  rowCount: number;
  cells: HeaderCellSpec[];
}

/**
 * What one body cell holds. Sums are declared by meaning and turned into formulas by
 * the renderer, so the same declaration yields the formula text and the list of cells
 * the formula must equal the sum of.
 */
export type CellRule =
  | { kind: 'text'; text: string }
  /** An amount the user types. */
  | { kind: 'input' }
  /** Sum of other columns of the same row (row 合计 = Σ sources). */
  | { kind: 'rowSum'; cols: number[] }
  /**
   * SUMIFS of this column over the rows below this one down to the last body row,
   * where the code column matches `pattern` ("201??" = the 款 of 201).
   */
  | { kind: 'codeSum'; codeCol: number; pattern: string }
  /** SUM of this column over the contiguous body rows `first`..`last` (row ids). */
  | { kind: 'rangeSum'; first: string; last: string }
  /**
   * The rows from `first` down to the row above `next`, written SUM(first:next)-next so
   * that a row inserted just above `next` (the end of the block) falls inside the range.
   */
  | { kind: 'blockSum'; first: string; next: string }
  /** Sum of this column in the named rows (explicit cell references). */
  | { kind: 'refSum'; rows: string[] };

export interface BodyRowSpec {
  /** Unique within the table; sums refer to rows by id. */
  id: string;
  cells: Partial<Record<number, CellRule>>;
}

/** Where a coded table (or one side of T09) puts its code, name and amounts. */
export interface CodedColumns {
  codeCol: number;
  nameCol: number;
  /** Amount columns. */
  amountCols: number[];
  /** The row-total column (合计) and the columns it adds up, when the table has one. */
  rowTotal?: { col: number; parts: number[] };
}

/** A value that differs between the 2023 and 2024 formats, or one value for both. */
export type ByFormat<T> = T | { byFormat: Record<TemplateFormat, T> };

/** A 基本支出 item of 表6 and its 政府预算经济分类 name where the catalogue's 对照表 lacks it. */
export interface EconomicItem {
  code: string;
  /** Used when the catalogue lacks the code. */
  name: string;
  /**
   * 政府预算支出经济科目名称 as the seeds print it, for items the catalogue's 对照表 does not
   * cover; undefined = take it from Catalog.economicPairs().
   */
  government?: string;
}

export interface EconomicClass {
  code: string;
  name: string;
  items: EconomicItem[];
}

/** Code lists of the context a coded body lists. */
export type CodeListName = 'allCodes' | 'generalCodes' | 'fundCodes' | 'stateCapitalCodes' | 'revenueCodes';

/**
 * Body rows that depend on the options (codes, projects, units, the catalogue): a call of
 * a generator registered by name in specs/generators.ts, with its data.
 */
export type BodyGeneratorCall =
  /** 合计, then the 类/款/项 rows of a code list (one empty row when it is empty). */
  | { generate: 'codedRows'; codes: CodeListName; catalogKind: 'function' | 'revenue'; columns: CodedColumns; totalLabel: ByFormat<{ col: number; text: string }> }
  /** The 30 expenditure 类 rows of 表1/表4, with the income rows beside the first ones. */
  | { generate: 'expenditureClassRows'; table: 'T01' | 'T04'; incomeRows: string[]; expenditureCells: Partial<Record<number, CellRule>> }
  /** 表6: 合计, each 类 and its items, names from the catalogue. */
  | { generate: 'economicRows'; classes: EconomicClass[]; amountCols: number[] }
  /** 表9: income and expenditure side by side, each with its 合计 and codes. */
  | { generate: 'stateCapitalRows'; income: CodedColumns; expenditure: CodedColumns; totalLabel: { col: number; text: string } }
  /** 表11: 部门合计 over one row per unit. */
  | { generate: 'unitRows'; totalLabel: string; amountCols: number[]; leafCells: Partial<Record<number, CellRule>> }
  /** 表12/表13: the department's subtotal over one row per project. */
  | { generate: 'projectRows'; projects: 'projects' | 'carryOverProjects'; amountCols: number[]; sourceCols: number[] };

export type BodyGeneratorName = BodyGeneratorCall['generate'];

/** A fixed row, or rows a generator makes. */
export type BodyPart = BodyRowSpec | BodyGeneratorCall;

/**
 * A table as data: texts may hold "{year}" (the budget year). The renderer sees it as a
 * TableSpec (specs/from-template.ts).
 */
export interface TableTemplate {
  id: TableId;
  /** N of 预算公开表N. */
  number: number;
  title: ByFormat<string>;
  columns: ColumnSpec[];
  header: HeaderSpec;
  body: BodyPart[];
}

export interface TableSpec {
  id: TableId;
  /** N of 预算公开表N. */
  number: number;
  title(ctx: TemplateContext): string;
  columns(ctx: TemplateContext): ColumnSpec[];
  header(ctx: TemplateContext): HeaderSpec;
  body(ctx: TemplateContext): BodyRowSpec[];
}

export interface CellPosition {
  row: number;
  col: number;
}

export interface TableBlock {
  id: TableId;
  title: string;
  /** Cells relative to the block's top-left. */
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  /** Relative to the block's top-left. */
  merges: CellRange[];
  columnWidths: number[];
  /** Title, header and body styles, relative to the block's top-left. */
  styles: RangeStyle[];
  layout: {
    titleRow: number;
    headerRows: [number, number];
    firstBodyRow: number;
    lastBodyRow: number;
    /** Amount cells a user types into. */
    inputCells: CellPosition[];
    /** Each formula cell and the cells it must equal the sum of. */
    formulaCells: { row: number; col: number; parts: CellPosition[] }[];
    /** Role of each column (col relative to the block), header = its lowest header text. */
    columns: ColumnInfo[];
  };
}
