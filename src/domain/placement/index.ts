/**
 * Where generated tables and added rows go in a workbook, as plain data for the workbook
 * adapter (src/excel): new sheets whose names never collide, tables stacked at a cell,
 * a 科目 added to a coded table with its 类/款 and rewritten subtotals, a project added
 * to 表12/表13.
 */
export type {
  AddedRow,
  InsertionTarget,
  PlacedBlock,
  PlannedCell,
  ProjectAdditionPlan,
  RowInsertion,
  SubjectAdditionPlan,
  WritePlan,
} from './types';
export { PlacementRefusedError, type RefusalReason } from './refusal';
export { sheetNameProblem, uniqueSheetName } from './sheet-names';
export { planTableInsertion } from './table-insertion';
export { planSubjectAddition } from './subject-addition';
export { planProjectAddition } from './project-addition';
export { extendRangesEndingAt, shiftRows } from './formula-refs';
