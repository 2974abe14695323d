import type { BudgetDocument } from '../model/types';
import { Finding, FindingSummary, summarize } from '../findings/types';
import { clipMessage, clipText } from '../findings/clip';
import { groupFindings, FindingGroup } from '../rules/grouping';
import { tableName } from '../rules/model-view';
import { recognitionFindings } from '../rules/recognition-findings';
import type { NotApplicable } from '../rules/types';

export { recognitionFindings };

/** One file's result in the CLI's JSON shape (DESIGN.md §4, contract). */
export interface CheckReport {
  file: string;
  tables: { id: string; title: string; sheet: string; range: string }[];
  missing: string[];
  findings: Finding[];
  summary: FindingSummary;
  /** The rule packs the check used, in the order applied ("base", "shanxi-2024", a bureau's own …). */
  packs: string[];
}

/** A title cell longer than this is shown cut (it is read from the sheet as typed). */
const TITLE_LIMIT = 200;

/** The JSON report of one file: every finding of its analysis (analyzeWorkbook: recognition, rules, text). */
export function buildCheckReport(file: string, doc: BudgetDocument, allFindings: Finding[], packs: string[] = []): CheckReport {
  // Messages quote cell texts: a cell of millions of characters is cut here, once for every rule.
  const findings = allFindings.map((f) => ({ ...f, message: clipMessage(f.message) }));
  return {
    file,
    tables: doc.tables.map((t) => ({ id: t.id, title: clipText(t.title, TITLE_LIMIT), sheet: t.sheet, range: t.range })),
    missing: [...doc.missing],
    findings,
    summary: summarize(findings),
    packs,
  };
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const MAX_CELLS_SHOWN = 12;

/** What the text report shows beyond the JSON contract. */
export interface TextReportContext {
  /** To group findings by the table they are about (else by sheet). */
  doc?: BudgetDocument;
  /** Rules and comparisons that could not be checked (shown as 未检查, never as passed). */
  notApplicable?: NotApplicable[];
}

function groupsWithoutDoc(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length) groups.push({ severity, findings: list });
  }
  return groups;
}

function cellsText(cells: string[]): string {
  if (cells.length <= MAX_CELLS_SHOWN) return cells.join('、');
  return `${cells.slice(0, MAX_CELLS_SHOWN).join('、')} 等 ${cells.length} 个单元格`;
}

function findingLines(f: Finding): string[] {
  const lines = [`    · [${f.rule}] ${f.message}`];
  if (f.expected !== undefined) {
    const parts = [`应为 ${f.expected}`];
    if (f.actual !== undefined) parts.push(`实为 ${f.actual}`);
    if (f.difference !== undefined) parts.push(`差 ${f.difference}`);
    if (f.tolerance !== undefined) parts.push(`允许 ±${f.tolerance}`);
    lines.push(`      ${parts.join('，')}`);
  } else if (f.actual !== undefined) {
    lines.push(`      实为 ${f.actual}`);
  }
  if (f.cells.length) lines.push(`      单元格：${cellsText(f.cells)}`);
  return lines;
}

/** The Chinese text report for a person at a terminal: by severity, then by table. */
export function formatCheckReportText(report: CheckReport, context: TextReportContext = {}): string {
  const lines: string[] = [];
  lines.push(`文件：${report.file}`);
  lines.push(`识别到 ${report.tables.length} 张表：`);
  for (const t of report.tables) lines.push(`  ${t.id}  ${t.title}（${t.sheet}!${t.range}）`);
  if (report.missing.length) lines.push(`未找到：${report.missing.join('、')}`);
  const forms = context.doc?.forms ?? [];
  if (forms.length) {
    lines.push(`识别到 ${forms.length} 张项目支出绩效目标表：`);
    for (const f of forms) lines.push(`  ${f.projectName ? clipText(f.projectName) : '（未填项目名称）'}（${f.sheet}!${f.range}）`);
  }
  const s = report.summary;
  if (report.findings.length) {
    const groups = context.doc ? groupFindings(report.findings, context.doc) : groupsWithoutDoc(report.findings);
    let severity: Finding['severity'] | undefined;
    for (const g of groups) {
      if (g.severity !== severity) {
        severity = g.severity;
        const count = report.findings.filter((f) => f.severity === severity).length;
        lines.push('', `【${SEVERITY_LABEL[severity]}】${count} 个`);
      }
      if (context.doc) lines.push(`  ${g.table ? tableName(g.table) : '其他'}`);
      for (const f of g.findings) lines.push(...findingLines(f));
    }
  } else {
    lines.push('', '没有发现问题。');
  }
  if (context.notApplicable?.length) {
    lines.push('', '未检查（缺少表格或数据，不算通过）：');
    for (const n of context.notApplicable) lines.push(`  · ${n.rule}：${n.reason}`);
  }
  if (report.packs.length) lines.push('', `规则包：${report.packs.join('、')}`);
  lines.push('', `汇总：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`);
  return lines.join('\n');
}
