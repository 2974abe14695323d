/**
 * 项目支出绩效目标表 (P01): the declarative template of the 2023 市级 and 2024 县级 forms and
 * its renderer, the recognizer of forms made elsewhere, the matching of forms to 表12 projects,
 * and the planner that lays out one new form per 表12 project.
 */
export { isPerformanceFormTitle } from './labels';
export { recognizePerformanceForms, sheetHoldsPerformanceForm } from './recognize-forms';
export {
  INDICATOR_TREE,
  defaultLevel,
  defaultVariant,
  formRows,
  formTitle,
  indicatorSlots,
} from './template';
export type {
  FormAmount,
  FormCellSpec,
  FormContent,
  FormField,
  FormIndicatorInput,
  FormRowSpec,
  FormTemplateOptions,
  FormVariant,
  IndicatorSlot,
  TextField,
} from './template';
export { FORM_AMOUNT_FORMAT, blockToSheet, performanceFormSheet, renderPerformanceForm } from './render';
export type { CellPosition, PerformanceFormBlock } from './render';
export { planPerformanceForms, regionOf } from './plan';
export type { PlanFormsOptions, PlannedForm } from './plan';
export { matchFormsToProjects, projectKey, rowAmountInYuan, t12Tolerance } from './match';
export type { FormMatching, FormPair } from './match';
export { statedPerformanceFigures } from './narrative-figures';
export type { StatedAbout, StatedFigure } from './narrative-figures';
export { indicatorMoney } from './indicator-amount';
export type { PerformanceForm, PerformanceIndicator, FundSource, FundSources, IndicatorPeriod } from '../model/types';
