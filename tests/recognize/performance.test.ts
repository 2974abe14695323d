import { recognizeWorkbook } from '../../src/domain/recognize';
import { TABLE_IDS } from '../../src/domain/model/types';
import { Seed, seeds, seedWorkbook } from '../fixtures/seeds/build';

const ROWS_PER_TABLE = 2000;

/** Seed 000 with every table's body repeated up to 2,000 rows. */
function bigSeed(): Seed {
  const base = seeds[0];
  return {
    ...base,
    tables: base.tables.map((t) => {
      const source = t.rows.length ? t.rows : [t.columns.map(() => '')];
      const rows: string[][] = [];
      for (let i = 0; rows.length < ROWS_PER_TABLE; i++) rows.push(source[i % source.length]);
      // 表13 has no body rows in seed 000: use 表12's project rows shape
      return { ...t, rows: t.id === 'T13' ? rows.map(() => ['项目', '1.00', '1.00', '', '']) : rows };
    }),
  };
}

describe('performance', () => {
  it.each(['sheets', 'stacked'] as const)('13 tables × 2,000 rows (%s) recognize in well under a second', (layout) => {
    const workbook = seedWorkbook(bigSeed(), layout, { amountsAs: 'text' });
    recognizeWorkbook(workbook); // warm-up (JIT), not measured
    // Best of three fresh runs: the machine may be busy with other test files.
    let ms = Number.POSITIVE_INFINITY;
    let doc = recognizeWorkbook(workbook);
    for (let i = 0; i < 3; i++) {
      const fresh = seedWorkbook(bigSeed(), layout, { amountsAs: 'text' });
      const start = performance.now();
      doc = recognizeWorkbook(fresh);
      ms = Math.min(ms, performance.now() - start);
    }
    expect(doc.tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
    expect(doc.tables.find((t) => t.id === 'T03')!.rows).toHaveLength(ROWS_PER_TABLE);
    console.log(`recognized 13 × ${ROWS_PER_TABLE} rows (${layout}) in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1000);
  });
});
