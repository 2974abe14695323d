export { analyzeWorkbook } from './analyze';
export type { AnalyzeOptions, WorkbookAnalysis } from './analyze';
