import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { writeWorkbookBuffer } from '../../src/xlsx';
import { seeds, seedWorkbook } from '../fixtures/seeds/build';
import { seed000NarrativeText } from '../fixtures/narratives';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'check-narrative-'));

describe('budget-tables check with a 情况说明 sheet', () => {
  it('flags the published 154.36 against 表11 and exits 1', async () => {
    const wb = seedWorkbook(seeds[0], 'sheets');
    const lines = seed000NarrativeText.split('\n');
    wb.sheets.push({ name: '情况说明', values: lines.map((l) => [l === '' ? null : l]) });
    const file = path.join(dir, 'with-text.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(wb));

    const r = runCli(['check', file, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'N.amount', expected: '154.37', actual: '154.36' });
    expect(errors[0].cells).toEqual(expect.arrayContaining([expect.stringMatching(/^表11!/), expect.stringMatching(/^情况说明!A\d+$/)]));
  });

  it('without a 情况说明 sheet the tables alone give no error', async () => {
    const file = path.join(dir, 'tables-only.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')));
    expect(runCli(['check', file]).status).toBe(0);
  });

  it('checks a 情况说明 given as a .txt file (--text) and names its lines', async () => {
    const file = path.join(dir, 'tables.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')));
    const textFile = path.join(dir, '情况说明.txt');
    writeFileSync(textFile, `\uFEFF${seed000NarrativeText.replace(/\n/g, '\r\n')}`);
    const r = runCli(['check', file, '--text', textFile, '--format', 'json']);
    expect(r.status).toBe(1);
    const errors = JSON.parse(r.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].cells).toEqual(expect.arrayContaining([expect.stringMatching(/^表11!/), expect.stringMatching(/^情况说明\.txt:第\d+行$/)]));
  });

  it('refuses --text with several workbooks or a missing text file (exit 2)', () => {
    const a = path.join(dir, 'tables.xlsx');
    expect(runCli(['check', a, a, '--text', path.join(dir, '情况说明.txt')]).status).toBe(2);
    const missing = runCli(['check', a, '--text', path.join(dir, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/找不到或无法打开情况说明文本/);
  });

  it('--catalog: imported names take precedence over the built-in list', async () => {
    const file = path.join(dir, 'tables-for-catalog.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')));
    const csv = path.join(dir, '科目表.csv');
    writeFileSync(csv, '科目编码,科目名称\n2010306,政务公开审批事务\n');
    const nameWarnings = (args: string[]) =>
      JSON.parse(runCli(['check', file, '--format', 'json', ...args]).stdout).findings.filter(
        (f: { rule: string; message: string }) => f.rule === 'K.catalog' && f.message.includes('政务公开审批事务'),
      );
    expect(nameWarnings([])).toEqual([]);
    const warned = nameWarnings(['--catalog', csv]);
    expect(warned.length).toBeGreaterThan(0);
    expect(warned[0].severity).toBe('warning');
    expect(runCli(['check', file, '--catalog', path.join(dir, 'nope.csv')]).status).toBe(2);
  });
});
