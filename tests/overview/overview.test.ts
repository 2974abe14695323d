import Decimal from 'decimal.js';
import type { WorkbookGrid } from '../../src/domain/grid/types';
import { Money } from '../../src/domain/money';
import { computeOverview, shareOf, type Overview, type SharePart } from '../../src/domain/overview';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { renderWorkbook } from '../../src/domain/templates';
import { SimWorkbook } from '../../src/excel-sim';
import { seed000, seed003, seedWorkbook } from '../fixtures/seeds/build';

const text = (d: Decimal | undefined): string | undefined => (d === undefined ? undefined : d.toFixed(2));
const parts = (list: SharePart[] | undefined) => list?.map((p) => [p.label, text(p.amount), text(p.share)]);

describe('computeOverview on the seeds (figures as the published 情况说明 states them)', () => {
  const o000 = computeOverview(recognizeWorkbook(seedWorkbook(seed000, 'sheets')));
  const o003 = computeOverview(recognizeWorkbook(seedWorkbook(seed003, 'stacked')));

  test('seed 000: totals balance, income structure 89.28% / 10.72%', () => {
    expect(o000.year).toBe(2023);
    expect(o000.department).toBe('晋中市行政审批服务管理局');
    expect(o000.missing).toEqual([]);
    expect(text(o000.incomeTotal)).toBe('2692.83');
    expect(text(o000.expenditureTotal)).toBe('2692.83');
    expect(o000.balanced).toBe(true);
    expect(o000.difference?.isZero()).toBe(true);
    expect(parts(o000.income)).toEqual([
      ['一般公共预算', '2404.11', '89.28'],
      ['政府性基金预算', '288.72', '10.72'],
      ['国有资本经营预算', '0.00', '0.00'],
      ['财政专户管理资金', '0.00', '0.00'],
      ['单位资金', '0.00', '0.00'],
      ['上年结转', '0.00', '0.00'],
    ]);
    expect(o000.income?.[0].cells).toEqual(['表1!B7']);
  });

  test('seed 000: 基本/项目 61.61% / 38.39%, 财政拨款 by source, 表5 类 shares, 三公 and 机关运行经费', () => {
    expect(text(o000.expenditure?.total)).toBe('2692.83');
    expect(parts([o000.expenditure!.basic!, o000.expenditure!.project!])).toEqual([
      ['基本支出', '1659.03', '61.61'],
      ['项目支出', '1033.80', '38.39'],
    ]);
    expect(parts(o000.appropriation?.parts)).toEqual([
      ['一般公共预算', '2404.11', '89.28'],
      ['政府性基金预算', '288.72', '10.72'],
      ['国有资本经营预算', '0.00', '0.00'],
    ]);
    expect(text(o000.generalTotal)).toBe('2404.11');
    expect(parts(o000.classes?.filter((c) => !c.amount.isZero()))).toEqual([
      ['一般公共服务支出', '1939.57', '80.68'],
      ['社会保障和就业支出', '201.69', '8.39'],
      ['卫生健康支出', '56.61', '2.35'],
      ['住房保障支出', '206.23', '8.58'],
    ]);
    expect(text(o000.threePublic?.total)).toBe('0.50');
    expect(text(o000.threePublic?.reception)).toBe('0.50');
    expect(text(o000.threePublic?.abroad)).toBe('0.00');
    expect(text(o000.threePublic?.vehicleOperation)).toBe('0.00');
    expect(text(o000.operatingCosts)).toBe('154.37');
  });

  test('seed 003 (stacked layout): carry-over 0.43 is an income part; shares from exact decimals', () => {
    expect(text(o003.incomeTotal)).toBe('1222.79');
    expect(o003.balanced).toBe(true);
    const income = parts(o003.income)!;
    expect(income[0]).toEqual(['一般公共预算', '1222.37', '99.97']);
    expect(income[income.length - 1]).toEqual(['上年结转', '0.43', '0.04']);
    expect(parts([o003.expenditure!.basic!, o003.expenditure!.project!])).toEqual([
      ['基本支出', '712.49', '58.27'],
      ['项目支出', '510.31', '41.73'],
    ]);
  });
});

describe('shares and balance', () => {
  test('shares are half-up from exact decimals (1.005% → 1.01, where a float gives 1.00)', () => {
    expect(shareOf(new Money('1.005'), new Money('100'))?.toFixed(2)).toBe('1.01');
    expect((1.005).toFixed(2)).toBe('1.00'); // the binary-float trap the Decimal path avoids
    expect(shareOf(new Money('1'), new Money('3'))?.toFixed(2)).toBe('33.33');
    expect(shareOf(new Money('2'), new Money('3'))?.toFixed(2)).toBe('66.67');
    expect(shareOf(new Money('1'), new Money('0'))).toBeUndefined();
    expect(shareOf(new Money('1'), undefined)).toBeUndefined();
  });

  function withT01Cell(address: { row: number; col: number }, value: number | string): Overview {
    const grid = seedWorkbook(seed000, 'sheets', { amountsAs: 'number' });
    const t01 = grid.sheets.find((s) => s.name === '表1')!;
    t01.values[address.row][address.col] = value;
    return computeOverview(recognizeWorkbook(grid));
  }

  test('支出总计 off by 0.01 is balanced within rounding; off by 1.00 is not, with the exact difference', () => {
    const base = computeOverview(recognizeWorkbook(seedWorkbook(seed000, 'sheets')));
    // 表1 支出总计 (2023年合计) is the cell after the income side on the 支出总计 row: find it by value.
    const grid = seedWorkbook(seed000, 'sheets', { amountsAs: 'number' });
    const t01 = grid.sheets.find((s) => s.name === '表1')!;
    const row = t01.values.findIndex((r) => r.some((v) => v === '支出总计'));
    const col = t01.values[row].findIndex((v) => v === '支出总计') + 1;
    expect(base.balanced).toBe(true);

    const near = withT01Cell({ row, col }, 2692.84);
    expect(near.balanced).toBe(true);
    expect(near.difference?.toFixed(2)).toBe('-0.01');
    expect(near.tolerance?.toFixed(2)).toBe('0.01');

    const far = withT01Cell({ row, col }, 2693.83);
    expect(far.balanced).toBe(false);
    expect(far.difference?.toFixed(2)).toBe('-1.00');
  });

  test('missing tables leave their fields undefined and are listed', () => {
    const grid = seedWorkbook(seed000, 'sheets');
    const only = { sheets: grid.sheets.filter((s) => s.name === '表5' || s.name === '表11') };
    const o = computeOverview(recognizeWorkbook(only));
    expect(o.missing).toEqual(expect.arrayContaining(['T01', 'T03', 'T04', 'T10']));
    expect(o.missing).not.toContain('T05');
    expect(o.incomeTotal).toBeUndefined();
    expect(o.balanced).toBeUndefined();
    expect(o.income).toBeUndefined();
    expect(o.expenditure).toBeUndefined();
    expect(o.appropriation).toBeUndefined();
    expect(o.threePublic).toBeUndefined();
    expect(text(o.generalTotal)).toBe('2404.11');
    expect(text(o.operatingCosts)).toBe('154.37');
  });
});

describe('on the add-in’s own tables, with the formulas computed (ExcelSim)', () => {
  function cellOfCode(grid: WorkbookGrid, sheet: string, code: string): number {
    const s = grid.sheets.find((g) => g.name === sheet)!;
    return s.values.findIndex((r) => String(r[0] ?? '') === code);
  }

  test('typed leaf amounts flow through 项/款/类/合计 formulas into the 类 shares and the 基本/项目 split', async () => {
    const template = renderWorkbook({ year: 2024, department: '测试局', codes: ['2080505', '2101101'] }, 'sheets');
    const sim = new SimWorkbook(template);
    const empty = computeOverview(recognizeWorkbook(sim.toGrid()));
    expect(empty.missing).toEqual([]);
    expect(text(empty.generalTotal)).toBe('0.00');
    expect(empty.classes?.every((c) => c.share === undefined)).toBe(true); // nothing to share yet

    const r208 = cellOfCode(template, '表5', '2080505') + 1;
    const r210 = cellOfCode(template, '表5', '2101101') + 1;
    await sim.editCell('表5', `D${r208}`, 100.1);
    await sim.editCell('表5', `D${r210}`, 50.05);
    await sim.editCell('表5', `E${r210}`, 0.2);
    const t03r = cellOfCode(template, '表3', '2101101') + 1;
    await sim.editCell('表3', `D${t03r}`, 60);
    await sim.editCell('表3', `E${t03r}`, 40.35);

    const o = computeOverview(recognizeWorkbook(sim.toGrid()));
    const total = new Money('100.1').plus('50.05').plus('0.2');
    expect(text(o.generalTotal)).toBe(total.toFixed(2));
    const pct = (part: string) => new Money(part).div(total).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    expect(parts(o.classes)).toEqual([
      ['社会保障和就业支出', '100.10', pct('100.1')],
      ['卫生健康支出', '50.25', pct('50.25')],
    ]);
    expect(parts([o.expenditure!.basic!, o.expenditure!.project!])).toEqual([
      ['基本支出', '60.00', '59.79'],
      ['项目支出', '40.35', '40.21'],
    ]);
  });
});
