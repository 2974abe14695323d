import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { SheetGrid, WorkbookGrid } from '../../src/domain/grid/types';
import { analyzeWorkbook } from '../../src/domain/analysis';
import { checkWorkbook } from '../../src/taskpane/lib/analysis';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument } from '../../src/domain/rules';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../src/xlsx';
import { SimWorkbook, createExcelNamespace } from '../../src/excel-sim';
import { createOfficeWorkbook } from '../../src/excel/office-workbook';
import { seed003, seedWorkbook } from '../fixtures/seeds/build';
import type { Seed } from '../fixtures/seeds/types';
import { runCli } from '../cli/run-cli';
import { cloneSeed, editSeed } from '../rules/helpers';

/** Seed 003 as it was "last year": titles say 2023, one figure differs. */
function lastYear(): Seed {
  const s = editSeed(seed003, [{ table: 'T03', row: '合计', role: 'project', text: '400.00' }]);
  for (const t of s.tables) {
    t.title = t.title.replace('2024', '2023');
    t.headerRows = t.headerRows.map((row) => row.map((h) => h.replace('2024', '2023')));
  }
  return s;
}

function prefixed(seed: Seed, prefix: string): SheetGrid[] {
  return seedWorkbook(seed, 'sheets').sheets.map((s) => ({ ...s, name: `${prefix}${s.name}` }));
}

function findingsOf(workbook: WorkbookGrid, year?: number) {
  const doc = recognizeWorkbook(workbook, year !== undefined ? { year } : {});
  return { doc, findings: checkDocument(doc).findings };
}

describe('several year sets in one workbook', () => {
  // Last year's tables first: on today's main they win (the first copy is kept).
  const workbook: WorkbookGrid = { sheets: [...prefixed(lastYear(), '2023'), ...prefixed(seed003, '2024')] };

  it('checks the newest year and names the tables left out in an info', () => {
    const { doc, findings } = findingsOf(workbook);
    expect(doc.year).toBe(2024);
    expect(doc.tables).toHaveLength(13);
    expect(doc.tables.every((t) => t.sheet.startsWith('2024'))).toBe(true);
    expect(doc.yearSets).toEqual({ checked: 2024, years: [2024, 2023] });
    const recognize = findings.filter((f) => f.rule === 'RECOGNIZE');
    expect(recognize.filter((f) => f.message.includes('重复'))).toEqual([]);
    const info = recognize.filter((f) => f.message.includes('几套表'));
    expect(info).toHaveLength(1);
    expect(info[0].severity).toBe('info');
    expect(info[0].message).toContain('本次检查 2024 年的表');
    expect(info[0].message).toContain('表13（工作表“2023表13”）');
    expect(info[0].cells).toHaveLength(13);
    expect(info[0].cells[0]).toMatch(/^2023表1!A\d+:F\d+$/);
    expect(findings.filter((f) => f.severity === 'error' && f.rule !== 'RECOGNIZE').map((f) => f.rule)).not.toContain('X.T01-T03');
  });

  it('the analysis behind the pane and the CLI takes the year as an option', () => {
    expect(analyzeWorkbook(workbook).doc.yearSets?.checked).toBe(2024);
    const asked = analyzeWorkbook(workbook, { year: 2023 });
    expect(asked.doc.tables.every((t) => t.sheet.startsWith('2023'))).toBe(true);
  });

  it('the year asked for is checked instead', () => {
    const { doc, findings } = findingsOf(workbook, 2023);
    expect(doc.year).toBe(2023);
    expect(doc.tables.every((t) => t.sheet.startsWith('2023'))).toBe(true);
    expect(doc.yearSets).toEqual({ checked: 2023, years: [2024, 2023] });
    expect(findings.some((f) => f.rule === 'RECOGNIZE' && f.message.includes('按指定的年度') && f.cells[0].startsWith('2024表1!'))).toBe(true);
  });

  it('a year only in the sheet names ("2023表3") counts too', () => {
    const old = lastYear();
    for (const t of old.tables) t.title = t.title.replace('2023年', '');
    const { doc } = findingsOf({ sheets: [...prefixed(old, '2023'), ...prefixed(seed003, '2024')] });
    expect(doc.tables.every((t) => t.sheet.startsWith('2024'))).toBe(true);
    expect(doc.yearSets?.checked).toBe(2024);
  });

  it('this year missing a table: last year\'s copy of it is not used either', () => {
    const thisYear = cloneSeed(seed003);
    thisYear.tables = thisYear.tables.filter((t) => t.id !== 'T13');
    const { doc } = findingsOf({ sheets: [...prefixed(lastYear(), '2023'), ...prefixed(thisYear, '2024')] });
    expect(doc.missing).toEqual(['T13']);
    expect(doc.tables.every((t) => t.sheet.startsWith('2024'))).toBe(true);
  });

  it('one table with a slip in its title year is not "last year\'s set": it is kept', () => {
    const slip = cloneSeed(seed003);
    slip.tables[0].title = '2023年预算收支总表';
    const { doc } = findingsOf(seedWorkbook(slip, 'sheets'));
    expect(doc.tables).toHaveLength(13);
    expect(doc.yearSets).toBeUndefined();
  });

  it('a workbook of one year: that year may be asked for; a year only a stray title shows may not', () => {
    const slip = cloneSeed(seed003);
    slip.tables[0].title = '2023年预算收支总表';
    const asked = recognizeWorkbook(seedWorkbook(slip, 'sheets'), { year: 2024 });
    expect(asked.yearSets).toEqual({ checked: 2024, years: [2024] });
    expect(asked.tables).toHaveLength(13);
    const stray = recognizeWorkbook(seedWorkbook(slip, 'sheets'), { year: 2023 });
    expect(stray.yearSets?.years).toEqual([2024]);
    expect(stray.problems.some((p) => p.message.includes('没有 2023 年的表（有 2024 年的表）'))).toBe(true);
  });

  it('stacked in one sheet, titles carry the year', () => {
    const stacked = (seed: Seed): SheetGrid => seedWorkbook(seed, 'stacked').sheets[0];
    const a = stacked(lastYear());
    const b = stacked(seed003);
    const { doc } = findingsOf({ sheets: [{ ...a, name: '去年' }, { ...b, name: '今年' }] });
    expect(doc.tables.every((t) => t.sheet === '今年')).toBe(true);
  });
});

describe('hidden sheets', () => {
  /** A stale 表3 on a hidden sheet placed before the visible one. */
  function withHiddenCopy(): WorkbookGrid {
    const visible = seedWorkbook(seed003, 'sheets').sheets;
    const stale = seedWorkbook(editSeed(seed003, [{ table: 'T03', row: '合计', role: 'total', text: '999.00' }]), 'sheets').sheets.find((s) => s.name === '表3')!;
    return { sheets: [{ ...stale, name: '表3（旧）', hidden: true }, ...visible] };
  }

  it('a hidden stale copy never wins over the visible table; an info says it was not used', () => {
    const { doc, findings } = findingsOf(withHiddenCopy());
    expect(doc.tables.find((t) => t.id === 'T03')!.sheet).toBe('表3');
    const info = findings.filter((f) => f.rule === 'RECOGNIZE' && f.message.includes('隐藏的工作表'));
    expect(info.map((f) => [f.severity, f.cells[0].split('!')[0]])).toEqual([['info', '表3（旧）']]);
    expect(findings.filter((f) => f.message.includes('重复'))).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error' && f.cells.some((c) => c.startsWith('表3（旧）')))).toEqual([]);
  });

  it('a table found only on a hidden sheet is checked, with a note saying so', () => {
    const sheets = seedWorkbook(seed003, 'sheets').sheets.map((s) => (s.name === '表13' ? { ...s, hidden: true } : s));
    const { doc, findings } = findingsOf({ sheets });
    expect(doc.tables.find((t) => t.id === 'T13')!.sheet).toBe('表13');
    expect(findings.some((f) => f.severity === 'info' && f.message.includes('隐藏的工作表“表13”'))).toBe(true);
  });

  it('.xlsx: hidden and very hidden sheets are read as hidden', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('显示').getCell('A1').value = 1;
    wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 2;
    wb.addWorksheet('深度隐藏', { state: 'veryHidden' }).getCell('A1').value = 3;
    const grid = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([['显示', false], ['隐藏', true], ['深度隐藏', true]]);
  });

  it('Excel (Office.js): worksheet visibility is read in the same three syncs', async () => {
    const sim = new SimWorkbook(withHiddenCopy());
    const engine = sim._engine;
    engine.setVisibility(engine.sheetByName('表3（旧）')!, 'Hidden');
    const port = createOfficeWorkbook(createExcelNamespace(sim));
    sim.resetStats();
    const grid = await port.readWorkbook();
    expect(sim.stats.syncs).toBe(3);
    expect(grid.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(['表3（旧）']);
    expect(recognizeWorkbook(grid).tables.find((t) => t.id === 'T03')!.sheet).toBe('表3');
  });
});

describe('check --year (CLI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'year-sets-'));
  const file = path.join(dir, 'two-years.xlsx');
  beforeAll(async () => {
    writeFileSync(file, await writeWorkbookBuffer({ sheets: [...prefixed(lastYear(), '2023'), ...prefixed(seed003, '2024')] }));
  });

  it('checks the newest year by default, the year asked for with --year, and refuses a year the workbook does not hold', () => {
    const newest = JSON.parse(runCli(['check', file, '--format', 'json']).stdout);
    expect(newest.tables.every((t: { sheet: string }) => t.sheet.startsWith('2024'))).toBe(true);
    const asked = JSON.parse(runCli(['check', file, '--year', '2023', '--format', 'json']).stdout);
    expect(asked.tables.every((t: { sheet: string }) => t.sheet.startsWith('2023'))).toBe(true);
    const absent = runCli(['check', file, '--year', '2022']);
    expect(absent.status).toBe(2);
    expect(absent.stderr).toContain('没有 2022 年的表（有 2024、2023 年的表）');
    expect(runCli(['check', file, '--year', '24']).status).toBe(2);
  });
});


describe('the pane chooses the year', () => {
  const workbook: WorkbookGrid = { sheets: [...prefixed(lastYear(), '2023'), ...prefixed(seed003, '2024')] };
  it('offers both years, checks the newest by default and the chosen one on request', () => {
    expect(checkWorkbook(workbook).years).toEqual({ all: [2024, 2023], checked: 2024 });
    const older = checkWorkbook(workbook, undefined, 2023);
    expect(older.years).toEqual({ all: [2024, 2023], checked: 2023 });
    expect(checkWorkbook(seedWorkbook(seed003, 'sheets')).years).toBeUndefined();
  });
});
