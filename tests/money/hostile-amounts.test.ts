import { Money, decimalText, formatAmount, parseAmount } from '../../src/domain/money';
import { clipMessage, clipText } from '../../src/domain/findings/clip';

describe('absurd amounts', () => {
  it('prints a number beyond Excel precision the way Excel shows it, never "1e+308.00"', () => {
    expect(formatAmount(new Money('1e308'))).toBe('1.00E+308');
    expect(formatAmount(new Money('-1.2345e30'))).toBe('-1.23E+30');
    expect(formatAmount(new Money('999999999999999999999999.995'))).toBe('1.00E+24');
    expect(formatAmount(new Money('999999999999999999999999.99'))).toBe('999,999,999,999,999,999,999,999.99');
    expect(decimalText(new Money('1e20'), 2)).toBe('100000000000000000000.00');
    expect(decimalText(new Money('1e-7'))).toBe('0.0000001');
  });

  it('a number cell of 1e308 is still the number the cell holds', () => {
    const p = parseAmount(1e308);
    expect(p.kind).toBe('number');
    if (p.kind === 'number') expect(p.value.eq(new Money('1e308'))).toBe(true);
  });

  it.each([
    ['1e99999999999', /指数/],
    ['1e-99999999999', /指数/],
    ['1e16', /指数/],
    ['10000000000000000', /15 位/],
    ['110101199001011234', /15 位/],
    ['-1234567890123456', /15 位/],
  ])('text %s is not an amount', (text, reason) => {
    const p = parseAmount(text);
    expect(p.kind).toBe('text');
    if (p.kind === 'text') expect(p.message).toMatch(reason);
  });

  it('text with a small exponent or 15 digits is still an amount', () => {
    const a = parseAmount('1.5e3');
    expect(a.kind === 'number' && a.value.toFixed()).toBe('1500');
    const b = parseAmount('999,999,999,999.99');
    expect(b.kind === 'number' && b.value.toFixed()).toBe('999999999999.99');
  });

  it('quotes at most 60 characters of a huge text cell', () => {
    const huge = '很'.repeat(5_000_000);
    const p = parseAmount(huge);
    expect(p.kind).toBe('text');
    if (p.kind === 'text') {
      expect(p.message.length).toBeLessThan(100);
      expect(p.message).toBe(`“${'很'.repeat(60)}…”不是金额，请填数字或留空`);
    }
  });
});

describe('clipMessage', () => {
  it('cuts every quoted part to 60 characters and the whole message to 2,000', () => {
    const long = 'x'.repeat(100);
    expect(clipMessage(`表1 A3“${long}”与 B4「${long}」`)).toBe(`表1 A3“${'x'.repeat(60)}…”与 B4「${'x'.repeat(60)}…」`);
    expect(clipMessage(`短“名称”不变`)).toBe('短“名称”不变');
    expect(clipMessage('y'.repeat(3000))).toHaveLength(2001);
    expect(clipText('😀'.repeat(70))).toBe(`${'😀'.repeat(60)}…`);
  });
});
