import type Decimal from 'decimal.js';
import type { BudgetRow, Unit } from '../model/types';
import { Money } from '../money';
import { placeInUnit, roundingBound, withinRounding } from '../rounding';
import { normalizeLabel } from './text';

/** Name endings of organisations (局, 中心, 本级 …) — a project name ends otherwise (费, 项目 …). */
const ORGANISATION_END = /(局|中心|委员会|委|办公室|院|所|站|队|学校|小学|中学|幼儿园|馆|处|厅|部|社|本级|政府|街道|乡|镇|医院|公司|协会|联合会)$/;

/** Whether `row` carries the sum of the project rows below it, up to the next subtotal. */
function sumsFollowingProjects(rows: BudgetRow[], i: number, isSubtotal: (j: number) => boolean, unit: Unit): boolean {
  const total = rows[i].amounts.total;
  if (!total || total.value === null) return false;
  let sum = new Money(0);
  let n = 0;
  const places: Decimal[] = [placeInUnit(total.places, unit)];
  for (let j = i + 1; j < rows.length && !isSubtotal(j); j++) {
    const a = rows[j].amounts.total;
    if (a && a.value !== null) {
      sum = sum.plus(a.value);
      places.push(placeInUnit(a.places, unit));
    }
    n++;
  }
  if (n === 0) return false;
  return withinRounding(sum.minus(total.value), roundingBound(places));
}

/**
 * Settles the kinds of 表12/表13 rows: the first row naming the department (or a
 * 合计) is the total, later rows naming the department or a unit are unit subtotals,
 * the rest are projects. Seed 003 prints the department twice: total, then unit.
 * A row named like an organisation that sums the projects below it is a unit too.
 */
export function classifyProjectRows(rows: BudgetRow[], organisations: string[], unit: Unit): void {
  const orgs = new Set(organisations.filter(Boolean).map(normalizeLabel));
  const named = rows.map((r) => r.kind === 'total' || orgs.has(normalizeLabel(r.name)));
  const looksOrg = rows.map((r, i) => named[i] || ORGANISATION_END.test(normalizeLabel(r.name)));
  let totalSeen = rows.some((r) => r.kind === 'total');
  let projectSeen = false;
  rows.forEach((row, i) => {
    if (row.kind === 'total') return;
    const subtotal = named[i] || (looksOrg[i] && sumsFollowingProjects(rows, i, (j) => looksOrg[j], unit));
    if (!subtotal) {
      row.kind = 'project';
      projectSeen = true;
      return;
    }
    if (!totalSeen && !projectSeen && i === 0) {
      row.kind = 'total';
      totalSeen = true;
      return;
    }
    row.kind = 'unit';
  });
}
