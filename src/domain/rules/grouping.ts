import type { Finding, Severity } from '../findings/types';
import { parseRangeA1 } from '../grid/address';
import type { BudgetDocument, TableId, TableModel } from '../model/types';

/** "表5!C6" / "'表 1'!A1:F9" -> sheet and first row, or undefined. */
function parseRef(ref: string): { sheet: string; row: number } | undefined {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return undefined;
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  try {
    return { sheet, row: parseRangeA1(ref.slice(bang + 1)).top };
  } catch {
    return undefined;
  }
}

function contains(table: TableModel, sheet: string, row: number): boolean {
  if (table.sheet !== sheet) return false;
  const r = parseRangeA1(table.range);
  return row >= r.top && row <= r.bottom;
}

/** The table a finding is about: the one holding its first cell (stacked layouts too). */
export function tableOfFinding(finding: Finding, doc: BudgetDocument): TableId | undefined {
  for (const cell of finding.cells) {
    const at = parseRef(cell);
    if (!at) continue;
    const table = doc.tables.find((t) => contains(t, at.sheet, at.row));
    if (table) return table.id;
  }
  return undefined;
}

export interface FindingGroup {
  severity: Severity;
  /** undefined: a finding outside every recognized table. */
  table?: TableId;
  findings: Finding[];
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings grouped by severity (errors first), then by table in document order. */
export function groupFindings(findings: readonly Finding[], doc: BudgetDocument): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const bySeverity = findings.filter((f) => f.severity === severity);
    const byTable = new Map<string, FindingGroup>();
    for (const f of bySeverity) {
      const table = tableOfFinding(f, doc);
      const key = table ?? '~';
      let g = byTable.get(key);
      if (!g) {
        g = { severity, ...(table ? { table } : {}), findings: [] };
        byTable.set(key, g);
      }
      g.findings.push(f);
    }
    groups.push(...[...byTable.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g));
  }
  return groups;
}
