import { bigWorkbook } from './big-workbook';
import { FIVE_MB, maxBytes, setup, sheetOf } from './helpers';

function expectWritten(written: ReturnType<typeof bigWorkbook>, source: ReturnType<typeof bigWorkbook>): void {
  for (const sheet of source.sheets) {
    const got = sheetOf(written, sheet.name);
    const cellsOf = <T>(rows: (T | null)[][] | undefined): (T | null)[] => sheet.values.flatMap((row, r) => row.map((_, c) => rows?.[r]?.[c] ?? null));
    expect(cellsOf(got.formulas)).toEqual(cellsOf(sheet.formulas));
    const typed = sheet.values.flatMap((row, r) => row.map((v, c) => (sheet.formulas?.[r]?.[c] ? null : v)));
    const back = sheet.values.flatMap((row, r) => row.map((_, c) => (sheet.formulas?.[r]?.[c] ? null : (got.values[r]?.[c] ?? null))));
    expect(back).toEqual(typed);
  }
}

test('13 sheets × 2,000 rows are written in one request under 5 MB', async () => {
  const source = bigWorkbook(2000);
  const { sim, port } = setup();
  sim.resetStats();
  await port.write({ newSheets: source.sheets, blocks: [], activate: '表1' });
  console.log(`write 13 sheets × ≥2,000 rows: ${sim.stats.syncs} syncs, requests ${sim.stats.requests.map((r) => r.requestBytes).join(' + ')} B`);
  expect(sim.stats.syncs).toBe(3);
  expect(maxBytes(sim).request).toBeLessThan(FIVE_MB);
  expectWritten(sim.toGrid(), source);
});

test('a write larger than one request is sent in several, each under 5 MB, and arrives whole', async () => {
  const source = bigWorkbook(3300);
  const { sim, port } = setup();
  sim.resetStats();
  await port.write({ newSheets: source.sheets, blocks: [] });
  console.log(`write 13 sheets × ≥3,300 rows: ${sim.stats.syncs} syncs, requests ${sim.stats.requests.map((r) => r.requestBytes).join(' + ')} B`);
  expect(sim.stats.requests.every((r) => r.error === undefined)).toBe(true);
  expect(maxBytes(sim).request).toBeLessThan(FIVE_MB);
  expect(sim.stats.requests.length).toBeGreaterThan(3);
  expectWritten(sim.toGrid(), source);
});
