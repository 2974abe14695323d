import type { Finding } from '../findings/types';
import type { BudgetDocument } from '../model/types';

/**
 * What the recognizer could not read is a finding too: a check over half a workbook is not
 * "done". What it read in an unusual way is said as well (info), and what it read although
 * the table looks wrong (a shifted header) is a warning.
 */
export function recognitionFindings(doc: BudgetDocument): Finding[] {
  const problems: Finding[] = doc.problems.map((p) => ({
    rule: 'RECOGNIZE',
    severity: p.severity ?? 'warning',
    message: p.message,
    cells: p.cells ?? [p.range ? `${p.sheet}!${p.range}` : p.sheet],
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
