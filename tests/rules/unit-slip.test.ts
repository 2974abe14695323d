import type { TableId } from '../../src/domain/model/types';
import { formatAmount, Money, parseAmount } from '../../src/domain/money';
import { checkDocument } from '../../src/domain/rules';
import { seedTable } from '../fixtures/seeds/build';
import type { Seed } from '../fixtures/seeds/types';
import { brief, cloneSeed, docOf, fixedSeed000 } from './helpers';

/** Every figure of one table times `factor`, printed with `places`. */
function scaled(seed: Seed, id: TableId, factor: string, places: number): Seed {
  const out = cloneSeed(seed);
  const t = seedTable(out, id);
  t.rows = t.rows.map((row) =>
    row.map((cell, col) => {
      const column = t.columns[col];
      if (!column || ['code', 'name', 'projectName', 'govEconName'].includes(column.role)) return cell;
      const p = parseAmount(cell);
      return p.kind === 'number' ? formatAmount(new Money(p.value).times(factor), { places }) : cell;
    }),
  );
  return out;
}

/** Every figure of one table ×10,000, as a 元 table prints it ("2,692.83" -> "26,928,300.00"). */
const inYuan = (seed: Seed, id: TableId): Seed => scaled(seed, id, '10000', 2);

function withUnitLine(seed: Seed, id: TableId, unitLine: string): Seed {
  const out = cloneSeed(seed);
  seedTable(out, id).unitLine = unitLine;
  return out;
}

describe.each(['sheets', 'stacked'] as const)('a wrong 单位 line (%s layout)', (layout) => {
  it('表1 filled in 元 under 单位：万元: one error naming 表1 and its unit cell, the cross-table rules of 表1 not checked', () => {
    const result = checkDocument(docOf(inYuan(fixedSeed000(), 'T01'), layout));
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(brief(errors)).toHaveLength(1);
    const e = errors[0];
    expect(e.rule).toBe('U.unit-line');
    expect(e.message).toMatch(/^单位行有误：表1的单位行（.+）写“单位：万元”，但表1「本年收入合计」金额为 [\d,.]+ 万元，表2「合计」合计为 [\d,.]+ 万元，同一个数相差 10,000 倍：表1的数是以元为单位填写的。请把单位行改为“单位：元”/);
    expect(e.message).not.toMatch(/可能是正常/);
    // The unit cell first, then the two figures that show it.
    expect(e.cells[0]).toMatch(layout === 'sheets' ? /^表1!/ : /!/);
    expect(e.cells.length).toBeGreaterThanOrEqual(3);
    const blocked = result.notApplicable.filter((n) => /表1的单位行与表中的数不符/.test(n.reason)).map((n) => n.rule);
    expect(blocked).toEqual(expect.arrayContaining(['X.T01-T02', 'X.T01-T03', 'X.T04-T01', 'X.T05-T01']));
    // Tables that agree with one another are still compared.
    expect(result.notApplicable.map((n) => n.rule)).not.toContain('X.T02-T03');
    expect(result.findings.filter((f) => f.rule.startsWith('X.') && f.severity !== 'info')).toEqual([]);
  });

  it('表6 filled in 万元 under 单位：元: the figures read 10,000 times too small; one error, no X.T05-T06 / X.T11-T06 pile', () => {
    const result = checkDocument(docOf(withUnitLine(fixedSeed000(), 'T06', '单位：元'), layout));
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['U.unit-line']);
    expect(errors[0].message).toMatch(/^单位行有误：表6的单位行（.+!E\d+）写“单位：元”，但表6「合计」合计为 1,659.03 元，表5「合计」基本支出为 1,659.03 万元，同一个数相差 10,000 倍：表6的数是以万元为单位填写的/);
    expect(result.findings.filter((f) => ['X.T05-T06', 'X.T11-T06', 'X.T06-T10'].includes(f.rule))).toEqual([]);
    expect(result.notApplicable.map((n) => n.rule)).toEqual(expect.arrayContaining(['X.T05-T06', 'X.T11-T06', 'X.T06-T10']));
  });
});

describe('which table is wrong when only two tables state the quantity', () => {
  it('the one whose figures would be an implausible department total (over 100亿元)', () => {
    const seed = inYuan(fixedSeed000(), 'T01');
    seed.tables = seed.tables.filter((t) => t.id === 'T01' || t.id === 'T02');
    const errors = checkDocument(docOf(seed)).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['U.unit-line']);
    expect(errors[0].message).toMatch(/^单位行有误：表1/);
  });

  it('names both unit lines when the figures do not tell', () => {
    // 表1 in 元 under 单位：万元 and 表2 in 万元, for a department of 26.93 万元 (269,283 元).
    let seed = fixedSeed000();
    seed.tables = seed.tables.filter((t) => t.id === 'T01' || t.id === 'T02');
    seed = inYuan(scaled(scaled(seed, 'T01', '0.01', 4), 'T02', '0.01', 4), 'T01');
    const result = checkDocument(docOf(seed));
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['U.unit-line']);
    expect(errors[0].message).toMatch(/表1的单位行（表1!.+）写“单位：万元”，表2的单位行（表2!.+）写“单位：万元”，其中有一方的单位写错了/);
    expect(errors[0].cells.filter((c) => /^表[12]!/.test(c)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('tables without a 单位 line (read in 万元 by default)', () => {
  it('are the ones said to be wrong when a table that prints 单位：元 disagrees with them', () => {
    // Everything in 元; only 表1 says so, 表2 and 表3 print no unit line.
    let seed = fixedSeed000();
    seed.tables = seed.tables.filter((t) => ['T01', 'T02', 'T03'].includes(t.id));
    for (const id of ['T01', 'T02', 'T03'] as TableId[]) seed = inYuan(seed, id);
    seed = withUnitLine(withUnitLine(withUnitLine(seed, 'T01', '单位：元'), 'T02', ''), 'T03', '');
    const result = checkDocument(docOf(seed));
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['U.unit-line', 'U.unit-line']);
    // 表2 and 表3 slipped alike: they are still compared with each other.
    expect(result.notApplicable.map((n) => n.rule)).toEqual(expect.arrayContaining(['X.T01-T02', 'X.T01-T03']));
    expect(result.notApplicable.map((n) => n.rule)).not.toContain('X.T02-T03');
    expect(errors.map((f) => f.message.slice(0, 30))).toEqual([expect.stringMatching(/^单位行有误：表2没有单位行（按万元读取）/), expect.stringMatching(/^单位行有误：表3没有单位行（按万元读取）/)]);
    expect(errors[0].message).toMatch(/请在表2标题下加上“单位：元”/);
  });
});

describe('a part-of far smaller than its whole (机关运行经费 vs 公用经费)', () => {
  it('is a warning about the unit lines, not an info that the gap "may be normal"', () => {
    // 表6 in 元 under 单位：万元, 表11 a little under 公用经费: no exact 10,000 ratio to go on.
    let seed = fixedSeed000();
    seed.tables = seed.tables.filter((t) => t.id === 'T06' || t.id === 'T11');
    seed = scaled(inYuan(seed, 'T06'), 'T11', '0.8', 2);
    const findings = checkDocument(docOf(seed)).findings.filter((f) => f.rule === 'X.T11-T06');
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toMatch(/不到后者的千分之一.*单位行/);
    expect(findings[0].message).not.toMatch(/可能是正常/);
  });

  it('an ordinary gap still gets the info', () => {
    let seed = fixedSeed000();
    seed.tables = seed.tables.filter((t) => t.id === 'T06' || t.id === 'T11');
    seed = scaled(seed, 'T11', '0.8', 2);
    const findings = checkDocument(docOf(seed)).findings.filter((f) => f.rule === 'X.T11-T06');
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findings[0].message).toMatch(/可能是正常/);
  });
});

describe('no slip', () => {
  it('the consistent seed has no U.unit-line finding and nothing is left unchecked for it', () => {
    const result = checkDocument(docOf(fixedSeed000()));
    expect(result.findings.filter((f) => f.rule === 'U.unit-line')).toEqual([]);
    expect(result.notApplicable.filter((n) => /单位行/.test(n.reason))).toEqual([]);
  });
});
