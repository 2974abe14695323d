/** A finding of the checker, in the shape of the CLI's JSON (DESIGN.md §4, contract). */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Chinese, names both sides of a mismatch. */
  message: string;
  /** "表5!C6" references. */
  cells: string[];
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: Finding[]): FindingSummary {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}
