import type Decimal from 'decimal.js';
import type { NarrativeFacts } from './facts';
import { change, placeholder, type AmountStyle, type Change } from './format';
import type { NarrativeInputs, NarrativeOptions, PerformanceFormSummary } from './types';

export interface DraftContext {
  facts: NarrativeFacts;
  inputs: NarrativeInputs;
  style: AmountStyle;
  /** "2023", or a placeholder when the tables do not say the year. */
  year: string;
  /** "2022" */
  priorYear: string;
  /** After "2023年度": the department name, or '' (seed 000 leaves it out). */
  subject: string;
  /** Who does it: the department name, or 本部门. */
  actor: string;
  performanceForms?: PerformanceFormSummary[];
}

export function makeContext(
  facts: NarrativeFacts,
  inputs: NarrativeInputs,
  options: NarrativeOptions,
): DraftContext {
  const year = facts.year ?? options.year;
  const department = facts.department?.trim();
  const named = (options.includeDepartment ?? true) && !!department;
  return {
    facts,
    inputs,
    style: { thousands: options.thousands ?? true },
    year: year === undefined ? placeholder('预算年度') : String(year),
    priorYear: year === undefined ? placeholder('上一年度') : String(year - 1),
    subject: named ? department! : '',
    actor: named ? department! : '本部门',
    performanceForms: options.performanceForms,
  };
}

/** The usual comparison with last year ("比上年…", "与上年持平"). */
export function yearOnYear(ctx: DraftContext, current: Decimal | undefined, prior: Decimal | undefined, missing: string): Change {
  return change(current, prior, ctx.style, { against: '比上年', missing, same: '与上年持平' });
}
