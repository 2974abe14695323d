import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { TABLE_IDS } from '../../src/domain/model/types';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../src/xlsx';
import { seeds, seedWorkbook } from '../fixtures/seeds/build';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));

describe('budget-tables new', () => {
  it('writes all 13 tables in sheets 表1…表13', async () => {
    const out = path.join(dir, 't.xlsx');
    const r = runCli(['new', '--year', '2024', '--department', '测试局', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const grid = await readWorkbookBuffer(readFileSync(out));
    expect(grid.sheets.map((s) => s.name)).toEqual(TABLE_IDS.map((_, i) => `表${i + 1}`));
    const checked = runCli(['check', out, '--format', 'json']);
    const report = JSON.parse(checked.stdout);
    expect(report.tables.map((t: { id: string }) => t.id)).toEqual([...TABLE_IDS]);
    expect(report.missing).toEqual([]);
  });

  it('writes all 13 tables stacked in one sheet', async () => {
    const out = path.join(dir, 'stacked.xlsx');
    expect(runCli(['new', '--year', '2023', '--department', '测试局', '--out', out, '--layout', 'stacked']).status).toBe(0);
    const grid = await readWorkbookBuffer(readFileSync(out));
    expect(grid.sheets).toHaveLength(1);
    const report = JSON.parse(runCli(['check', out, '--format', 'json']).stdout);
    expect(report.tables).toHaveLength(13);
    expect(new Set(report.tables.map((t: { sheet: string }) => t.sheet)).size).toBe(1);
  });

  it('refuses to overwrite an existing file and bad arguments, with exit 2 and a Chinese message', () => {
    const existing = path.join(dir, 'exists.xlsx');
    writeFileSync(existing, 'keep me');
    const r = runCli(['new', '--year', '2024', '--department', '测试局', '--out', existing]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/不会覆盖/);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect(runCli(['new', '--department', '测试局', '--out', path.join(dir, 'x.xlsx')]).stderr).toMatch(/--year/);
    expect(runCli(['new', '--year', '2024', '--out', path.join(dir, 'x.xlsx')]).status).toBe(2);
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
    expect(runCli(['frobnicate']).status).toBe(2);
  });
});

describe('budget-tables check', () => {
  let seedFile: string;
  beforeAll(async () => {
    seedFile = path.join(dir, '晋中市行政审批服务管理局.xlsx');
    writeFileSync(seedFile, await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')));
  });

  it('prints the JSON shape of DESIGN.md §4 for one file', () => {
    const r = runCli(['check', seedFile, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).sort()).toEqual(['file', 'findings', 'missing', 'packs', 'status', 'summary', 'tables']);
    expect(report.file).toBe(seedFile);
    expect(report.tables).toHaveLength(13);
    expect(report.tables[0]).toEqual({ id: 'T01', title: '2023年预算收支总表', sheet: '表1', range: expect.stringMatching(/^A\d+:[A-Z]+\d+$/) });
    expect(report.summary).toEqual({ errors: 0, warnings: expect.any(Number), infos: expect.any(Number) });
  });

  it('prints an array for several files and a Chinese text report by default', () => {
    const r = runCli(['check', seedFile, seedFile, '--format', 'json']);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    const text = runCli(['check', seedFile]);
    expect(text.stdout).toMatch(/识别到 13 张表/);
    expect(text.stdout).toMatch(/汇总：错误 0/);
  });

  it('exits 2 with a clear message for unreadable input', () => {
    const notXlsx = path.join(dir, 'broken.xlsx');
    writeFileSync(notXlsx, 'this is not a workbook');
    const r = runCli(['check', notXlsx]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/不是有效的 .xlsx/);
    expect(runCli(['check', path.join(dir, 'missing.xlsx')]).stderr).toMatch(/找不到/);
    expect(runCli(['check']).status).toBe(2);
    expect(runCli(['check', seedFile, '--format', 'xml']).status).toBe(2);
  });

  it('reports a workbook without any budget table loudly', async () => {
    const empty = path.join(dir, 'other.xlsx');
    writeFileSync(empty, await writeWorkbookBuffer({ sheets: [{ name: 'Sheet1', values: [['工资表'], ['张三', 100]] }] }));
    const r = runCli(['check', empty, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.tables).toEqual([]);
    expect(report.missing).toHaveLength(13);
    // Nothing could be checked: never exit 0 (DESIGN §4).
    expect(report.status).toBe('unchecked');
    // issue 9 §5: an error finding (D.unread), exit 1.
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/没有识别到预算公开表，没有检查任何内容/);
  });
});
