/**
 * 第三部分 部门预算情况说明: drafting it from the tables (draftNarrative), the user's
 * prior-year figures and reasons (prior.json or the 上年数 sheet), and checking any
 * written 情况说明 against the tables (checkNarrativeText).
 */
export * from './types';
export { draftNarrative } from './draft';
export { collectFacts } from './facts';
export type { Fact, NamedFact, NarrativeFacts } from './facts';
export { listPlaceholders, placeholder } from './format';
export {
  INPUT_FIELDS,
  inputFieldByPath,
  mergeNarrativeInputs,
  narrativeInputsToJson,
  parseNarrativeInputsObject,
  parsePriorJson,
} from './inputs';
export type { InputField, PriorParseResult } from './inputs';
export {
  NARRATIVE_INPUTS_SHEET_NAME,
  NARRATIVE_INPUTS_TITLE,
  findNarrativeInputsSheet,
  readNarrativeInputs,
  renderNarrativeInputsSheet,
} from './inputs-sheet';
export type { InputProblem } from './inputs-sheet';
export { NARRATIVE_SHEET_NAME, findNarrativeSheet, renderNarrativeSheet, sheetText } from './sheet';
export type { NarrativeSheetText } from './sheet';
export { checkNarrativeText } from './check';
export type { NarrativeCheckOptions } from './check';
export { REQUIRED_SECTIONS } from './check/wording';
export { analyzeNarrativeText, normalizeDigits } from './text/figures';
export type { TextAnalysis, TextFigure, FigureKind, FigureRole } from './text/figures';
export { splitNarrativeSections } from './text/sections';
export type { TextSection } from './text/sections';
