import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';

/**
 * Checks report outcomes; the packs say how serious they are. A severity written in check code
 * would escape `--rules` and the 规则 sheet (and docs/rules.md could say one thing while the code
 * did another), so none may be left in the named checks or the 情况说明 checks.
 */
const ROOT = path.join(__dirname, '..', '..', 'src', 'domain');
const CHECK_CODE = [
  ...['structural.ts', 'document-rules.ts', 'performance-rules.ts', 'unit-slip.ts', 'report-comparison.ts', 'evaluate.ts', 'evidence.ts', 'named-checks.ts', 'context.ts'].map((f) => path.join(ROOT, 'rules', f)),
  ...readdirSync(path.join(ROOT, 'narrative', 'check')).map((f) => path.join(ROOT, 'narrative', 'check', f)),
];
const LITERAL = /['"](error|warning|info)['"]/;

describe('no severity literal in check code', () => {
  it.each(CHECK_CODE.map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    const offending = readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line: line.replace(/\/\/.*$/, ''), n: i + 1 }))
      .filter(({ line }) => LITERAL.test(line))
      .map(({ line, n }) => `${n}: ${line.trim()}`);
    expect(offending).toEqual([]);
  });

  it('would see one', () => {
    expect(LITERAL.test("emit(ctx, 'warning', message, cells);")).toBe(true);
  });
});
