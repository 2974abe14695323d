import type { CellValue, WorkbookGrid } from '../../src/domain/grid/types';
import { refA1 } from '../../src/domain/grid/address';
import type { CellRef } from '../../src/domain/grid/types';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument, runRules } from '../../src/domain/rules';
import { seedWorkbook } from '../fixtures/seeds/build';
import { addToText, brief, fixedSeed000 } from './helpers';

const fixed = fixedSeed000();

/** A copy of the workbook with one cell changed (rows are copied only where touched). */
function withCell(workbook: WorkbookGrid, at: CellRef, value: CellValue): WorkbookGrid {
  return {
    sheets: workbook.sheets.map((s) => {
      if (s.name !== at.sheet) return s;
      const values = [...s.values];
      const row = [...(values[at.row] ?? [])];
      row[at.col] = value;
      values[at.row] = row;
      return { ...s, values };
    }),
  };
}

describe.each(['sheets', 'stacked'] as const)('mutation test on seed 000 with its rounding fixed (%s)', (layout) => {
  const workbook = seedWorkbook(fixed, layout);
  const doc = recognizeWorkbook(workbook);
  const amountCells: CellRef[] = doc.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.amounts).map((a) => a!.cell)));

  it('the consistent workbook gives no error and no warning (and no finding at all)', () => {
    const result = checkDocument(doc);
    expect(brief(result.findings)).toEqual([]);
    expect(result.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(result.notApplicable).toEqual([]);
  });

  it('reads every table and hundreds of amount cells, blank ones included', () => {
    expect(doc.tables).toHaveLength(13);
    expect(amountCells.length).toBeGreaterThan(700);
  });

  it('adding 0.10 to any single amount cell fires an error naming that cell — every cell, not a sample', () => {
    const missed: string[] = [];
    for (const cell of amountCells) {
      const old = workbook.sheets.find((s) => s.name === cell.sheet)!.values[cell.row]?.[cell.col] ?? null;
      const changed = withCell(workbook, cell, addToText(typeof old === 'string' ? old : '', '0.10'));
      const result = runRules(recognizeWorkbook(changed));
      const ref = refA1(cell);
      if (!result.findings.some((f) => f.severity === 'error' && f.cells.includes(ref))) missed.push(ref);
    }
    expect(missed).toEqual([]);
  });

  it('subtracting 0.10 is caught as well, for every non-blank cell', () => {
    const missed: string[] = [];
    for (const cell of amountCells) {
      const old = workbook.sheets.find((s) => s.name === cell.sheet)!.values[cell.row]?.[cell.col] ?? null;
      if (typeof old !== 'string') continue;
      const result = runRules(recognizeWorkbook(withCell(workbook, cell, addToText(old, '-0.10'))));
      const ref = refA1(cell);
      if (!result.findings.some((f) => f.severity === 'error' && f.cells.includes(ref))) missed.push(ref);
    }
    expect(missed).toEqual([]);
  });
});
