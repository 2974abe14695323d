/**
 * ExcelSim: a strict in-memory implementation of the part of the Excel JavaScript
 * API the add-in uses, for jest, the dev playground and benchmarks. Formulas are
 * evaluated by HyperFormula (GPL-3.0): never import this from src/domain,
 * src/excel or src/taskpane — the production bundle refuses HyperFormula.
 */
export { SimWorkbook } from './simWorkbook';
export { createExcelNamespace, installGlobalExcel, SimEnums, type ExcelApi, type SimExcelNamespace } from './excelNamespace';
export { SimRichApiError, isSimError, type SimErrorCode } from './errors';
export { charsToPoints, pointsToChars, type SimOptions, type SimStats, type RequestRecord } from './engine';
