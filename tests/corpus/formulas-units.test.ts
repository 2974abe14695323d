/**
 * Variations of the real documents (issue 9 §3, §6): subtotals written as formulas by a script
 * that never calculated the workbook, and a figure written with the other unit. Both documents
 * have no table-level inconsistency: still every table and no error.
 */
import { spawnSync } from 'child_process';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../cli/run-cli';

const ROOT = path.resolve(__dirname, '..', '..');
const REAL = path.resolve(ROOT, '..', 'shared', 'real');
const BUILDER = path.resolve(ROOT, '..', 'shared', 'tools', 'real-to-xlsx.mjs');
const TABLE_IDS = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T08', 'T09', 'T10', 'T11'];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bda-formulas-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Report {
  tables: { id: string }[];
  findings: { rule: string; severity: string; message: string; cells: string[] }[];
}

function build(name: string): string {
  const doc = JSON.parse(readFileSync(path.join(REAL, `${name}.json`), 'utf8'));
  const json = path.join(tmp, `${name}.json`);
  writeFileSync(json, JSON.stringify({ ...doc, narrative: [] }));
  const xlsx = path.join(tmp, `${name}.xlsx`);
  const built = spawnSync(process.execPath, [BUILDER, json, xlsx, '--layout', 'sheets'], { cwd: ROOT, encoding: 'utf8' });
  expect(built.stderr).toBe('');
  return xlsx;
}

function check(file: string): Report {
  return JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as Report;
}

const text = (ws: ExcelJS.Worksheet, r: number, c: number): string => String(ws.getCell(r, c).value ?? '').trim();
const amount = (ws: ExcelJS.Worksheet, r: number, c: number): Decimal | null => {
  const v = ws.getCell(r, c).value;
  return typeof v === 'number' ? new Decimal(String(v)) : null;
};

/**
 * In every sheet coded 类 | 款 | 项 (split code columns A–C, amounts from column E), each 款 becomes
 * =SUM of its 项 rows and each 类 the sum of its 款 rows — where the printed figures add up, as
 * they do in these documents. Returns how many cells became formulas.
 */
function subtotalsAsFormulas(wb: ExcelJS.Workbook): number {
  let count = 0;
  wb.eachSheet((ws) => {
    const headerRow = [...Array(8).keys()].map((i) => i + 1).find((r) => text(ws, r, 1) === '类' && text(ws, r, 2) === '款');
    if (!headerRow) return;
    const rows: { r: number; level: 'class' | 'section' | 'item' }[] = [];
    for (let r = headerRow + 1; r <= ws.rowCount; r++) {
      if (!/^\d{3}$/.test(text(ws, r, 1))) continue;
      rows.push({ r, level: text(ws, r, 3) ? 'item' : text(ws, r, 2) ? 'section' : 'class' });
    }
    for (let c = 5; c <= ws.columnCount; c++) {
      rows.forEach((row, i) => {
        if (row.level === 'item') return;
        const child = row.level === 'class' ? 'section' : 'item';
        const kids: number[] = [];
        for (let j = i + 1; j < rows.length && rows[j].level !== row.level && !(row.level === 'section' && rows[j].level === 'class'); j++) {
          if (rows[j].level === child) kids.push(rows[j].r);
        }
        const total = amount(ws, row.r, c);
        if (kids.length === 0 || total === null) return;
        const sum = kids.reduce((s, k) => s.plus(amount(ws, k, c) ?? 0), new Decimal(0));
        if (!sum.eq(total)) return;
        const col = ws.getColumn(c).letter;
        ws.getCell(row.r, c).value = { formula: kids.map((k) => `${col}${k}`).join('+') } as ExcelJS.CellFormulaValue;
        count += 1;
      });
    }
  });
  return count;
}

describe.each(['sh-putuo-sfj-2026', 'sh-putuo-swh-2025'])('%s', (name) => {
  let base: string;
  beforeAll(() => {
    base = build(name);
  });

  it('类 and 款 rows as formulas a script wrote and never calculated: computed, every table, no error', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    const formulas = subtotalsAsFormulas(wb);
    expect(formulas).toBeGreaterThan(20);
    const file = path.join(tmp, `${name}-formulas.xlsx`);
    await wb.xlsx.writeFile(file);

    const report = check(file);
    expect(report.tables.map((t) => t.id)).toEqual(TABLE_IDS);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    const notes = report.findings.filter((f) => f.rule === 'FORMULAS');
    expect(notes.map((f) => f.severity)).toEqual(['info']);
    expect(notes[0].message).toContain(`算出 ${formulas} 个公式单元格`);
  });

  it('one figure written in 万元 inside a 元 table: converted, said once naming the cell, no error', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    const ws = wb.getWorksheet('表3') as ExcelJS.Worksheet;
    let at: { r: number; c: number; value: Decimal } | undefined;
    for (let r = 1; r <= ws.rowCount && !at; r++) {
      const v = amount(ws, r, 5);
      if (text(ws, r, 3) && v && !v.isZero()) at = { r, c: 5, value: v };
    }
    expect(at).toBeDefined();
    const { r, c, value } = at as { r: number; c: number; value: Decimal };
    const written = `${value.div(10000).toString()}万元`;
    ws.getCell(r, c).value = written;
    const file = path.join(tmp, `${name}-unit.xlsx`);
    await wb.xlsx.writeFile(file);

    const report = check(file);
    expect(report.tables.map((t) => t.id)).toEqual(TABLE_IDS);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    const cell = `表3!${ws.getColumn(c).letter}${r}`;
    const said = report.findings.filter((f) => f.message.includes(written));
    expect(said.map((f) => f.severity)).toEqual(['info']);
    expect(said[0].message).toContain(`${cell} 写的是“${written}”`);
  });
});
