export { analyzeWorkbook, narrativeTextFindings } from './analyze';
export type { AnalyzeOptions, WorkbookAnalysis } from './analyze';
