import type { TableId, AmountRole, TextRole } from '../domain/model/types';

/** A merged rectangle, 0-based, relative to the first header row and the table's first column. */
export interface HeaderMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a column IS (its meaning), whatever its printed header says. */
export interface SeedColumn {
  role: AmountRole | TextRole;
  side?: 'income' | 'expenditure';
}

/** One of the 13 tables of a published 部门预算公开 document, transcribed as printed. */
export interface SeedTable {
  id: TableId;
  /** The "预算公开表N" line, only where the document prints one. */
  label?: string;
  /** "2023年预算收支总表" */
  title: string;
  /** "部门名称：晋中市行政审批服务管理局" */
  departmentLine: string;
  /** "单位：万元" */
  unitLine: string;
  /** Header rows as printed ("" for an empty cell). */
  headerRows: string[][];
  /** Merges inside the header block, as the printed layout implies. */
  headerMerges?: HeaderMerge[];
  /** Body rows as printed, each as wide as the header. */
  rows: string[][];
  /** Lines under the table, e.g. "注：本表无数据". */
  notes: string[];
  /** The semantic truth per column; null = an unused/blank column. */
  columns: (SeedColumn | null)[];
}

export interface Seed {
  key: '000' | '003';
  year: number;
  department: string;
  tables: SeedTable[];
}
