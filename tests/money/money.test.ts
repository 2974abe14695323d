import fc from 'fast-check';
import Decimal from 'decimal.js';
import type { CellValue } from '../../src/domain/grid/types';
import { Money, amountValue, decimalText, formatAmount, parseAmount, roundHalfUp, sum, toWan, ZERO } from '../../src/domain/money';

const CHINESE = /[\u4e00-\u9fff]/;

type Expected =
  | { kind: 'empty' }
  | { kind: 'number'; value: string; places: number; unit?: '元' | '万元' }
  | { kind: 'error'; code: string }
  | { kind: 'text' };

const empty: Expected = { kind: 'empty' };
const num = (value: string, places: number, unit?: '元' | '万元'): Expected =>
  unit ? { kind: 'number', value, places, unit } : { kind: 'number', value, places };
const err = (code: string): Expected => ({ kind: 'error', code });
const text: Expected = { kind: 'text' };

/** Cell values as they reach the domain from Office.js, ExcelJS or a pasted table. */
const CASES: [string, CellValue | undefined, Expected][] = [
  ['a plain number', 2692.83, num('2692.83', 2)],
  ['an integer', 1500, num('1500', 0)],
  ['zero', 0, num('0', 0)],
  ['negative zero', -0, num('0', 0)],
  ['a negative number', -12.5, num('-12.5', 1)],
  ['a float artefact 0.1 + 0.2', 0.1 + 0.2, num('0.3', 1)],
  ['a float artefact from a SUM', 1939.57 + 201.69 + 56.61 + 288.72 + 206.23, num('2692.82', 2)],
  ['a float artefact 2692.8300000000004', 2692.8300000000004, num('2692.83', 2)],
  ['a float artefact 1.1 * 3', 1.1 * 3, num('3.3', 1)],
  ['a huge number', 1e21, num('1000000000000000000000', 0)],
  ['a tiny number', 1e-7, num('0.0000001', 7)],
  ['text with thousands separators', '2,692.83', num('2692.83', 2)],
  ['text with spaces around and inside', ' 1 234.50 ', num('1234.5', 2)],
  ['full-width digits and punctuation', '１，２３４．５０', num('1234.5', 2)],
  ['full-width minus alone', '－', empty],
  ['ASCII hyphen alone', '-', empty],
  ['em dash alone', '—', empty],
  ['double em dash', '——', empty],
  ['Unicode minus sign alone', '−', empty],
  ['empty string', '', empty],
  ['only spaces', '   ', empty],
  ['ideographic space', '\u3000', empty],
  ['null', null, empty],
  ['undefined', undefined, empty],
  ['accounting negative', '(1,234.50)', num('-1234.5', 2)],
  ['accounting negative, full-width brackets', '（1,234.50）', num('-1234.5', 2)],
  ['Unicode minus', '−12.5', num('-12.5', 1)],
  ['full-width minus', '－12.5', num('-12.5', 1)],
  ['trailing minus', '12.50-', num('-12.5', 2)],
  ['explicit plus', '+7.00', num('7', 2)],
  ['#REF!', '#REF!', err('#REF!')],
  ['#VALUE!', '#VALUE!', err('#VALUE!')],
  ['#N/A', '#N/A', err('#N/A')],
  ['#DIV/0!', '#DIV/0!', err('#DIV/0!')],
  ['lower-case #ref!', '#ref!', err('#REF!')],
  ['#SPILL!', '#SPILL!', err('#SPILL!')],
  ['NaN', Number.NaN, err('#NUM!')],
  ['Infinity', Number.POSITIVE_INFINITY, err('#NUM!')],
  ['a number stored as text', '1222.37', num('1222.37', 2)],
  ['a number stored as text with trailing zeros', '164.00', num('164', 2)],
  ['apostrophe prefix', "'1,234", num('1234', 0)],
  ['apostrophe prefix with decimals', "'0.43", num('0.43', 2)],
  ['yen sign', '¥1,234.00', num('1234', 2)],
  ['full-width yen sign', '￥1,234.00', num('1234', 2)],
  ['minus before the yen sign', '-¥1,234.00', num('-1234', 2)],
  ['minus after the yen sign', '¥-1,234.00', num('-1234', 2)],
  ['unit 元 stuck to the figure', '553,891.68元', num('553891.68', 2, '元')],
  ['unit 万元 stuck to the figure', '12.3万元', num('12.3', 1, '万元')],
  ['unit with a space', '55.59 万元', num('55.59', 2, '万元')],
  ['two decimal points', '1.2.3', text],
  ['letters', 'abc', text],
  ['wrong grouping', '1,23', text],
  ['wrong grouping in the middle', '1,2345.00', text],
  ['a percentage', '89.28%', text],
  ['a bare 万 without 元', '12万', text],
  ['TRUE', true, text],
  ['FALSE', false, text],
  ['a leading point', '.5', num('0.5', 1)],
  ['a trailing point', '12.', num('12', 0)],
  ['scientific notation as text', '1.5E3', num('1500', 0)],
  ['0.00 as text', '0.00', num('0', 2)],
  ['non-breaking spaces as separators', '1\u00a0234\u00a0567.89', num('1234567.89', 2)],
];

describe('parseAmount', () => {
  it('has at least 30 real-world cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%s', (_label, input, expected) => {
    const parsed = parseAmount(input);
    switch (expected.kind) {
      case 'empty':
        expect(parsed).toEqual({ kind: 'empty' });
        break;
      case 'number':
        expect(parsed.kind).toBe('number');
        if (parsed.kind !== 'number') return;
        expect({ value: parsed.value.toFixed(), places: parsed.places, unit: parsed.unit }).toEqual({
          value: expected.value,
          places: expected.places,
          unit: expected.unit,
        });
        break;
      case 'error':
        expect(parsed.kind).toBe('error');
        if (parsed.kind !== 'error') return;
        expect(parsed.code).toBe(expected.code);
        expect(parsed.message).toMatch(CHINESE);
        break;
      case 'text':
        expect(parsed.kind).toBe('text');
        if (parsed.kind !== 'text') return;
        expect(parsed.text).toBe(String(input));
        expect(parsed.message).toMatch(CHINESE);
        break;
    }
  });

  it('tells the user what to do with an error value or text', () => {
    const e = parseAmount('#REF!');
    expect(e.kind === 'error' && e.message).toContain('#REF!');
    const t = parseAmount('abc');
    expect(t.kind === 'text' && t.message).toContain('abc');
    const b = parseAmount(true);
    expect(b.kind === 'text' && b.message).toContain('TRUE');
  });

  it('a negative zero reads as zero', () => {
    const p = parseAmount('-0.00');
    expect(p.kind === 'number' && p.value.isZero()).toBe(true);
    expect(p.kind === 'number' && formatAmount(p.value)).toBe('0.00');
  });
});

describe('amountValue', () => {
  it('gives the value, or null for blank, text and errors', () => {
    expect(amountValue('2,692.83')?.toString()).toBe('2692.83');
    expect(amountValue('－')).toBeNull();
    expect(amountValue('abc')).toBeNull();
    expect(amountValue('#N/A')).toBeNull();
  });
});

describe('formatAmount', () => {
  const d = (s: string): Money => new Money(s);

  it.each([
    ['2692.83', {}, '2,692.83'],
    ['2692.83', { thousands: false }, '2692.83'],
    ['2692.825', {}, '2,692.83'],
    ['9.975', {}, '9.98'],
    ['0.005', {}, '0.01'],
    ['-0.005', {}, '-0.01'],
    ['-0.004', {}, '0.00'],
    ['-0.0049', { places: 2 }, '0.00'],
    ['-1234567.891', {}, '-1,234,567.89'],
    ['1000', {}, '1,000.00'],
    ['999.995', {}, '1,000.00'],
    ['1234.5', { places: 0 }, '1,235'],
    ['-1234.5', { places: 0 }, '-1,235'],
    ['1234.5', { places: 1, thousands: false }, '1234.5'],
    ['0', {}, '0.00'],
    ['1e21', {}, '1,000,000,000,000,000,000,000.00'],
    ['12345678901234.56', {}, '12,345,678,901,234.56'],
  ] as const)('%s %j -> %s', (value, options, expected) => {
    expect(formatAmount(d(value), options)).toBe(expected);
  });

  it('rounds half up where binary floats round down', () => {
    expect((9.975).toFixed(2)).toBe('9.97'); // the trap
    expect(formatAmount(new Money('9.975'))).toBe('9.98');
    const wan = toWan(new Money(99750), '元');
    expect(wan.toString()).toBe('9.975');
    expect(formatAmount(wan)).toBe('9.98');
  });

  it('formats a parsed float artefact as printed', () => {
    const p = parseAmount(1939.57 + 201.69 + 56.61 + 288.72 + 206.23 + 0.01);
    expect(p.kind === 'number' && formatAmount(p.value)).toBe('2,692.83');
  });
});

describe('roundHalfUp, toWan, sum', () => {
  it('roundHalfUp', () => {
    expect(roundHalfUp(new Money('9.975'), 2).toString()).toBe('9.98');
    expect(roundHalfUp(new Money('-9.975'), 2).toString()).toBe('-9.98');
    expect(roundHalfUp(new Money('1.2345'), 3).toString()).toBe('1.235');
  });

  it('toWan converts 元 and keeps 万元', () => {
    expect(toWan(new Money('553891.68'), '元').toString()).toBe('55.389168');
    expect(toWan(new Money('55.59'), '万元').toString()).toBe('55.59');
  });

  it('sum adds exactly and skips blanks', () => {
    const parts = ['1939.57', '201.69', '56.61', '288.72', '206.23'].map((s) => new Money(s));
    expect(sum([...parts, null, undefined]).toString()).toBe('2692.82');
    expect(sum([]).eq(ZERO)).toBe(true);
    expect(sum([new Money('0.1'), new Money('0.2')]).toString()).toBe('0.3');
  });
});

describe('formatAmount then parseAmount (property)', () => {
  it('gives back the amount exactly, with 2 places', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.boolean(), (cents, thousands) => {
        const amount = new Money(cents).div(100);
        const printed = formatAmount(amount, { thousands });
        const parsed = parseAmount(printed);
        expect(parsed.kind).toBe('number');
        if (parsed.kind !== 'number') return;
        expect(parsed.value.eq(amount)).toBe(true);
        expect(parsed.places).toBe(2);
        expect(printed.includes(',')).toBe(thousands && amount.abs().gte(1000));
      }),
      { numRuns: 2000 },
    );
  });

  it('a JS number with at most 2 decimals reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const n = cents / 100; // what a cell holds after typing the amount
        const parsed = parseAmount(n);
        expect(parsed.kind === 'number' && parsed.value.eq(new Money(cents).div(100))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decimalText', () => {

  it.each([
    ['0.015', undefined, '0.015'],
    ['0.00000001', undefined, '0.00000001'],
    ['123456789012345678901234', undefined, '123456789012345678901234'],
    ['9.975', 2, '9.98'],
    ['-0.004', 2, '0.00'],
    ['89.2837', 2, '89.28'],
    ['5', 2, '5.00'],
    ['5.5', 0, '6'],
  ])('%s with %p places -> %s', (input, places, expected) => {
    expect(decimalText(new Decimal(input), places)).toBe(expected);
  });
});
