import { severityOf } from '../severity';
import type { Outcome, Rule, SeverityLevel } from '../types';

/** Severity look-up by rule id for checks that report under several ids (the 情况说明 checks): a rule not in force is 'off'. */
export function ruleSeverities(rules: readonly Rule[]): (rule: string, outcome: Outcome) => SeverityLevel {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return (id, outcome) => {
    const rule = byId.get(id);
    return rule ? severityOf(rule, outcome) : 'off';
  };
}
