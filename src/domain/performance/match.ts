import type Decimal from 'decimal.js';
import type { BudgetRow, PerformanceForm, TableModel } from '../model/types';
import { Money } from '../money';
import { placeInWan, roundingBound, withinRounding } from '../rounding';
import { labelOf } from './labels';

const TEN_THOUSAND = new Money(10000);

/** A project row of 表12 with the form written for it. */
export interface FormPair {
  form: PerformanceForm;
  row: BudgetRow;
}

export interface FormMatching {
  pairs: FormPair[];
  /** 表12 project rows (with an amount) no form was found for, in table order. */
  rowsWithoutForm: BudgetRow[];
  /** Forms whose project name is not a project of 表12. */
  formsWithoutRow: PerformanceForm[];
}

/** How names are compared: no spaces or quotes, one bracket style. */
export function projectKey(name: string): string {
  return labelOf(name);
}

/** The 表12 合计 of a row in 元 (表12 is in 万元), or null when blank or not a number. */
export function rowAmountInYuan(table: TableModel, row: BudgetRow): Decimal | null {
  const v = row.amounts.total?.value;
  if (v === null || v === undefined) return null;
  return table.unit === '元' ? new Money(v) : new Money(v).times(TEN_THOUSAND);
}

/**
 * The rounding bound of 年度资金总额 (元) = 表12 合计, in 元: an equality of two rounded
 * figures, bounded at the coarser place (100 元 against a 万元 表12 with 2 decimals).
 */
export function t12Tolerance(table: TableModel, row: BudgetRow, form: PerformanceForm): Decimal {
  const places: Decimal[] = [];
  const t12 = row.amounts.total;
  if (t12 && t12.value !== null) places.push(placeInWan(t12.places, table.unit, table));
  if (form.annualTotal.value !== null) places.push(placeInWan(form.annualTotal.places, '元'));
  return roundingBound(places).times(TEN_THOUSAND);
}

function agrees(table: TableModel, form: PerformanceForm, row: BudgetRow): boolean {
  const yuan = rowAmountInYuan(table, row);
  const annual = form.annualTotal.value;
  if (yuan === null || annual === null) return false;
  return withinRounding(annual.minus(yuan), t12Tolerance(table, row, form));
}

function hasAmount(row: BudgetRow): boolean {
  const v = row.amounts.total?.value;
  return v !== null && v !== undefined && !v.isZero();
}

/**
 * Pairs forms with 表12 project rows by project name. Where a name repeats (seed 000 lists
 * two 公共服务平台及政务服务平台费 and two 市场主体倍增工作), forms go first to the row whose
 * 合计 × 10,000 equals their 年度资金总额, then the rest in print order.
 */
export function matchFormsToProjects(forms: readonly PerformanceForm[], t12: TableModel): FormMatching {
  const rowsByKey = new Map<string, BudgetRow[]>();
  for (const row of t12.rows) {
    if (row.kind !== 'project') continue;
    const key = projectKey(row.name);
    rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row]);
  }
  const formsByKey = new Map<string, PerformanceForm[]>();
  for (const form of forms) {
    const key = projectKey(form.projectName);
    formsByKey.set(key, [...(formsByKey.get(key) ?? []), form]);
  }
  const paired = new Map<PerformanceForm, BudgetRow>();
  const used = new Set<BudgetRow>();
  for (const [key, list] of formsByKey) {
    const rows = rowsByKey.get(key) ?? [];
    for (const form of list) {
      const row = rows.find((r) => !used.has(r) && agrees(t12, form, r));
      if (row) {
        paired.set(form, row);
        used.add(row);
      }
    }
    for (const form of list) {
      if (paired.has(form)) continue;
      const row = rows.find((r) => !used.has(r));
      if (row) {
        paired.set(form, row);
        used.add(row);
      }
    }
  }
  return {
    pairs: forms.filter((f) => paired.has(f)).map((form) => ({ form, row: paired.get(form)! })),
    rowsWithoutForm: t12.rows.filter((r) => r.kind === 'project' && !used.has(r) && hasAmount(r)),
    formsWithoutRow: forms.filter((f) => !paired.has(f)),
  };
}
