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

// Speed is measured in bench/ (check-bench.js: read + recognize baseline); here only that a
// large workbook is read completely.
describe('large workbooks', () => {
  it.each(['sheets', 'stacked'] as const)('13 tables × 2,000 rows (%s) are read completely', (layout) => {
    const doc = recognizeWorkbook(seedWorkbook(bigSeed(), layout, { amountsAs: 'text' }));
    expect(doc.tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
    expect(doc.tables.find((t) => t.id === 'T03')!.rows).toHaveLength(ROWS_PER_TABLE);
    expect(doc.problems).toEqual([]);
  });
});
