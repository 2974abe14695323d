import type { BudgetDocument } from '../../model/types';
import type { Outcome, Rule, SeverityPolicy } from '../types';
import { BUILT_IN_PACKS } from './builtin';
import { documentFormats } from './format';
import type { PackScope, RulePack, SeveritySpec } from './types';

/** The rules in force for a document and the packs they came from, in the order applied. */
export interface RuleSet {
  rules: Rule[];
  packs: string[];
}

function yearFits(years: PackScope['years'], year: number | undefined): boolean {
  if (years === undefined || year === undefined) return true;
  if (Array.isArray(years)) return years.includes(year);
  const range = years as { from?: number; to?: number };
  return (range.from === undefined || year >= range.from) && (range.to === undefined || year <= range.to);
}

function provinceFits(province: string | undefined, doc: BudgetDocument): boolean {
  if (province === undefined) return true;
  const name = province.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '');
  const texts = [doc.department ?? '', ...doc.tables.map((t) => `${t.title}${t.department ?? ''}`)];
  return texts.some((t) => t.includes(name));
}

/** Whether a pack's `appliesTo` holds for the document (no document: only packs without conditions). */
export function packApplies(pack: RulePack, doc?: BudgetDocument): boolean {
  const scope = pack.appliesTo;
  if (!doc) return scope.formats === undefined && scope.years === undefined && scope.province === undefined;
  if (scope.formats && !scope.formats.some((f) => documentFormats(doc).includes(f))) return false;
  return yearFits(scope.years, doc.year) && provinceFits(scope.province, doc);
}

function rulesOf(pack: RulePack, all: readonly RulePack[]): Rule[] {
  const parent = pack.extends ? all.find((p) => p.name === pack.extends) : undefined;
  return [...(parent ? rulesOf(parent, all) : []), ...pack.rules];
}

/**
 * A pack's severity on a rule: one word changes every outcome that is a problem (error or
 * warning) and leaves the 提示 (尾差 …) alone; 'off' silences them all; a map sets outcomes.
 */
export function applySeverity(current: SeverityPolicy, spec: SeveritySpec): SeverityPolicy {
  const out: SeverityPolicy = { ...current };
  for (const o of Object.keys(current) as Outcome[]) {
    if (typeof spec !== 'string') {
      if (spec[o] !== undefined) out[o] = spec[o];
    } else if (spec === 'off' || current[o] === 'error' || current[o] === 'warning') {
      out[o] = spec;
    }
  }
  return out;
}

/**
 * The built-in packs that apply to the document, then `extra` (a bureau's packs, later wins):
 * rules added or replaced by id, `disable` removes, `severity` changes.
 */
export function resolveRuleSet(doc?: BudgetDocument, extra: readonly RulePack[] = []): RuleSet {
  const all = [...BUILT_IN_PACKS, ...extra];
  return applyPacks(all.filter((p) => packApplies(p, doc)), all);
}

/** Every rule of every built-in pack whatever the shape, with `extra` applied: what `budget-tables rules` lists. */
export function everyRuleInForce(extra: readonly RulePack[] = []): RuleSet {
  const all = [...BUILT_IN_PACKS, ...extra];
  return applyPacks(all, all);
}

function applyPacks(used: readonly RulePack[], all: readonly RulePack[]): RuleSet {
  const rules = new Map<string, Rule>();
  for (const pack of used) {
    for (const rule of rulesOf(pack, all)) rules.set(rule.id, rule);
    for (const id of pack.disable) rules.delete(id);
    for (const [id, spec] of Object.entries(pack.severity)) {
      const rule = rules.get(id);
      if (rule) rules.set(id, { ...rule, severity: applySeverity(rule.severity, spec), pack: `${rule.pack ?? ''}，严重程度：${pack.name}` });
    }
  }
  return { rules: [...rules.values()], packs: used.map((p) => p.name) };
}

/** Every built-in rule, once (the docs and the pane's titles read it). */
export function allBuiltInRules(): Rule[] {
  return everyRuleInForce().rules;
}

/**
 * Rule ids a pack disables or re-grades that no pack defines (a typo would silently do
 * nothing), and `extends` naming no built-in pack: in Chinese, with the pack and JSON path.
 */
export function packReferenceProblems(extra: readonly RulePack[]): string[] {
  const known = new Set([...allBuiltInRules(), ...extra.flatMap((p) => p.rules)].map((r) => r.id));
  const problems: string[] = [];
  for (const pack of extra) {
    if (pack.extends && !BUILT_IN_PACKS.some((p) => p.name === pack.extends)) {
      problems.push(`规则包 ${pack.source}：extends：没有名为“${pack.extends}”的内置规则包（可用：${BUILT_IN_PACKS.map((p) => p.name).join('、')}）`);
    }
    pack.disable.forEach((id, i) => {
      if (!known.has(id)) problems.push(`规则包 ${pack.source}：disable[${i}]：没有编号为“${id}”的规则`);
    });
    for (const id of Object.keys(pack.severity)) {
      if (!known.has(id)) problems.push(`规则包 ${pack.source}：severity.${id}：没有编号为“${id}”的规则`);
    }
  }
  return problems;
}
