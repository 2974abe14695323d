/**
 * Acceptance (issue 9 §3): a workbook made by `budget-tables new`, filled by a script (ExcelJS
 * writes only <f>, no results) and never opened in a spreadsheet, is checked with the values
 * its formulas compute — not with blanks — and the report says so.
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Finding } from '../../src/domain/findings/types';
import type { TableId, TableModel } from '../../src/domain/model/types';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { computeUncalculatedFormulas, readWorkbookBuffer } from '../../src/xlsx';
import { runCli } from './run-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'uncalc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Where to type: the row whose `labelCol` reads `label`, or a fixed row of the table (1-based from its title). */
interface Fill {
  at: { labelCol: string; label: string } | { row: number };
  col: string;
  value: number | string;
}

const by = (labelCol: string, label: string, col: string, value: number): Fill => ({ at: { labelCol, label }, col, value });

/**
 * One consistent department (万元, 一般公共预算 only, no carry-over): 2010301 80 basic + 20 project,
 * 2080505 15.55 basic, 2101101 7.77 basic; 表6 splits the 103.32 basic; 表12 holds the 20 project.
 */
const T01_OR_T04 = [by('A', '一、一般公共预算', 'B', 123.32), by('C', '一、一般公共服务支出', 'E', 100), by('C', '八、社会保障和就业支出', 'E', 15.55), by('C', '十、卫生健康支出', 'E', 7.77)];
const T03_OR_T05 = [by('A', '2010301', 'D', 80), by('A', '2010301', 'E', 20), by('A', '2080505', 'D', 15.55), by('A', '2101101', 'D', 7.77)];
const FILLS: Record<number, Fill[]> = {
  1: T01_OR_T04,
  2: [by('A', '2010301', 'D', 100), by('A', '2080505', 'D', 15.55), by('A', '2101101', 'D', 7.77)],
  3: T03_OR_T05,
  4: T01_OR_T04,
  5: T03_OR_T05,
  6: [by('A', '基本工资', 'D', 60), by('A', '机关事业单位基本养老保险缴费', 'D', 15.55), by('A', '职工基本医疗保险缴费', 'D', 7.77), by('A', '办公费', 'E', 20)],
  11: [by('A', '测试局', 'C', 20)],
  12: [{ at: { row: 9 }, col: 'A', value: '信息化运维项目' }, { at: { row: 9 }, col: 'C', value: 20 }],
};

interface Block {
  ws: ExcelJS.Worksheet;
  n: number;
  top: number;
  bottom: number;
}

function blocksOf(wb: ExcelJS.Workbook): Block[] {
  const found: Omit<Block, 'bottom'>[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row, r) => {
      const m = /^预算公开表(\d+)$/.exec(String(row.getCell(1).value ?? ''));
      if (m) found.push({ ws, n: Number(m[1]), top: r });
    }),
  );
  return found.map((b) => {
    const next = found.find((x) => x.ws === b.ws && x.top > b.top);
    return { ...b, bottom: next ? next.top - 1 : b.ws.rowCount };
  });
}

function rowOf(b: Block, col: string, label: string): number {
  for (let r = b.top; r <= b.bottom; r++) if (String(b.ws.getCell(`${col}${r}`).value ?? '') === label) return r;
  throw new Error(`表${b.n}: no row “${label}” in column ${col}`);
}

/** Types the amounts the way a script does: values only, formulas left without results. */
async function fill(input: string, output: string, edit?: (blocks: Block[]) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const blocks = blocksOf(wb);
  expect(blocks.map((b) => b.n).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  for (const b of blocks) {
    for (const f of FILLS[b.n] ?? []) {
      const row = 'row' in f.at ? b.top + f.at.row - 1 : rowOf(b, f.at.labelCol, f.at.label);
      b.ws.getCell(`${f.col}${row}`).value = f.value;
    }
  }
  edit?.(blocks);
  await wb.xlsx.writeFile(output);
}

function newWorkbook(layout: 'sheets' | 'stacked'): string {
  const file = path.join(dir, `new-${layout}.xlsx`);
  const r = runCli(['new', '--year', '2024', '--department', '测试局', '--codes', '2010301,2080505,2101101', '--layout', layout, '--out', file]);
  expect(r.status).toBe(0);
  return file;
}

const d = (s: string) => new Decimal(s);

/** Every 合计/类/款 of the coded tables, and 表1's totals, as the exact sums of the typed leaves. */
const EXPECTED: { table: TableId; code?: string; kind?: string; role: string; value: Decimal }[] = [
  ...(['T02'] as TableId[]).flatMap((table) => [
    { table, kind: 'total', role: 'total', value: d('123.32') },
    { table, kind: 'total', role: 'general', value: d('100').plus('15.55').plus('7.77') },
    { table, code: '201', role: 'total', value: d('100') },
    { table, code: '20103', role: 'general', value: d('100') },
    { table, code: '208', role: 'general', value: d('15.55') },
    { table, code: '20805', role: 'total', value: d('15.55') },
    { table, code: '210', role: 'total', value: d('7.77') },
    { table, code: '21011', role: 'general', value: d('7.77') },
  ]),
  ...(['T03', 'T05'] as TableId[]).flatMap((table) => [
    { table, kind: 'total', role: 'total', value: d('123.32') },
    { table, kind: 'total', role: 'basic', value: d('80').plus('15.55').plus('7.77') },
    { table, kind: 'total', role: 'project', value: d('20') },
    { table, code: '201', role: 'total', value: d('100') },
    { table, code: '20103', role: 'basic', value: d('80') },
    { table, code: '2010301', role: 'total', value: d('100') },
    { table, code: '208', role: 'total', value: d('15.55') },
    { table, code: '21011', role: 'total', value: d('7.77') },
  ]),
  { table: 'T01', kind: 'incomeSubtotal', role: 'amount', value: d('123.32') },
  { table: 'T01', kind: 'expenditureSubtotal', role: 'total', value: d('123.32') },
  { table: 'T06', kind: 'total', role: 'total', value: d('103.32') },
  { table: 'T06', kind: 'total', role: 'publicUse', value: d('20') },
];

function valueAt(tables: TableModel[], e: (typeof EXPECTED)[number]): string | undefined {
  const t = tables.find((x) => x.id === e.table);
  const row = t?.rows.find((r) => (e.code ? r.code === e.code : r.kind === e.kind));
  const amount = row?.amounts[e.role as keyof typeof row.amounts];
  return amount?.value?.toFixed(2);
}

describe.each(['sheets', 'stacked'] as const)('a never-calculated workbook from `new`, %s layout', (layout) => {
  let template: string;
  beforeAll(() => {
    template = newWorkbook(layout);
  });

  it('filled consistently by ExcelJS: 0 errors, subtotals computed, one FORMULAS note', async () => {
    const file = path.join(dir, `filled-${layout}.xlsx`);
    await fill(template, file);

    const r = runCli(['check', file, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const errors = report.findings.filter((f: Finding) => f.severity === 'error');
    expect(errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(r.status).toBe(0);
    expect(report.tables).toHaveLength(13);
    const notes = report.findings.filter((f: Finding) => f.rule === 'FORMULAS');
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe('info');
    expect(notes[0].message).toMatch(/从未计算过.*已按公式算出 \d+ 个公式单元格的值/);

    const text = runCli(['check', file]);
    expect(text.stdout).toMatch(/\[FORMULAS\] 文件中的公式从未计算过/);

    const computed = computeUncalculatedFormulas(await readWorkbookBuffer(readFileSync(file)));
    expect(computed.uncomputed).toEqual([]);
    expect(notes[0].message).toContain(`算出 ${computed.computed} 个`);
    const doc = recognizeWorkbook(computed.grid);
    const wrong = EXPECTED.map((e) => ({ ...e, value: e.value.toFixed(2), actual: valueAt(doc.tables, e) })).filter((e) => e.actual !== e.value);
    expect(wrong).toEqual([]);
  });

  it('a typed 合计 that disagrees with the computed 类 rows is still an error, with both numbers', async () => {
    const file = path.join(dir, `typed-total-${layout}.xlsx`);
    await fill(template, file, (blocks) => {
      const t2 = blocks.find((b) => b.n === 2) as Block;
      const total = rowOf(t2, 'A', '合计');
      t2.ws.getCell(`D${total}`).value = 123.42;
    });
    const r = runCli(['check', file, '--format', 'json']);
    expect(r.status).toBe(1);
    const errors = JSON.parse(r.stdout).findings.filter((f: Finding) => f.severity === 'error' && f.rule === 'T02.hierarchy');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ actual: '123.42', expected: '123.32', difference: '0.10' });
  });
});
