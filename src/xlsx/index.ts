export { readWorkbookBuffer, sheetToGrid } from './read';
export { writeWorkbookBuffer } from './write';
export { computeUncalculatedFormulas } from './compute-formulas';
export type { FormulaComputation } from './compute-formulas';
