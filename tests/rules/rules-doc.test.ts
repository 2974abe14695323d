import { readFileSync } from 'fs';
import * as path from 'path';
import { BUILT_IN_PACKS, RULES, renderRulesMarkdown, severityText } from '../../src/domain/rules';

const DOC = path.join(__dirname, '..', '..', 'docs', 'rules.md');

describe('the rules as data', () => {
  it('have unique ids of the documented scheme, a family, tables, a Chinese title and description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(T\d\d\.[a-z]+|X\.T\d\d-T\d\d(-[a-z]+)?|K\.[A-Za-z0-9-]+|E\.[a-z]+|C\.[a-z]+|D\.[a-z]+|P\.[a-z0-9-]+|U\.[a-z-]+|N\.[a-z-]+)$/);
      // The 绩效目标表 rules that read only the forms list no table; the whole-document rules run even when no table was read.
      if (!['performance', 'document', 'narrative'].includes(r.family)) expect(r.tables.length).toBeGreaterThan(0);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.description.length).toBeGreaterThan(15);
      // a rule is a relation or a parameterised check, and says why when it is code
      expect(Boolean(r.relations?.length) !== Boolean(r.check)).toBe(true);
      if (r.check) expect(r.custom).toBeTruthy();
    }
  });

  it('cover every family the issue lists', () => {
    expect(new Set(RULES.map((r) => r.family))).toEqual(new Set(['hierarchy', 'rowTotal', 'balance', 'crossTable', 'codes', 'emptyTable', 'cells', 'document', 'performance', 'narrative']));
  });

  it('state part-of relations as part-of, never as equalities', () => {
    for (const id of ['X.T06-T10', 'X.T11-T06']) {
      const rule = RULES.find((r) => r.id === id)!;
      const kinds = rule.relations!.map((rel) => (rel.kind === 'pairs' ? rel.compare : rel.kind));
      expect(kinds).toEqual(['partOf']);
      expect(rule.severity).toEqual({ mismatch: 'warning', rounding: 'info', smaller: 'info', unitSuspect: 'warning' });
    }
  });
});

describe('docs/rules.md', () => {
  const text = readFileSync(DOC, 'utf8');

  it('is what the rule data generates (run: npx tsc -p tsconfig.cli.json && node scripts/gen-rules-doc.js)', () => {
    expect(text).toBe(renderRulesMarkdown(RULES, BUILT_IN_PACKS));
  });

  it('lists every rule with its tables, description and severity policy', () => {
    for (const r of RULES) {
      const line = text.split('\n').find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(line).toBeDefined();
      expect(line).toContain(r.title);
      expect(line).toContain(severityText(r));
    }
    expect(text).toMatch(/## 表间 \/ Between tables/);
    expect(text).toMatch(/\(n \+ 1\)/);
  });
});
