import Decimal from 'decimal.js';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { BudgetRow, TABLE_IDS, TableModel } from '../../src/domain/model/types';
import { parseAmount } from '../../src/domain/money';
import { isAmountColumn, SeedColumn, seeds, seedTable, seedWorkbookWithIndex, SeedPlacement, SeedTable } from '../fixtures/seeds/build';

type Side = 'income' | 'expenditure' | undefined;

function decimalOf(text: string): Decimal | null {
  const p = parseAmount(text);
  if (p.kind === 'empty') return null;
  if (p.kind !== 'number') throw new Error(`seed text ${text} is not a number`);
  return p.value;
}

/** The truth columns of one side of a seed table. */
function sideColumns(table: SeedTable, side: Side): [number, SeedColumn][] {
  return table.columns.flatMap((c, i): [number, SeedColumn][] => (c && c.side === side ? [[i, c]] : []));
}

function sidesOf(table: SeedTable): Side[] {
  return [...new Set(table.columns.filter((c): c is SeedColumn => c !== null).map((c) => c.side))];
}

/** Every mismatch between one printed seed row and what the recognizer read for it. */
function compareRow(table: SeedTable, model: TableModel, printed: string[], sheetRow: number): string[] {
  const errors: string[] = [];
  for (const side of sidesOf(table)) {
    const cols = sideColumns(table, side);
    const found = model.rows.filter((r) => r.row === sheetRow && r.side === side);
    const allBlank = cols.every(([i]) => printed[i] === '');
    if (found.length > 1) {
      errors.push(`row ${sheetRow} side ${side}: ${found.length} rows`);
      continue;
    }
    const row: BudgetRow | undefined = found[0];
    if (!row) {
      if (!allBlank) errors.push(`row ${sheetRow} side ${side}: not recognized (${printed.join('|')})`);
      continue;
    }
    const codeCell = cols.find(([, c]) => c.role === 'code');
    const codeText = codeCell ? printed[codeCell[0]] : '';
    for (const [i, c] of cols) {
      const cell = printed[i];
      const at = `row ${sheetRow} col ${i} (${c.role}${side ? ` ${side}` : ''})`;
      if (c.role === 'code') {
        const expected = /^\d+$/.test(cell) ? cell : undefined;
        if (row.code !== expected) errors.push(`${at}: code ${row.code} != ${expected}`);
      } else if (c.role === 'name' || c.role === 'projectName') {
        const ok = cell !== '' ? row.name === cell : row.name === '' || (!/^\d+$/.test(codeText) && row.name === codeText);
        if (!ok) errors.push(`${at}: name "${row.name}" != "${cell}"`);
      } else if (c.role === 'govEconName') {
        if ((row.govEconName ?? '') !== cell) errors.push(`${at}: govEconName "${row.govEconName}" != "${cell}"`);
      } else if (isAmountColumn(c)) {
        const amount = row.amounts[c.role as keyof BudgetRow['amounts']];
        const expected = decimalOf(cell);
        if (!amount) {
          errors.push(`${at}: no amount`);
          continue;
        }
        if (amount.cell.col !== i || amount.cell.row !== sheetRow) errors.push(`${at}: amount read from ${amount.cell.row},${amount.cell.col}`);
        if (expected === null ? amount.value !== null : amount.value === null || !amount.value.eq(expected)) {
          errors.push(`${at}: amount ${amount.value?.toString() ?? 'blank'} != ${expected?.toString() ?? 'blank'}`);
        }
        if (amount.problem) errors.push(`${at}: problem ${amount.problem}`);
      }
    }
  }
  return errors;
}

const cases = seeds.flatMap((seed) =>
  (['sheets', 'stacked'] as const).flatMap((layout) =>
    (['text', 'number'] as const).map((amountsAs) => ({ seed, layout, amountsAs })),
  ),
);

describe.each(cases)('seed $seed.key, layout $layout, amounts as $amountsAs', ({ seed, layout, amountsAs }) => {
  const { workbook, placements } = seedWorkbookWithIndex(seed, layout, { amountsAs });
  const doc = recognizeWorkbook(workbook);
  const placementOf = (id: string): SeedPlacement => placements.find((p) => p.id === id)!;

  it('finds all 13 tables, nothing missing, no problems', () => {
    expect(doc.tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
    expect(doc.missing).toEqual([]);
    expect(doc.problems).toEqual([]);
    expect(doc.year).toBe(seed.year);
    expect(doc.department).toBe(seed.department);
  });

  it.each(seed.tables.map((t) => [t.id, t] as const))('%s: every body row, code, name and amount', (id, table) => {
    const model = doc.tables.find((t) => t.id === id)!;
    const placement = placementOf(id);
    expect(model.sheet).toBe(placement.sheet);
    expect(model.title).toBe(table.title);
    expect(model.year).toBe(seed.year);
    expect(model.department).toBe(seed.department);
    expect(model.unit).toBe('万元');
    expect(model.noDataNote).toBe(table.notes.some((n) => n.includes('本表无数据')));
    // the range starts at the title row
    expect(model.range.split(':')[0]).toBe(`A${placement.titleRow + 1}`);

    const errors: string[] = [];
    table.rows.forEach((printed, i) => errors.push(...compareRow(table, model, printed, placement.firstBodyRow + i)));
    const bodyEnd = placement.firstBodyRow + placement.bodyRowCount;
    for (const r of model.rows) {
      if (r.row < placement.firstBodyRow || r.row >= bodyEnd) errors.push(`extra row ${r.row} ${r.name}`);
    }
    expect(errors).toEqual([]);

    // columns: exactly the truth roles, by column
    const truth = table.columns.flatMap((c, i) => (c ? [{ col: i, role: c.role, side: c.side }] : []));
    const got = model.columns.map((c) => ({ col: c.col, role: c.role === 'projectName' ? 'projectName' : c.role, side: c.side }));
    expect(got).toEqual(truth);
  });

  if (seed.key === '003') {
    it('says in a note that 表2 prints its header shifted and reads 0.43 as 上年结转', () => {
      const t02 = doc.tables.find((t) => t.id === 'T02')!;
      const note = t02.notes.find((n) => n.includes('表头错位'));
      expect(note).toBeDefined();
      expect(note).toContain('上年结转');
      expect(note).toContain('单位资金');
      expect(note).toContain('0.43');
      expect(t02.columns.find((c) => c.col === 8)?.role).toBe('carryOver');
      expect(t02.columns.some((c) => c.role === 'unitFunds')).toBe(false);
      const total = t02.rows.find((r) => r.kind === 'total')!;
      expect(total.amounts.carryOver?.value?.toString()).toBe('0.43');
      expect(total.amounts.unitFunds).toBeUndefined();
    });
  } else {
    it('has no header note in 表2 (its header is right)', () => {
      const t02 = doc.tables.find((t) => t.id === 'T02')!;
      expect(t02.notes.filter((n) => n.includes('表头错位'))).toEqual([]);
    });
  }
});

test('seed tables used by the acceptance test exist', () => {
  expect(seedTable(seeds[1], 'T02').columns[8]?.role).toBe('carryOver');
});
