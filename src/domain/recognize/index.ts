export { recognizeWorkbook } from './recognize-workbook';
export type { RecognizeOptions } from './recognize-workbook';
export type { NameLookup } from './context';
export { readTitle } from './titles';
export type { TitleMatch, TitleReading } from './titles';
export { EXPENDITURE_CLASS_NAMES } from './rows-two-sided';
export { ECONOMIC_CLASS_NAMES, threePublicKeyOf } from './rows-named';
