import type { Outcome, Rule, SeverityLevel } from './types';

/**
 * The severity a rule's pack gives an outcome. Packs are validated when loaded so that every
 * outcome a rule's check can report has one: a gap here is a defect of the built-in data.
 */
export function severityOf(rule: Pick<Rule, 'id' | 'severity'>, outcome: Outcome): SeverityLevel {
  const severity = rule.severity[outcome];
  if (severity === undefined) throw new Error(`规则 ${rule.id} 的规则包没有规定结论“${outcome}”的严重程度`);
  return severity;
}
