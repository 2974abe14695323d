import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { writeWorkbookBuffer } from '../../src/xlsx';
import { seedWorkbook } from '../fixtures/seeds/build';
import { editSeed, fixedSeed000 } from '../rules/helpers';
import { runCli } from './run-cli';

/** `--rules pack.json` and `budget-tables rules`, through the compiled CLI on real .xlsx files. */
const dir = mkdtempSync(path.join(tmpdir(), 'rule-packs-'));
const wrong = path.join(dir, '错一个数.xlsx');
const packFile = (name: string, json: unknown): string => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  return file;
};

interface Finding {
  rule: string;
  severity: string;
  message: string;
  cells: string[];
}

function check(...args: string[]): { status: number; report: { findings: Finding[]; packs: string[]; summary: { errors: number } } } {
  const r = runCli(['check', wrong, '--format', 'json', ...args]);
  return { status: r.status, report: JSON.parse(r.stdout) };
}

beforeAll(async () => {
  const seed = editSeed(fixedSeed000(), [
    { table: 'T06', row: '基本工资', role: 'total', text: '291.39' },
    { table: 'T06', row: '基本工资', role: 'personnel', text: '291.39' },
  ]);
  writeFileSync(wrong, await writeWorkbookBuffer(seedWorkbook(seed, 'sheets')));
});

describe('budget-tables rules', () => {
  it('--format json lists every rule with id, severity, tables, description and pack', () => {
    const r = runCli(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    const rules = JSON.parse(r.stdout) as { id: string; severity: string; tables: string[]; description: string; pack: string }[];
    expect(rules.length).toBeGreaterThanOrEqual(50);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[A-Z]/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(Array.isArray(rule.tables)).toBe(true);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
      expect(['base', 'shanxi-2023']).toContain(rule.pack);
    }
    expect(rules.find((x) => x.id === 'X.T05-T06')).toMatchObject({ severity: 'error', tables: ['T05', 'T06'], pack: 'base' });
  });

  it('with a pack: its changes are in the list; the text form names packs and severities', () => {
    const pack = packFile('list.json', { name: '本局', disable: ['K.order'], severity: { 'X.T05-T06': 'warning' } });
    const rules = JSON.parse(runCli(['rules', '--format', 'json', '--rules', pack]).stdout) as { id: string; severity: string; pack: string }[];
    expect(rules.some((x) => x.id === 'K.order')).toBe(false);
    expect(rules.find((x) => x.id === 'X.T05-T06')).toMatchObject({ severity: 'warning', pack: 'base，严重程度：本局' });
    const text = runCli(['rules']).stdout;
    expect(text).toMatch(/^X\.T05-T06  \[错误\]  表5 与表6 基本支出/m);
  });
});

describe('budget-tables check --rules', () => {
  it('without a pack: errors on the wrong figure, and the built-in packs are named', () => {
    const { status, report } = check();
    expect(status).toBe(1);
    expect(report.packs).toEqual(['base', 'shanxi-2023']);
    expect(report.findings.filter((f) => f.rule === 'T06.hierarchy' && f.severity === 'error').length).toBeGreaterThan(0);
  });

  it('disable removes that rule\'s findings', () => {
    const { report } = check('--rules', packFile('off.json', { name: '本局', disable: ['T06.hierarchy', 'X.T05-T06', 'T06.classification'] }));
    expect(report.findings.filter((f) => ['T06.hierarchy', 'X.T05-T06'].includes(f.rule))).toEqual([]);
    expect(report.packs).toEqual(['base', 'shanxi-2023', '本局']);
  });

  it('severity changes them; of two packs the later wins', () => {
    const warn = packFile('warn.json', { name: '甲', severity: { 'T06.hierarchy': 'warning' } });
    const back = packFile('back.json', { name: '乙', severity: { 'T06.hierarchy': 'error' } });
    const demoted = check('--rules', warn).report.findings.filter((f) => f.rule === 'T06.hierarchy');
    expect(demoted.some((f) => f.severity === 'warning')).toBe(true);
    expect(demoted.some((f) => f.severity === 'error')).toBe(false);
    expect(check('--rules', warn, '--rules', back).report.findings.some((f) => f.rule === 'T06.hierarchy' && f.severity === 'error')).toBe(true);
  });

  it('a relation added by a pack produces its findings', () => {
    const added = packFile('add.json', {
      name: '本局',
      rules: [
        {
          id: 'L.T10-limit',
          tables: ['T10', 'T06'],
          title: '本局：公用经费不超过三公经费（测试用）',
          description: '测试用：表6 公用经费合计不超过表10 合计。',
          severity: 'error',
          relations: [{ kind: 'partOf', part: { table: 'T06', rows: { kind: 'total' }, role: 'publicUse' }, whole: { table: 'T10', rows: { kind: 'total' }, role: 'total' } }],
        },
      ],
    });
    const found = check('--rules', added).report.findings.filter((f) => f.rule === 'L.T10-limit');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found[0].message.startsWith('本局：公用经费不超过三公经费（测试用）')).toBe(true);
  });

  it('a malformed pack: exit 2, nothing checked, the file and the JSON path named', () => {
    const bad = packFile('bad.json', { name: '本局', rules: [{ id: 'L.x', tables: ['T05'], title: '甲', description: '乙乙乙', severity: 'error', relations: [{ kind: 'sum', total: { table: 'T05', rows: { kind: 'totl' }, role: 'total' }, parts: [] }] }] });
    const r = runCli(['check', wrong, '--rules', bad]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/规则包 bad\.json：rules\[0\]\.relations\[0\]\.total\.rows\.kind：/);
    const typo = runCli(['check', wrong, '--rules', packFile('typo.json', '{ "name": "x", }')]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/规则包 typo\.json：不是有效的 JSON（第 1 行/);
    const unknown = runCli(['check', wrong, '--rules', packFile('unknown.json', { name: 'x', disable: ['T06.hierachy'] })]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/规则包 unknown\.json：disable\[0\]：没有编号为“T06\.hierachy”的规则/);
  });
});
