import Decimal from 'decimal.js';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { AmountRole, BudgetRow, TableId, TableModel } from '../../src/domain/model/types';
import { seed003, seedWorkbook } from '../fixtures/seeds/build';
import { NINE_TABLE_DROPPED_ZERO, nineTableMissing, nineTableTruth, seed003NineTable } from '../fixtures/seeds/nine-table';

const nine = recognizeWorkbook(seed003NineTable());
const standard = recognizeWorkbook(seedWorkbook(seed003, 'sheets'));
const tableOf = (doc: typeof nine, id: TableId): TableModel => {
  const t = doc.tables.find((x) => x.id === id);
  if (!t) throw new Error(`${id} not recognized`);
  return t;
};

function wan(row: BudgetRow, role: AmountRole): string {
  const a = row.amounts[role];
  return a?.wan ? new Decimal(a.wan).toFixed() : 'blank';
}

/** A row's identity for matching across layouts whose row order differs. */
function rowKey(r: BudgetRow): string {
  return `${r.side ?? ''}|${r.kind}|${r.key ?? ''}|${r.code ?? ''}`;
}

/** code, name and every amount (in 万元) of the rows, keyed; roles missing on one side count as blank. */
function describeRows(rows: BudgetRow[], roles: AmountRole[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    const key = rowKey(r);
    const occurrence = [...out.keys()].filter((k) => k.startsWith(`${key}#`)).length;
    out.set(`${key}#${occurrence}`, `${r.name || '(合计)'} ${roles.map((role) => `${role}=${wan(r, role)}`).join(' ')}`);
  }
  return out;
}

function rolesOf(...tables: TableModel[]): AmountRole[] {
  const roles = new Set<AmountRole>();
  for (const t of tables) for (const r of t.rows) for (const role of Object.keys(r.amounts)) roles.add(role as AmountRole);
  return [...roles].sort();
}

describe('seed 003 in the 9-table shape of another province', () => {
  it('finds T01–T06, T08–T11 and reports T07, T12, T13 missing, without problems', () => {
    expect(nine.tables.map((t) => t.id)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T08', 'T09', 'T10', 'T11']);
    expect(nine.missing).toEqual(nineTableMissing);
    expect(nine.problems).toEqual([]);
    expect(nine.year).toBe(2024);
    expect(nine.department).toBe(seed003.department);
  });

  it.each(Object.entries(nineTableTruth))('%s: sheet, title and unit', (id, truth) => {
    const t = tableOf(nine, id as TableId);
    expect(t.sheet).toBe(truth!.sheet);
    expect(t.title).toBe(truth!.title);
    expect(t.unit).toBe(truth!.unit);
  });

  const sameRows = (['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T08'] as TableId[]).map((id) => [id]);
  it.each(sameRows)('%s: same codes, names and amounts in 万元 as the 13-table layout', (id) => {
    const a = tableOf(nine, id);
    const b = tableOf(standard, nineTableTruth[id]!.from);
    const roles = rolesOf(a, b);
    expect(describeRows(a.rows, roles)).toEqual(describeRows(b.rows, roles));
    expect(a.rows.length).toBe(b.rows.length);
  });

  it('T02/T03/T05 in 元: value is 元, wan = value / 10000', () => {
    const t03 = tableOf(nine, 'T03');
    const total = t03.rows.find((r) => r.kind === 'total')!;
    expect(total.amounts.total!.value!.toFixed(2)).toBe('12227900.00');
    expect(total.amounts.total!.wan!.toFixed(2)).toBe('1222.79');
    // 合计 printed at the bottom is still the total
    expect(t03.rows[t03.rows.length - 1].kind).toBe('total');
  });

  it('T03: the 款 stored as the number 3 is read as 03, with a note', () => {
    const t03 = tableOf(nine, 'T03');
    expect(t03.rows.some((r) => r.code === NINE_TABLE_DROPPED_ZERO.code && r.kind === 'item')).toBe(true);
    expect(t03.notes.some((n) => n.includes('补0'))).toBe(true);
  });

  it('T09: only the expenditure side, equal to the expenditure side of 表9', () => {
    const a = tableOf(nine, 'T09');
    const b = tableOf(standard, 'T09');
    expect(a.sourceShape).toBe('T09-expenditure');
    expect(a.rows.every((r) => r.side === 'expenditure')).toBe(true);
    const roles: AmountRole[] = ['total', 'basic', 'project'];
    const strip = (rows: BudgetRow[]) => [...describeRows(rows.filter((r) => r.side === 'expenditure'), roles).keys()];
    expect(strip(a.rows)).toEqual(strip(b.rows));
    for (const r of a.rows) for (const role of roles) expect(wan(r, role)).toBe('blank');
  });

  it.each([['T10'], ['T11']] as [TableId][])('%s comes from the one 三公/机关运行经费 table with the seed amounts', (id) => {
    const truth = nineTableTruth[id]!;
    const a = tableOf(nine, id);
    const b = tableOf(standard, truth.from);
    expect(a.sourceShape).toBe('T10+T11');
    expect(a.rows.length).toBe(Object.keys(truth.rowNames!).length);
    for (const [seedName, nineName] of Object.entries(truth.rowNames!)) {
      const ra = a.rows.find((r) => r.name === nineName);
      const rb = b.rows.find((r) => r.name === seedName);
      expect(ra).toBeDefined();
      expect(rb).toBeDefined();
      expect(ra!.kind).toBe(rb!.kind);
      expect(ra!.key).toBe(rb!.key);
      expect(wan(ra!, 'total')).toBe(wan(rb!, 'total'));
    }
  });

  it('T11 from the combined table is the 部门合计 of 机关运行经费 (29.07 万元 = 290,700.00 元)', () => {
    const t11 = tableOf(nine, 'T11');
    expect(t11.rows).toHaveLength(1);
    expect(t11.rows[0].kind).toBe('total');
    expect(t11.rows[0].amounts.total!.value!.toFixed(2)).toBe('290700.00');
    expect(wan(t11.rows[0], 'total')).toBe('29.07');
  });
});
