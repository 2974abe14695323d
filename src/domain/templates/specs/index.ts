import type { TableId } from '../../model/types';
import type { TableSpec } from '../types';
import { T02_SPEC, T03_SPEC, T05_SPEC, T08_SPEC } from './coded-tables';
import { T06_SPEC } from './economic-table';
import { T07_SPEC, T09_SPEC } from './fund-tables';
import { T10_SPEC, T11_SPEC, T12_SPEC, T13_SPEC } from './small-tables';
import { T01_SPEC, T04_SPEC } from './summary-tables';

export const TEMPLATE_SPECS: Readonly<Record<TableId, TableSpec>> = Object.freeze({
  T01: T01_SPEC,
  T02: T02_SPEC,
  T03: T03_SPEC,
  T04: T04_SPEC,
  T05: T05_SPEC,
  T06: T06_SPEC,
  T07: T07_SPEC,
  T08: T08_SPEC,
  T09: T09_SPEC,
  T10: T10_SPEC,
  T11: T11_SPEC,
  T12: T12_SPEC,
  T13: T13_SPEC,
});

export { tableTitle } from './titles';
export { expenditureClassLabels } from './summary-tables';
