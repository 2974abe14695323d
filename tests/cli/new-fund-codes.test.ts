import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runMain } from './main-in-process';

const dir = mkdtempSync(path.join(tmpdir(), 'new-fund-'));

/** The 科目编码 cells (column A) of a sheet of the written file, as ExcelJS reads them. */
async function codesIn(file: string, sheet: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out: string[] = [];
  ws.getColumn(1).eachCell((cell) => {
    if (typeof cell.value === 'string' && /^\d{3,7}$/.test(cell.value)) out.push(cell.value);
  });
  return out;
}

describe('budget-tables new --fund-codes', () => {
  test('a code under a given 款 is written to 表8, not 表5', async () => {
    const out = path.join(dir, 'fund.xlsx');
    const r = await runMain(['new', '--year', '2024', '--department', '测试局', '--out', out, '--codes', '2010301,2080505', '--fund-codes', '21208,20805']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(await codesIn(out, '表8')).toEqual(['208', '20805', '2080505']);
    expect(await codesIn(out, '表5')).toEqual(['201', '20103', '2010301']);
  });

  test('without --fund-codes the default list applies: 2080505 in 表5, 2082201 (20822) in 表8', async () => {
    const out = path.join(dir, 'default.xlsx');
    const r = await runMain(['new', '--year', '2024', '--department', '测试局', '--out', out, '--codes', '2080505,2082201']);
    expect(r.status).toBe(0);
    expect(await codesIn(out, '表5')).toEqual(['208', '20805', '2080505']);
    expect(await codesIn(out, '表8')).toEqual(['208', '20822', '2082201']);
  });

  test('a --fund-codes entry that is not a 3/5/7-digit code is refused with exit 2', async () => {
    const out = path.join(dir, 'bad.xlsx');
    const r = await runMain(['new', '--year', '2024', '--department', '测试局', '--out', out, '--fund-codes', '21208,基金']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--fund-codes 应为政府性基金的款级.*“基金”不是/);
  });

  test('the help names the option and the default list', async () => {
    const r = await runMain(['new', '--help']);
    expect(r.stdout).toMatch(/--fund-codes 款,\.\.\..*表8/);
    expect(r.stdout).toContain('默认 21208,22960,20822,234');
  });
});
