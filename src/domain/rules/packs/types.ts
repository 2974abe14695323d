import type { Outcome, Rule, SeverityLevel } from '../types';

/** Document shapes a pack can be limited to (packs/format.ts says how a document's shape is told). */
export const DOCUMENT_FORMATS = ['shanxi-13', 'shanghai-9'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** When a pack applies. Every given condition must hold; an empty object applies always. */
export interface PackScope {
  formats?: readonly DocumentFormat[];
  /** A list of budget years, or a range. A document whose year is unknown matches any. */
  years?: readonly number[] | { from?: number; to?: number };
  /** 省份 as written in the department name or titles ("山西"). */
  province?: string;
}

/**
 * A severity written in a pack: one word for the rule's problem outcomes (those that are
 * errors or warnings; 尾差 and other 提示 keep theirs), or one per outcome.
 */
export type SeveritySpec = SeverityLevel | Partial<Record<Outcome, SeverityLevel>>;

/** A validated rule pack: the built-in ones and those a bureau writes (docs/rule-packs.md). */
export interface RulePack {
  name: string;
  title?: string;
  description?: string;
  appliesTo: PackScope;
  /** A built-in pack whose rules this one takes as its own (its own scope still decides). */
  extends?: string;
  /** Rules added (or replaced: same id), each with a complete severity per outcome. */
  rules: Rule[];
  disable: string[];
  severity: Record<string, SeveritySpec>;
  /** Where it came from: "内置" or the file or sheet it was read from. */
  source: string;
}

/** One thing wrong with a pack, where: "rules[2].relations[0].kind". */
export interface PackProblem {
  path: string;
  message: string;
}
