import type { Amount, BudgetRow, TableModel, Unit } from '../../src/domain/model/types';
import { Money, parseAmount, toWan } from '../../src/domain/money';
import { compare, placeUnitInWan } from '../../src/domain/rules';
import type { CellOf } from '../../src/domain/rules/model-view';
import { plain, shown } from '../../src/domain/rules/tolerance';

function table(unit: Unit, id: TableModel['id'] = 'T05'): TableModel {
  return { id, title: '', sheet: 'S', range: 'A1:A1', unit, columns: [], rows: [], noDataNote: false, notes: [] };
}

const ROW: BudgetRow = { kind: 'item', name: 'x', amounts: {}, row: 0 };
let nextRow = 0;

/** A cell as the recognizer reads it from printed text ('' = blank). */
function cell(text: string, t: TableModel): CellOf {
  const p = parseAmount(text);
  const value = p.kind === 'number' ? p.value : null;
  const amount: Amount = {
    value,
    wan: value === null ? null : toWan(value, t.unit),
    places: p.kind === 'number' ? p.places : 2,
    cell: { sheet: 'S', row: nextRow++, col: 0 },
  };
  const row = { ...ROW, amounts: { total: amount } };
  t.rows.push(row);
  return { amount, table: t, row, role: 'total' };
}

describe('rounding tolerance (DESIGN §5)', () => {
  it('the last place of a 万元 figure is at least 0.01 万元; a 元 figure keeps its places, in 万元', () => {
    const wan = table('万元');
    expect(placeUnitInWan(cell('12.30', wan)).toString()).toBe('0.01');
    expect(placeUnitInWan(cell('50', wan)).toString()).toBe('0.01');
    expect(placeUnitInWan(cell('1.235', wan)).toString()).toBe('0.001');
    const yuan = table('元');
    expect(placeUnitInWan(cell('99,750.25', yuan)).toString()).toBe('0.000001');
    expect(placeUnitInWan(cell('99,751', yuan)).toString()).toBe('0.0001');
  });

  it('a 元 table whose figures are all whole hundreds carries the rounding of 0.01 万元', () => {
    const yuan = table('元');
    const c = cell('12,227,900.00', yuan);
    cell('4,300.00', yuan);
    expect(placeUnitInWan(c).toString()).toBe('0.01');
  });

  it('a total and n non-blank parts agree within (n + 1) × half a unit; blank parts are exact zeros', () => {
    const t = table('万元');
    const parts = ['1.00', '2.00', '', '3.00'].map((x) => cell(x, t));
    const within = compare({ actual: [cell('6.02', t)], expected: parts, mode: 'equal', unit: '万元' });
    expect(within.outcome).toBe('rounding');
    expect(within.tolerance.toString()).toBe('0.02');
    expect(plain(within.difference)).toBe('0.02');
    const beyond = compare({ actual: [cell('6.03', t)], expected: parts, mode: 'equal', unit: '万元' });
    expect(beyond.outcome).toBe('mismatch');
    expect(compare({ actual: [cell('6.00', t)], expected: parts, mode: 'equal', unit: '万元' }).outcome).toBe('none');
  });

  it('an equality a = b uses n = 1; against a blank (exact 0) only half a unit', () => {
    const t = table('万元');
    expect(compare({ actual: [cell('5.01', t)], expected: [cell('5.00', t)], mode: 'equal', unit: '万元' }).outcome).toBe('rounding');
    expect(compare({ actual: [cell('5.02', t)], expected: [cell('5.00', t)], mode: 'equal', unit: '万元' }).outcome).toBe('mismatch');
    expect(compare({ actual: [cell('0.01', t)], expected: [cell('', t)], mode: 'equal', unit: '万元' }).outcome).toBe('mismatch');
    // a blank total is an exact 0 too: it is not counted among the rounded figures
    expect(compare({ actual: [cell('', t)], expected: [cell('0.01', t)], mode: 'equal', unit: '万元' }).outcome).toBe('mismatch');
  });

  it('元 against 万元 compares in 万元 with the coarser place: 99,750 元 = 9.975 万元, shown half-up as 9.98', () => {
    const yuan = table('元');
    const wan = table('万元', 'T06');
    const r = compare({ actual: [cell('9.97', wan)], expected: [cell('99,750.00', yuan)], mode: 'equal', unit: '万元' });
    expect(r.outcome).toBe('rounding');
    expect(r.expected.toString()).toBe('9.975');
    expect(shown(r.expected)).toBe('9.98');
    expect((9.975).toFixed(2)).toBe('9.97'); // what binary floats would have printed
    expect(r.tolerance.toString()).toBe('0.01');
    // shown in the total's unit when the total is the 元 one
    const back = compare({ actual: [cell('99,750.00', yuan)], expected: [cell('9.98', wan)], mode: 'equal', unit: '元' });
    expect(plain(back.difference)).toBe('-50.00');
    expect(back.tolerance.toString()).toBe('100');
  });

  it('part-of: equal is fine, smaller is its own outcome, larger beyond the bound is a mismatch', () => {
    const t = table('万元');
    const whole = cell('154.37', t);
    expect(compare({ actual: [cell('154.37', t)], expected: [whole], mode: 'partOf', unit: '万元' }).outcome).toBe('none');
    expect(compare({ actual: [cell('150.00', t)], expected: [whole], mode: 'partOf', unit: '万元' }).outcome).toBe('smaller');
    expect(compare({ actual: [cell('154.38', t)], expected: [whole], mode: 'partOf', unit: '万元' }).outcome).toBe('rounding');
    expect(compare({ actual: [cell('160.00', t)], expected: [whole], mode: 'partOf', unit: '万元' }).outcome).toBe('mismatch');
  });

  it('slack: the total may exceed the parts by up to the carry-over, not more and not less', () => {
    const t = table('万元');
    const run = (actual: string) =>
      compare({ actual: [cell(actual, t)], expected: [cell('1,059.34', t)], slack: [cell('0.43', t)], mode: 'equal', unit: '万元' }).outcome;
    expect(run('1,059.77')).toBe('none');
    expect(run('1,059.50')).toBe('none');
    expect(run('1,059.34')).toBe('none');
    expect(run('1,059.78')).toBe('rounding');
    expect(run('1,059.87')).toBe('mismatch');
    expect(run('1,059.24')).toBe('mismatch');
  });

  it('exact decimals: 0.1 + 0.2 = 0.3 with no float noise', () => {
    const t = table('万元');
    const r = compare({ actual: [cell('0.30', t)], expected: [cell('0.10', t), cell('0.20', t)], mode: 'equal', unit: '万元' });
    expect(r.outcome).toBe('none');
    expect(r.difference.eq(new Money(0))).toBe(true);
  });
});
