import { recognizeWorkbook } from '../../src/domain/recognize';
import type { BudgetDocument, TableModel } from '../../src/domain/model/types';
import { seed000, seed003, seedWorkbook } from '../fixtures/seeds/build';

const docs: Record<'000' | '003', BudgetDocument> = {
  '000': recognizeWorkbook(seedWorkbook(seed000, 'stacked')),
  '003': recognizeWorkbook(seedWorkbook(seed003, 'sheets', { amountsAs: 'number' })),
};
const table = (key: '000' | '003', id: string): TableModel => docs[key].tables.find((t) => t.id === id)!;
const kinds = (t: TableModel, side?: string) =>
  t.rows.filter((r) => r.side === side).map((r) => (r.key ? `${r.kind}:${r.key}` : r.kind));

describe('row kinds and keys in the seeds', () => {
  it('T01: income sources by role, 30 classes by ordinal, subtotals and totals', () => {
    const t = table('003', 'T01');
    expect(kinds(t, 'income')).toEqual([
      'source:general', 'source:fund', 'source:stateCapital', 'source:specialAccount', 'source:unitFunds',
      'incomeSubtotal', 'carryOver', 'grandTotal',
    ]);
    expect(kinds(t, 'expenditure')).toEqual([
      ...Array.from({ length: 30 }, (_, i) => `class:${i + 1}`),
      'expenditureSubtotal', 'yearEndCarry', 'grandTotal',
    ]);
    const carry = t.rows.find((r) => r.kind === 'carryOver')!;
    expect(carry.amounts.amount!.value!.toString()).toBe('0.43');
  });

  it('T04: the three sources under 上年财政拨款结转 are carry-over sources', () => {
    expect(kinds(table('000', 'T04'), 'income')).toEqual([
      'source:general', 'source:fund', 'source:stateCapital', 'incomeSubtotal', 'carryOver',
      'source:carryOver.general', 'source:carryOver.fund', 'source:carryOver.stateCapital', 'grandTotal',
    ]);
    // 资源勘探工业信息支出 (without 等) is still class 15
    const t = table('000', 'T04');
    expect(t.rows.find((r) => r.name === '十五、资源勘探工业信息支出')!.key).toBe('15');
  });

  it('T02/T03/T05/T07/T08: kind from the code length, 合计 first', () => {
    for (const id of ['T02', 'T03', 'T05', 'T07', 'T08']) {
      const t = table('000', id);
      expect(t.rows[0].kind).toBe('total');
      for (const r of t.rows.slice(1)) expect(r.kind).toBe({ 3: 'class', 5: 'section', 7: 'item' }[r.code!.length]);
    }
    expect(table('000', 'T07').rows.map((r) => r.code ?? r.kind)).toEqual(['total', '103', '10301', '1030148']);
  });

  it('T06: economic classes and items', () => {
    const t = table('000', 'T06');
    expect(t.rows[0].kind).toBe('total');
    expect(t.rows.filter((r) => r.kind === 'econClass').map((r) => r.name)).toEqual(['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出']);
    expect(t.rows.filter((r) => r.kind === 'econItem')).toHaveLength(t.rows.length - 5);
    expect(t.rows.find((r) => r.name === '维修(护)费')!.govEconName).toBe('维修(护)费');
  });

  it('T09: both sides by code, the 合计 on both sides', () => {
    const t = table('000', 'T09');
    expect(kinds(t, 'income')[0]).toBe('total');
    expect(kinds(t, 'expenditure')[0]).toBe('total');
    const printed = seed000.tables.find((x) => x.id === 'T09')!.rows.length;
    expect(t.rows.filter((r) => r.side === 'income')).toHaveLength(printed);
    expect(t.rows.filter((r) => r.side === 'expenditure')).toHaveLength(printed);
    expect(t.noDataNote).toBe(true);
  });

  it('T10: 三公 items by key, 合计 last', () => {
    expect(kinds(table('000', 'T10'))).toEqual([
      'threePublic:abroad', 'threePublic:reception', 'threePublic:vehicle', 'threePublic:vehiclePurchase', 'threePublic:vehicleOperation', 'total',
    ]);
  });

  it('T11: 部门合计 and units', () => {
    expect(kinds(table('000', 'T11'))).toEqual(['total', 'unit']);
  });

  it('T12/T13: the department row twice in seed 003 (total, then unit), projects after', () => {
    expect(kinds(table('003', 'T12'))).toEqual(['total', 'unit', ...Array(9).fill('project')]);
    expect(kinds(table('003', 'T13'))).toEqual(['total', 'unit', 'project']);
    const projects = seed000.tables.find((x) => x.id === 'T12')!.rows.length;
    expect(projects).toBeGreaterThan(10);
    expect(kinds(table('000', 'T12'))).toEqual(Array(projects).fill('project'));
    expect(table('000', 'T13').rows).toEqual([]);
  });
});
