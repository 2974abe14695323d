import type { Finding } from '../../findings/types';
import type { Outcome, SeverityLevel } from '../../rules/types';
import type { NarrativeFacts } from '../facts';
import { sectionName } from '../text/sections';
import type { TextAnalysis, TextFigure } from '../text/figures';
import type { NarrativeInputs, TextSectionId } from '../types';
import { conceptOf, type Concept } from './concepts';

export interface CheckContext {
  analysis: TextAnalysis;
  facts: NarrativeFacts;
  inputs: NarrativeInputs;
  year?: number;
  /** The cell each line of the text came from ("情况说明!A5"), when it came from a sheet. */
  lineCells?: (string | undefined)[];
  /** What each stated amount (role main, outside reasons) refers to. */
  concepts: Map<TextFigure, Concept>;
  findings: Finding[];
  /** The severity the rule packs give a rule's outcome ('off': the rule is disabled or silenced). */
  severityOf: (rule: string, outcome: Outcome) => SeverityLevel;
}

export function isStatement(f: TextFigure): boolean {
  return f.kind === 'amount' && f.role === 'main' && !f.inReason;
}

/** The first stated amount of a figure's sentence: the sentence's subject (收入总计 …). */
export function sentenceHead(figures: TextFigure[], f: TextFigure): TextFigure | undefined {
  return figures.find((g) => g.sentenceStart === f.sentenceStart && isStatement(g));
}

export function assignConcepts(analysis: TextAnalysis, facts: NarrativeFacts, inputs: NarrativeInputs): Map<TextFigure, Concept> {
  const out = new Map<TextFigure, Concept>();
  // A paragraph about one 类/款/项 ("住房公积金（01项）208.8万元。…2026年预算安排208.80万元") speaks of
  // that subject throughout: its other amounts are not the totals their words would name elsewhere.
  const subjectParagraphs = new Set<number>();
  for (const f of analysis.figures) {
    if (!isStatement(f)) continue;
    const head = sentenceHead(analysis.figures, f);
    const c = conceptOf(f.sectionId as TextSectionId | undefined, f.label, head?.label ?? f.label, facts, inputs);
    const subject = c?.key.startsWith('subject.') ?? false;
    if (!subject && subjectParagraphs.has(f.paragraphStart)) continue;
    if (subject) subjectParagraphs.add(f.paragraphStart);
    if (c) out.set(f, c);
  }
  return out;
}

/**
 * "机关运行经费154.36万元" — the words and the figure as the text has them, without the
 * year and department name that open many sentences.
 */
export function quote(ctx: CheckContext, f: TextFigure): string {
  // A 类/款/项 path is named by its last level: "住房公积金（01项）".
  const lastLevel = /[^（()）“”"]*[（(]\s*\d{0,3}\s*(类|款|项)\s*[）)](?=[”"]?$)/.exec(f.label);
  let label = (lastLevel ? lastLevel[0] : f.label).replace(/^\d{4}\s*年度?/, '');
  const department = ctx.facts.department?.trim();
  if (department && label.includes(department)) label = label.slice(label.indexOf(department) + department.length);
  if (label.length > 24) label = `…${label.slice(-24)}`;
  return `${label}${f.raw}`;
}

export function where(f: TextFigure): string {
  return `情况说明“${sectionName(f.section)}”`;
}

export function textCell(ctx: CheckContext, line: number): string[] {
  const cell = ctx.lineCells?.[line];
  return cell ? [cell] : [];
}

export function addFinding(
  ctx: CheckContext,
  outcome: Outcome,
  rule: string,
  message: string,
  cells: string[],
  extra: Pick<Finding, 'expected' | 'actual' | 'difference' | 'tolerance'> = {},
): void {
  const severity = ctx.severityOf(rule, outcome);
  if (severity === 'off') return;
  const finding: Finding = { rule, severity, message, cells: [...new Set(cells)], ...extra };
  // The same words about the same cells (a sentence repeated in two places of one paragraph) are one finding.
  const key = (f: Finding) => `${f.rule}|${f.severity}|${f.message}|${f.cells.join(',')}`;
  if (ctx.findings.some((f) => key(f) === key(finding))) return;
  ctx.findings.push(finding);
}
