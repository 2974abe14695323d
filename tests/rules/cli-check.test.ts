import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { writeWorkbookBuffer } from '../../src/xlsx';
import { seed000, seed003, seedWorkbook } from '../fixtures/seeds/build';
import { seed003NineTable } from '../fixtures/seeds/nine-table';
import { runCli } from '../cli/run-cli';
import { editSeed, fixedSeed000 } from './helpers';

/** Runs the compiled CLI (dist/, built by `npx tsc -p tsconfig.cli.json`) on real .xlsx files. */
const dir = mkdtempSync(path.join(tmpdir(), 'rules-cli-'));
const files = { s000: path.join(dir, '000.xlsx'), s003: path.join(dir, '003.xlsx'), nine: path.join(dir, 'nine.xlsx'), wrong: path.join(dir, 'wrong.xlsx'), fixed: path.join(dir, 'fixed.xlsx') };

beforeAll(async () => {
  writeFileSync(files.s000, await writeWorkbookBuffer(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' })));
  writeFileSync(files.s003, await writeWorkbookBuffer(seedWorkbook(seed003, 'stacked')));
  writeFileSync(files.nine, await writeWorkbookBuffer(seed003NineTable()));
  writeFileSync(files.fixed, await writeWorkbookBuffer(seedWorkbook(fixedSeed000(), 'sheets')));
  const wrong = editSeed(fixedSeed000(), [
    { table: 'T06', row: '基本工资', role: 'total', text: '291.39' },
    { table: 'T06', row: '基本工资', role: 'personnel', text: '291.39' },
  ]);
  writeFileSync(files.wrong, await writeWorkbookBuffer(seedWorkbook(wrong, 'sheets')));
});

describe('budget-tables check with the rules', () => {
  it('seed 000 read from .xlsx: the exact JSON keys, no error (exit 0), the 尾差 with cells and tolerance', () => {
    const r = runCli(['check', files.s000, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).sort()).toEqual(['file', 'findings', 'missing', 'packs', 'status', 'summary', 'tables']);
    expect(report.packs).toEqual(['base', 'shanxi-2023']);
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 14 });
    const f = report.findings.find((x: { rule: string; actual?: string }) => x.rule === 'T06.hierarchy' && x.actual === '1457.06');
    expect(f).toMatchObject({ severity: 'info', expected: '1457.07', difference: '-0.01', tolerance: '0.075' });
    expect(f.cells[0]).toBe('表6!C7');
    for (const finding of report.findings) {
      expect(Object.keys(finding).every((k) => ['rule', 'severity', 'message', 'cells', 'expected', 'actual', 'difference', 'tolerance'].includes(k))).toBe(true);
    }
  });

  it('a wrong figure: exit 1 and an error naming that cell and the class total', () => {
    const r = runCli(['check', files.wrong, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f: { rule: string; cells: string[] }) => f.rule === 'T06.hierarchy' && f.cells.includes('表6!C8') && f.cells.includes('表6!C7'))).toBe(true);
    expect(errors[0].message).toMatch(/无法判断哪一边有误/);
  });

  it('the consistent workbook: exit 0, nothing found', () => {
    const r = runCli(['check', files.fixed, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(runCli(['check', files.fixed]).stdout).toMatch(/没有发现问题/);
  });

  it('several files: an array in argument order, exit 1 when any has an error', () => {
    const r = runCli(['check', files.s003, files.wrong, '--format', 'json']);
    expect(r.status).toBe(1);
    const reports = JSON.parse(r.stdout);
    expect(reports.map((x: { file: string }) => x.file)).toEqual([files.s003, files.wrong]);
    expect(reports[0].summary.errors).toBe(0);
  });

  it('the text report: grouped by severity then table, with the numbers, cells and 未检查', () => {
    const text = runCli(['check', files.nine]).stdout;
    expect(text).toMatch(/【提示】16 个/);
    expect(text).toMatch(/\n  表3（支出总表）\n/);
    expect(text).toMatch(/应为 12228000\.00，实为 12227900\.00，差 -100\.00，允许 ±150/);
    expect(text).toMatch(/单元格：表3!E23、表3!F23、表3!G23/);
    expect(text).toMatch(/未检查（缺少表格或数据，不算通过）：\n(  · .*\n)*  · T09\.balance：/);
    // No 表7, 表12 or 表13: the 13-table rules are not this shape's, not 未检查.
    expect(text).not.toMatch(/T07\.hierarchy/);
    expect(text).toMatch(/\n规则包：base、shanghai-9\n/);
    // The nine-table shape mixes 元 and 万元 tables on purpose: a reviewer is told (D.consistency).
    expect(text).toMatch(/\[D\.consistency\] 各表年度、部门名称、单位不一致：表2、表3、表5、表10、表11的金额单位是“元”/);
    expect(text).toMatch(/汇总：错误 0，警告 1，提示 16/);
    const order = ['【警告】', '【提示】'].map((h) => runCli(['check', files.s000]).stdout.indexOf(h));
    expect(order[0]).toBeGreaterThan(0);
    expect(order[0]).toBeLessThan(order[1]);
  });

  it('what could not be checked stays out of the JSON (the contract has no key for it); the packs used are named', () => {
    const report = JSON.parse(runCli(['check', files.nine, '--format', 'json']).stdout);
    expect(Object.keys(report).sort()).toEqual(['file', 'findings', 'missing', 'packs', 'status', 'summary', 'tables']);
    expect(report.packs).toEqual(['base', 'shanghai-9']);
    expect(report.missing).toEqual(['T07', 'T12', 'T13']);
    expect(report.summary.errors).toBe(0);
  });
});
