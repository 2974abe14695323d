import type { TableId } from '../../model/types';
import type { TableSpec } from '../types';
import { specFromTemplate } from './from-template';
import { TABLE_TEMPLATES } from './tables';

export const TEMPLATE_SPECS: Readonly<Record<TableId, TableSpec>> = Object.freeze({
  T01: specFromTemplate(TABLE_TEMPLATES.T01),
  T02: specFromTemplate(TABLE_TEMPLATES.T02),
  T03: specFromTemplate(TABLE_TEMPLATES.T03),
  T04: specFromTemplate(TABLE_TEMPLATES.T04),
  T05: specFromTemplate(TABLE_TEMPLATES.T05),
  T06: specFromTemplate(TABLE_TEMPLATES.T06),
  T07: specFromTemplate(TABLE_TEMPLATES.T07),
  T08: specFromTemplate(TABLE_TEMPLATES.T08),
  T09: specFromTemplate(TABLE_TEMPLATES.T09),
  T10: specFromTemplate(TABLE_TEMPLATES.T10),
  T11: specFromTemplate(TABLE_TEMPLATES.T11),
  T12: specFromTemplate(TABLE_TEMPLATES.T12),
  T13: specFromTemplate(TABLE_TEMPLATES.T13),
});

export { TABLE_TEMPLATES } from './tables';
export { BODY_GENERATORS, expenditureClassLabels } from './generators';
export { specFromTemplate, tableTitle } from './from-template';
