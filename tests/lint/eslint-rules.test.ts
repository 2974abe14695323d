// The project's ESLint rules can fail: each case lints a snippet as if it were a file at the given
// path (ESLint's Node API with the project's eslint.config.mjs) and asserts which rules fire.
// ESLint loads the flat config through import(), which jest's CommonJS runtime cannot: the cases run
// in a child node process.
import { spawnSync } from 'child_process';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Case {
  filePath: string;
  code: string;
}

interface Finding {
  line: number;
  ruleId: string | null;
  message: string;
}

const RUNNER = `
const { ESLint } = require('eslint');
(async () => {
  const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
    out.push(result.messages.map((m) => ({ line: m.line, ruleId: m.ruleId, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(2); });
`;

function lint(cases: Case[]): Finding[][] {
  const r = spawnSync(process.execPath, ['-e', RUNNER], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`eslint runner failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Finding[][];
}

const DOMAIN_FILE = path.join(ROOT, 'src/domain/report/lint-probe.ts');

const forbiddenInDomain = [
  "import fs from 'fs';",
  "import { join } from 'node:path';",
  "import { readFile } from 'fs/promises';",
  "import ExcelJS from 'exceljs';",
  "import { HyperFormula } from 'hyperformula';",
  "import '@microsoft/office-js';",
  "import { createRoot } from 'react-dom/client';",
  "import { Button } from '@fluentui/react-components';",
  "import { readWorkbook } from '../../excel/read-workbook';",
  "import { readXlsx } from '../../xlsx/read';",
  "import { main } from '../../cli/main';",
  "import { App } from '../../taskpane/App';",
  "import { SimWorkbook } from '../../excel-sim/simWorkbook';",
];

const allowedInDomain = ["import { Decimal } from 'decimal.js';", "import { Money } from '../money';", "import { x } from './excel-like-name';"];

// One child process for every case: loading typescript-eslint is the slow part.
const results = lint([
  ...forbiddenInDomain.map((code) => ({ filePath: DOMAIN_FILE, code: `${code}\nexport {};\n` })),
  { filePath: DOMAIN_FILE, code: `${allowedInDomain.join('\n')}\nexport const all = [Decimal, Money, x];\n` },
  { filePath: DOMAIN_FILE, code: 'export const title = (): string => document.title + String(Office);\n' },
  { filePath: path.join(ROOT, 'src/xlsx/lint-probe.ts'), code: "import fs from 'fs';\nimport ExcelJS from 'exceljs';\nexport const all = [fs, ExcelJS];\n" },
  {
    filePath: path.join(ROOT, 'src/excel/lint-probe.ts'),
    code: 'export async function f(context: Excel.RequestContext): Promise<unknown> {\n  const range = context.workbook.getSelectedRange();\n  return range.values;\n}\n',
  },
  {
    filePath: path.join(ROOT, 'src/taskpane/lint-probe.tsx'),
    code: "import { useState } from 'react';\nexport function Probe({ on }: { on: boolean }) {\n  if (on) {\n    const [n] = useState(0);\n    return n;\n  }\n  return 1;\n}\n",
  },
]);

describe('eslint: src/domain stays pure', () => {
  test.each(forbiddenInDomain.map((code, i) => [code, i] as const))('%s is an error in src/domain', (_code, i) => {
    // (unused-import findings on the same line are not the point here)
    const findings = results[i].filter((f) => f.ruleId !== '@typescript-eslint/no-unused-vars');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 1, ruleId: 'no-restricted-imports' });
    expect(findings[0].message).toMatch(/src\/domain 不能/);
  });

  test('decimal.js and modules inside the domain are allowed', () => {
    expect(results[forbiddenInDomain.length]).toEqual([]);
  });

  test('host globals (document, Office) are errors in src/domain', () => {
    const findings = results[forbiddenInDomain.length + 1];
    expect(findings.map((f) => f.ruleId)).toEqual(['no-restricted-globals', 'no-restricted-globals']);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/'document'[\s\S]*'Office'/);
  });

  test('outside the domain, the same imports are fine', () => {
    expect(results[forbiddenInDomain.length + 2]).toEqual([]);
  });
});

describe('eslint: Office add-in and React hooks rules', () => {
  test('reading a property that was never loaded is an error in src/excel', () => {
    const rules = results[forbiddenInDomain.length + 3].map((f) => f.ruleId).sort();
    expect(rules).toEqual(['office-addins/call-sync-before-read', 'office-addins/load-object-before-read']);
  });

  test('a hook called conditionally is an error in src/taskpane', () => {
    const findings = results[forbiddenInDomain.length + 4];
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 4, ruleId: 'react-hooks/rules-of-hooks' });
  });
});
