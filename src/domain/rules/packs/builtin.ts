import base from './builtin/base.json';
import shanghai9 from './builtin/shanghai-9.json';
import shanxi2023 from './builtin/shanxi-2023.json';
import shanxi2024 from './builtin/shanxi-2024.json';
import { parsePack } from './parse';
import type { RulePack } from './types';
import type { Outcome, SeverityLevel } from '../types';

export const BUILT_IN_SOURCE = '内置';

function load(json: unknown, defaults: Partial<Record<Outcome, SeverityLevel>>): RulePack {
  const parsed = parsePack(json, BUILT_IN_SOURCE, defaults);
  if (!parsed.pack) throw new Error(`内置规则包有误：${parsed.problems.join('；')}`);
  return parsed.pack;
}

const basePack = load(base, {});

/** Severities of the outcomes a one-word severity leaves alone (尾差 is a 提示 …), for every pack. */
export const OUTCOME_DEFAULTS: Partial<Record<Outcome, SeverityLevel>> = base.outcomes as Partial<Record<Outcome, SeverityLevel>>;

/** The packs that ship with the product, in the order they apply (src/domain/rules/packs/builtin/*.json). */
export const BUILT_IN_PACKS: readonly RulePack[] = [basePack, ...[shanxi2023, shanxi2024, shanghai9].map((json) => load(json, OUTCOME_DEFAULTS))];
