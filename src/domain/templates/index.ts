/**
 * The 13 disclosure tables as data (TABLE_TEMPLATES: titles, columns, headers, fixed rows;
 * "{year}" for the budget year) whose option-dependent rows are calls of generators
 * registered by name (BODY_GENERATORS), seen by the renderer as specs (TEMPLATE_SPECS),
 * and their rendering to cell blocks with native formulas (renderTable, renderWorkbook).
 *
 * Formula choices, for whoever changes them:
 * - A subtotal sums only rows BELOW it (类/款: SUMIFS over the code column from the next
 *   row to the table's last row; T11/T12/T13: SUM of the rows below). A range that holds
 *   the formula's own cell is a circular reference in Excel, LibreOffice and HyperFormula
 *   even when the SUMIFS criteria would skip it.
 * - A row inserted anywhere between a subtotal's first counted row and the table's last
 *   row is counted (the spreadsheet widens the range). Not counted: a row inserted
 *   directly under a subtotal row (the range's first row moves down instead of widening)
 *   and a row appended after the table's last row. The checker's 类 = Σ款 rules report
 *   both.
 * - Rows without a code (the empty row of T07/T08/T09 when there is nothing to list) are
 *   counted by 合计 only once the user types a code; typed codes stay text because the
 *   whole code column is formatted "@".
 * - T12/T13 with no projects keep empty project rows under a subtotal of 0; the
 *   注：本表无数据 line is added by the user or the pane, not by the template.
 */
export type {
  BodyGeneratorCall,
  BodyGeneratorName,
  BodyPart,
  BodyRowSpec,
  ByFormat,
  CellPosition,
  CellRule,
  ColumnKind,
  ColumnSpec,
  HeaderCellSpec,
  HeaderSpec,
  TableBlock,
  TableSpec,
  TableTemplate,
  TemplateContext,
  TemplateFormat,
  TemplateOptions,
} from './types';
export { DEFAULT_CODES, DEFAULT_FUND_SECTIONS, defaultFormat, isGovernmentFundCode, isStateCapitalCode, resolveContext } from './context';
export { BODY_GENERATORS, TABLE_TEMPLATES, TEMPLATE_SPECS, expenditureClassLabels, specFromTemplate, tableTitle } from './specs';
export { AMOUNT_FORMAT, TEXT_FORMAT, UNIT_LINE, matchesCodePattern, renderTable } from './render';
export { STACKED_GAP, STACKED_SHEET_NAME, renderWorkbook, sheetNameFor } from './workbook';
export type { WorkbookLayout } from './workbook';
