import { outcomesOf } from '../named-checks';
import type { Outcome, Rule, SeverityLevel, SeverityPolicy } from '../types';
import { validate } from './json-schema';
import { PACK_SCHEMA } from './pack-schema';
import type { PackProblem, PackScope, RulePack, SeveritySpec } from './types';

/** The pack as written, once it fits PACK_SCHEMA. */
interface PackJson {
  name: string;
  title?: string;
  description?: string;
  appliesTo?: PackScope;
  extends?: string;
  outcomes?: Partial<Record<Outcome, SeverityLevel>>;
  rules?: (Omit<Rule, 'severity' | 'family'> & { family?: Rule['family']; severity: SeveritySpec })[];
  disable?: string[];
  severity?: Record<string, SeveritySpec>;
}

export type ParsedPack = { pack: RulePack; problems: [] } | { pack?: undefined; problems: string[] };

const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** "第 3 行第 5 列" of a JSON.parse position, for the message. */
function whereInText(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `（第 ${line} 行第 ${before.length - before.lastIndexOf('\n')} 列附近）`;
}

/** A rule's severity per outcome: one word covers every outcome without a pack default. */
function expandSeverity(spec: SeveritySpec, outcomes: readonly Outcome[], defaults: Partial<Record<Outcome, SeverityLevel>>, path: string, problems: PackProblem[]): SeverityPolicy {
  const out: SeverityPolicy = {};
  if (typeof spec === 'string') {
    for (const o of outcomes) out[o] = defaults[o] ?? spec;
    return out;
  }
  for (const o of Object.keys(spec) as Outcome[]) {
    if (!outcomes.includes(o)) problems.push({ path: `${path}.${o}`, message: `这条规则不会得出“${o}”（可有：${outcomes.join('、')}）` });
  }
  for (const o of outcomes) {
    const level = spec[o] ?? defaults[o];
    if (level === undefined) problems.push({ path, message: `缺少结论“${o}”的严重程度` });
    else out[o] = level;
  }
  return out;
}

function toRules(json: PackJson, defaults: Partial<Record<Outcome, SeverityLevel>>, problems: PackProblem[]): Rule[] {
  const seen = new Set<string>();
  const rules: Rule[] = [];
  (json.rules ?? []).forEach((written, i) => {
    const path = `rules[${i}]`;
    if (!RULE_ID.test(written.id)) problems.push({ path: `${path}.id`, message: `规则编号“${written.id}”只能由字母、数字和 . - _ 组成` });
    if (seen.has(written.id)) problems.push({ path: `${path}.id`, message: `规则编号“${written.id}”在本规则包中重复` });
    seen.add(written.id);
    if (!written.relations?.length && !written.check) {
      problems.push({ path, message: '规则要有 relations（勾稽关系）或 check（内置检查）' });
      return;
    }
    const outcomes = outcomesOf(written);
    if (!outcomes) {
      problems.push({ path: `${path}.id`, message: `“${written.id}”不是内置的情况说明检查` });
      return;
    }
    const { severity, family, ...rest } = written;
    rules.push({
      ...rest,
      family: family ?? (written.check ? 'codes' : written.tables.length > 1 ? 'crossTable' : 'balance'),
      severity: expandSeverity(severity, outcomes, { ...defaults, ...json.outcomes }, `${path}.severity`, problems),
      pack: json.name,
    });
  });
  return rules;
}

/**
 * Reads a rule pack (JSON text or a parsed value) and checks it against the schema: the
 * problems are in Chinese and name the pack and the JSON path. `defaults`: severities of the
 * outcomes a one-word severity does not cover (the base pack's `outcomes`).
 */
export function parsePack(input: string | unknown, source: string, defaults: Partial<Record<Outcome, SeverityLevel>> = {}): ParsedPack {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { problems: [`规则包 ${source}：不是有效的 JSON${whereInText(input, error)}。请检查括号、引号和逗号。`] };
    }
  }
  const problems: PackProblem[] = [];
  validate(value, PACK_SCHEMA, '', problems);
  if (problems.length === 0) {
    // Fits PACK_SCHEMA, which mirrors PackJson field by field.
    const json = value as PackJson;
    const rules = toRules(json, defaults, problems);
    if (problems.length === 0) {
      return {
        pack: {
          name: json.name,
          ...(json.title !== undefined ? { title: json.title } : {}),
          ...(json.description !== undefined ? { description: json.description } : {}),
          appliesTo: json.appliesTo ?? {},
          ...(json.extends !== undefined ? { extends: json.extends } : {}),
          rules,
          disable: json.disable ?? [],
          severity: json.severity ?? {},
          source,
        },
        problems: [],
      };
    }
  }
  return { problems: problems.map((p) => `规则包 ${source}：${p.path || '（整个文件）'}：${p.message}`) };
}
