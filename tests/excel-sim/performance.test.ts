import { makeSim } from './simHelpers';

/**
 * A table the size of a big 部门预算: code (text), name, five amounts, a row total.
 * Every 50th row is a 类 subtotal: SUM of its 49 款 rows in C–F, and in G the
 * SUMIFS of column C over the codes "2xx??" (which equals C of the subtotal row).
 */
function table(rows: number): { numberFormats: string[][]; formulas: (string | number)[][] } {
  const out: (string | number)[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const excelRow = r + 1;
    // Written as strings into "@" cells, so they stay text.
    const code = r % 50 === 0 ? `${201 + Math.floor(r / 50)}` : `${201 + Math.floor(r / 50)}${String(r % 50).padStart(2, '0')}`;
    const amounts = r % 50 === 0
      ? [
          ...['C', 'D', 'E', 'F'].map((col) => `=SUM(${col}${excelRow + 1}:${col}${excelRow + 49})`),
          `=SUMIFS(C$1:C$${rows},$A$1:$A$${rows},"${201 + Math.floor(r / 50)}??")`,
        ]
      : [r * 1.25, r % 7, 1000.5, r / 4, 3];
    out.push([code, `科目${r}`, ...amounts, `=SUM(C${excelRow}:G${excelRow})`]);
  }
  return { numberFormats: out.map(() => ['@', '@', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00']), formulas: out };
}

test('13 tables × 2,000 rows × 8 columns are written and read back within a few seconds', async () => {
  const { sim, Excel } = makeSim();
  const rows = 2000;
  const data = table(rows);
  const started = Date.now();
  await Excel.run(async (context) => {
    for (let t = 1; t <= 13; t += 1) {
      const sheet = context.workbook.worksheets.add(`T${String(t).padStart(2, '0')}`);
      const range = sheet.getRange(`A1:H${rows}`);
      range.numberFormat = data.numberFormats;
      range.formulas = data.formulas;
    }
    await context.sync();
  });
  const written = Date.now();
  const totals: number[] = [];
  await Excel.run(async (context) => {
    for (let t = 1; t <= 13; t += 1) {
      const used = context.workbook.worksheets.getItem(`T${String(t).padStart(2, '0')}`).getUsedRange().load('values, address');
      await context.sync();
      // T01 reads like a cell reference, so Excel quotes it.
      expect(used.address).toBe(`'T${String(t).padStart(2, '0')}'!A1:H${rows}`);
      totals.push(used.values[0][7] as number);
      expect(used.values[1][0]).toBe('20101');
    }
  });
  const read = Date.now();
  // Row 1 is the 类 201 subtotal of its 49 款 rows: C–F summed, plus C again through SUMIFS.
  let expected = 0;
  for (let r = 1; r < 50; r += 1) expected += r * 1.25 + (r % 7) + 1000.5 + r / 4 + r * 1.25;
  expect(totals.every((x) => Math.abs(x - expected) < 1e-6)).toBe(true);
  // One write request under the 5 MB limit, one read per table.
  expect(sim.stats.requests.filter((r) => r.error === undefined)).toHaveLength(14);
  expect(Math.max(...sim.stats.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThan(5 * 1024 * 1024);
  // eslint-disable-next-line no-console
  console.log(`ExcelSim 13×${rows}×8: write ${written - started} ms, read ${read - written} ms (timing is informative; speed targets live in bench/)`);
});
