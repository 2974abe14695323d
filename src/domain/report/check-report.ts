import type { BudgetDocument } from '../model/types';
import { Finding, FindingSummary, summarize } from '../findings/types';

/** One file's result in the CLI's JSON shape (DESIGN.md §4, contract). */
export interface CheckReport {
  file: string;
  tables: { id: string; title: string; sheet: string; range: string }[];
  missing: string[];
  findings: Finding[];
  summary: FindingSummary;
}

/**
 * What the recognizer could not read is a finding too: a check over half a workbook is not
 * "done". What it read in an unusual way is said as well (info), and what it read although
 * the table looks wrong (a shifted header) is a warning.
 */
export function recognitionFindings(doc: BudgetDocument): Finding[] {
  const problems: Finding[] = doc.problems.map((p) => ({
    rule: 'RECOGNIZE',
    severity: 'warning',
    message: p.message,
    cells: [p.range ? `${p.sheet}!${p.range}` : p.sheet],
  }));
  const notes: Finding[] = doc.tables.flatMap((t) => {
    const warnings = new Set(t.warnings ?? []);
    return t.notes.map((note) => ({
      rule: 'RECOGNIZE',
      severity: warnings.has(note) ? 'warning' : 'info',
      message: `${t.id} ${t.title}：${note}`,
      cells: [`${t.sheet}!${t.range}`],
    }));
  });
  return [...problems, ...notes];
}

export function buildCheckReport(file: string, doc: BudgetDocument, ruleFindings: Finding[]): CheckReport {
  const findings = [...recognitionFindings(doc), ...ruleFindings];
  return {
    file,
    tables: doc.tables.map((t) => ({ id: t.id, title: t.title, sheet: t.sheet, range: t.range })),
    missing: [...doc.missing],
    findings,
    summary: summarize(findings),
  };
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

/** The Chinese text report for a person at a terminal. */
export function formatCheckReportText(report: CheckReport): string {
  const lines: string[] = [];
  lines.push(`文件：${report.file}`);
  lines.push(`识别到 ${report.tables.length} 张表：`);
  for (const t of report.tables) lines.push(`  ${t.id}  ${t.title}（${t.sheet}!${t.range}）`);
  if (report.missing.length) lines.push(`未找到：${report.missing.join('、')}`);
  if (report.findings.length) {
    lines.push('发现：');
    for (const f of report.findings) {
      const extra = f.expected !== undefined ? `（应为 ${f.expected}，实为 ${f.actual}，差 ${f.difference}）` : '';
      lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.rule} ${f.message}${extra}  ${f.cells.join(', ')}`);
    }
  }
  const s = report.summary;
  lines.push(`汇总：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`);
  return lines.join('\n');
}
