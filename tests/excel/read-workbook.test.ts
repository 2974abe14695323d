import { recognizeWorkbook } from '../../src/domain/recognize';
import { parseAreaList } from '../../src/excel/read-workbook';
import { bigWorkbook } from './big-workbook';
import { FIVE_MB, maxBytes, setup, sheetOf, userSheet } from './helpers';

describe('reading the workbook as grids', () => {
  test('values, formulas and number formats from A1, wherever the used range starts; "" is null', async () => {
    const offset = {
      name: '偏移',
      values: [[], [], [null, null, '科目编码', '金额'], [null, null, '2010301', 12.5], [null, null, '合计', null]],
      formulas: [[], [], [], [], [null, null, null, '=SUM(D4:D4)']],
      numberFormats: [[], [], [], [null, null, '@', '#,##0.00'], [null, null, null, '0.0']],
    };
    const { sim, port } = setup({ sheets: [userSheet(), offset, { name: '空白', values: [] }] });
    sim.resetStats();
    const grid = await port.readWorkbook();
    expect(sim.stats.syncs).toBe(3);

    expect(grid.sheets.map((s) => s.name)).toEqual(['Sheet1', '偏移', '空白']);
    const read = sheetOf(grid, '偏移');
    expect(read.values).toEqual([[], [], [null, null, '科目编码', '金额'], [null, null, '2010301', 12.5], [null, null, '合计', 12.5]]);
    expect(read.formulas).toEqual([[], [], [null, null, null, null], [null, null, null, null], [null, null, null, '=SUM(D4:D4)']]);
    expect(read.numberFormats?.[3]).toEqual([null, null, '@', '#,##0.00']);
    expect(read.numberFormats?.[4]?.[3]).toBe('0.0');
    expect(sheetOf(grid, '空白')).toEqual({ name: '空白', values: [] });

    const user = sheetOf(grid, 'Sheet1');
    const original = userSheet();
    expect(user.values[0]).toEqual(original.values[0]);
    expect(user.values[2]).toEqual(['001', '办公用品', 1200.5, '已付']);
    expect(user.values[3]).toEqual(['002', '差旅', 3400, null]);
    expect(user.values[4]).toEqual([null, '合计', 4600.5, null]);
    expect(user.formulas?.[4]?.[2]).toBe('=SUM(C3:C4)');
  });

  test('13 tables × 2,000 rows: three syncs, no request or response over 5 MB, every cell read', async () => {
    const source = bigWorkbook(2000);
    const { sim, port } = setup(source);
    sim.resetStats();
    const grid = await port.readWorkbook();
    const bytes = maxBytes(sim);
    const cells = source.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
    console.log(
      `read 13 tables × ≥2,000 rows (${source.sheets.map((s) => s.values.length).join('/')} rows, ${cells} cells): ` +
        `${sim.stats.syncs} syncs, ${sim.stats.requests.length} requests, largest request ${bytes.request} B, largest response ${bytes.response} B ` +
        `(responses ${sim.stats.requests.map((r) => r.responseBytes).join(' + ')})`,
    );
    expect(source.sheets.every((s) => s.values.length >= 2000)).toBe(true);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(sim.stats.requests.length).toBeLessThanOrEqual(3);
    expect(bytes.request).toBeLessThan(FIVE_MB);
    expect(bytes.response).toBeLessThan(FIVE_MB);
    expect(sim.stats.requests.every((r) => r.error === undefined)).toBe(true);

    const expected = sim.toGrid();
    for (const want of expected.sheets) {
      const got = sheetOf(grid, want.name);
      expect(got.values).toEqual(want.values);
      expect(got.formulas).toEqual(want.formulas);
      expect(got.numberFormats).toEqual(want.numberFormats);
    }
    const doc = recognizeWorkbook(grid);
    expect(doc.tables.map((t) => t.id)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12', 'T13']);
  });

  test('a response Excel refuses as too large is read again in halves; formats are dropped only then', async () => {
    const source = bigWorkbook(300);
    // A limit so small that the speculative number formats and a whole sheet at once do not fit.
    const { sim, port } = setup(source, { payloadLimitBytes: 60_000 });
    const grid = await port.readWorkbook();
    const refused = sim.stats.requests.filter((r) => r.error === 'ResponsePayloadSizeLimitExceeded').length;
    expect(refused).toBeGreaterThan(0);
    expect(Math.max(...sim.stats.requests.filter((r) => !r.error).map((r) => r.responseBytes))).toBeLessThanOrEqual(60_000);
    const expected = sim.toGrid();
    for (const want of expected.sheets) {
      const got = sheetOf(grid, want.name);
      expect(got.values).toEqual(want.values);
      expect(got.formulas).toEqual(want.formulas);
      expect(got.numberFormats).toBeUndefined();
    }
  });

  test('merged-area addresses, sheet names quoted or not', () => {
    expect(parseAreaList("Sheet1!A1:D1, Sheet1!$B$3:$C$4, 'a, b''s'!E5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 1, bottom: 3, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });
});
