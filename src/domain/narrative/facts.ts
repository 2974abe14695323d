import type Decimal from 'decimal.js';
import { refA1 } from '../grid/address';
import type { Amount, AmountRole, BudgetDocument, BudgetRow, TableId, TableModel } from '../model/types';
import { Money } from '../money';

/** One figure of the tables, in 万元, with the cells it comes from. */
export interface Fact {
  value: Decimal;
  /** Decimal places in 万元 as printed (a 元 table with 2 places gives 6). */
  places: number;
  /** "表1!B39" */
  cells: string[];
  /** What it is, for messages: "表1 收入总计". */
  source: string;
}

export interface NamedFact {
  name: string;
  fact: Fact;
}

/** A 功能分类 row (类/款/项) of 表5 or 表8, by its code. */
export interface CodedFact {
  code: string;
  name: string;
  fact: Fact;
}

export const INCOME_SOURCES = ['general', 'fund', 'stateCapital', 'specialAccount', 'unitFunds'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];
export const APPROPRIATION_SOURCES = ['general', 'fund', 'stateCapital'] as const;
export type AppropriationSource = (typeof APPROPRIATION_SOURCES)[number];
export type ThreePublicItem = 'abroad' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation';

/**
 * The figures of the 13 tables that the 情况说明 speaks about. A figure is undefined when
 * its table, row or column was not recognized, or its cell is not a number: the draft then
 * shows a placeholder and the text check skips it (not applicable, never "passed").
 */
export interface NarrativeFacts {
  year?: number;
  department?: string;
  t01: {
    revenueTotal?: Fact;
    currentRevenue?: Fact;
    carryOver?: Fact;
    sources: Partial<Record<IncomeSource, Fact>>;
    expenditureTotal?: Fact;
    expenditureCurrent?: Fact;
    expenditureCarryOver?: Fact;
  };
  t03: { total?: Fact; basic?: Fact; project?: Fact };
  t04: {
    total?: Fact;
    currentRevenue?: Fact;
    carryOver?: Fact;
    /** This year's appropriation by source (income side, without carry-over). */
    currentSources: Partial<Record<AppropriationSource, Fact>>;
    /** By source including the carry-over (the 支出总计 row's source columns). */
    sources: Partial<Record<AppropriationSource, Fact>>;
    /** Non-zero 类, in table order. */
    classes: NamedFact[];
    /** Every 类 row, for matching names in a text. */
    allClasses: NamedFact[];
  };
  t05: { total?: Fact; basic?: Fact; project?: Fact; classes: NamedFact[]; allClasses: NamedFact[]; coded: CodedFact[] };
  /** 表8 政府性基金预算支出: its 类/款/项 rows, for a text that lists the 项 of every 财政拨款. */
  t08: { coded: CodedFact[] };
  t06: {
    total?: Fact;
    personnel?: Fact;
    publicUse?: Fact;
    /** Distinct item names with a non-zero amount in the column, summed over repeated names. */
    personnelItems: NamedFact[];
    publicUseItems: NamedFact[];
  };
  /** Undefined when 表10 was not recognized. */
  t10?: { total?: Fact; items: Partial<Record<ThreePublicItem, Fact>> };
  t11: { total?: Fact };
  t12: {
    present: boolean;
    total?: Fact;
    /** Distinct project names. */
    projectCount: number;
    bySource: Partial<Record<IncomeSource, Fact>>;
  };
  t13: { present: boolean; total?: Fact; projectCount: number };
}

const TABLE_NUMBER = (id: TableId): string => `表${Number(id.slice(1))}`;

function table(doc: BudgetDocument, id: TableId): TableModel | undefined {
  return doc.tables.find((t) => t.id === id);
}

function factOf(t: TableModel, amount: Amount | undefined, what: string): Fact | undefined {
  if (!amount || amount.problem) return undefined;
  const extra = t.unit === '元' ? 4 : 0;
  const blank = amount.value === null;
  return {
    value: blank || !amount.wan ? new Money(0) : new Money(amount.wan),
    places: blank ? 2 + extra : amount.places + extra,
    cells: [refA1(amount.cell)],
    source: `${TABLE_NUMBER(t.id)} ${what}`,
  };
}

export function sumFacts(facts: (Fact | undefined)[], source: string): Fact | undefined {
  if (facts.length === 0 || facts.some((f) => f === undefined)) return undefined;
  const present = facts as Fact[];
  return {
    value: present.reduce<Decimal>((acc, f) => acc.plus(f.value), new Money(0)),
    places: Math.max(...present.map((f) => f.places)),
    cells: present.flatMap((f) => f.cells),
    source,
  };
}

function rowAmount(t: TableModel | undefined, match: (r: BudgetRow) => boolean, role: AmountRole, what: string): Fact | undefined {
  if (!t) return undefined;
  const row = t.rows.find(match);
  return row ? factOf(t, row.amounts[role], what) : undefined;
}

const isIncome = (kind: BudgetRow['kind'], key?: string) => (r: BudgetRow) =>
  r.side === 'income' && r.kind === kind && (key === undefined || r.key === key);
const isExpenditure = (kind: BudgetRow['kind']) => (r: BudgetRow) => r.side === 'expenditure' && r.kind === kind;
const isTotal = (r: BudgetRow) => r.kind === 'total';

const SOURCE_NAMES: Record<IncomeSource, string> = {
  general: '一般公共预算',
  fund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
};

/** "十二、城乡社区支出" -> "城乡社区支出". */
export function stripOrdinal(name: string): string {
  return name.replace(/^\s*[一二三四五六七八九十]+\s*[、.．]\s*/, '').trim();
}

function classFacts(t: TableModel | undefined, kind: 'class', role: AmountRole, side?: 'expenditure'): NamedFact[] {
  if (!t) return [];
  const out: NamedFact[] = [];
  for (const r of t.rows) {
    if (r.kind !== kind || (side && r.side !== side)) continue;
    const name = stripOrdinal(r.name);
    const fact = factOf(t, r.amounts[role], name);
    if (fact && name) out.push({ name, fact });
  }
  return out;
}

/** The 类/款/项 rows of a coded table with their 合计, in table order. */
function codedFacts(t: TableModel | undefined): CodedFact[] {
  if (!t) return [];
  const out: CodedFact[] = [];
  for (const r of t.rows) {
    if (!r.code || (r.kind !== 'class' && r.kind !== 'section' && r.kind !== 'item')) continue;
    const name = stripOrdinal(r.name);
    const fact = factOf(t, r.amounts.total, `${name}（${r.code}）`);
    if (fact) out.push({ code: r.code, name, fact });
  }
  return out;
}

const nonZero = (list: NamedFact[]): NamedFact[] => list.filter((c) => !c.fact.value.isZero());

function readT01(t: TableModel | undefined): NarrativeFacts['t01'] {
  const sources: NarrativeFacts['t01']['sources'] = {};
  for (const s of INCOME_SOURCES) {
    const f = rowAmount(t, isIncome('source', s), 'amount', SOURCE_NAMES[s]);
    if (f) sources[s] = f;
  }
  return {
    revenueTotal: rowAmount(t, isIncome('grandTotal'), 'amount', '收入总计'),
    currentRevenue: rowAmount(t, isIncome('incomeSubtotal'), 'amount', '本年收入合计'),
    carryOver: rowAmount(t, isIncome('carryOver'), 'amount', '上年结转'),
    sources,
    expenditureTotal: rowAmount(t, isExpenditure('grandTotal'), 'total', '支出总计'),
    expenditureCurrent: rowAmount(t, isExpenditure('grandTotal'), 'currentYear', '支出总计（当年预算安排）'),
    expenditureCarryOver: rowAmount(t, isExpenditure('grandTotal'), 'carryOverUse', '支出总计（上年结转安排）'),
  };
}

function readT04(t: TableModel | undefined): NarrativeFacts['t04'] {
  const currentSources: NarrativeFacts['t04']['currentSources'] = {};
  const sources: NarrativeFacts['t04']['sources'] = {};
  for (const s of APPROPRIATION_SOURCES) {
    const current = rowAmount(t, isIncome('source', s), 'amount', SOURCE_NAMES[s]);
    if (current) currentSources[s] = current;
    const withCarry =
      rowAmount(t, isExpenditure('grandTotal'), s, `支出总计（${SOURCE_NAMES[s]}）`) ??
      sumFacts([current, rowAmount(t, isIncome('source', `carryOver.${s}`), 'amount', '')], `${SOURCE_NAMES[s]}（含上年结转）`);
    if (withCarry) sources[s] = withCarry;
  }
  const allClasses = classFacts(t, 'class', 'total', 'expenditure');
  return {
    total: rowAmount(t, isIncome('grandTotal'), 'amount', '收入总计'),
    currentRevenue: rowAmount(t, isIncome('incomeSubtotal'), 'amount', '本年收入合计'),
    carryOver: rowAmount(t, isIncome('carryOver'), 'amount', '上年财政拨款结转'),
    currentSources,
    sources,
    classes: nonZero(allClasses),
    allClasses,
  };
}

function distinctItems(t: TableModel | undefined, role: 'personnel' | 'publicUse'): NamedFact[] {
  if (!t) return [];
  const byName = new Map<string, Fact[]>();
  for (const r of t.rows) {
    if (r.kind !== 'econItem') continue;
    const name = r.name.trim();
    const fact = factOf(t, r.amounts[role], name);
    if (!name || !fact || fact.value.isZero()) continue;
    byName.set(name, [...(byName.get(name) ?? []), fact]);
  }
  return [...byName].map(([name, facts]) => ({ name, fact: sumFacts(facts, `${TABLE_NUMBER(t.id)} ${name}`)! }));
}

const THREE_PUBLIC_ITEMS: ThreePublicItem[] = ['abroad', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation'];

function readT10(t: TableModel | undefined): NarrativeFacts['t10'] {
  if (!t) return undefined;
  const items: Partial<Record<ThreePublicItem, Fact>> = {};
  for (const key of THREE_PUBLIC_ITEMS) {
    const row = t.rows.find((r) => r.kind === 'threePublic' && r.key === key);
    const f = row ? factOf(t, row.amounts.total, row.name) : undefined;
    if (f) items[key] = f;
  }
  return { total: rowAmount(t, isTotal, 'total', '“三公”经费合计'), items };
}

interface ProjectFacts {
  present: boolean;
  total?: Fact;
  projectCount: number;
  bySource: Partial<Record<IncomeSource, Fact>>;
}

/** 表12/表13: the 合计 row where there is one (seed 003), else the sum of the project rows (seed 000). */
function readProjects(t: TableModel | undefined): ProjectFacts {
  if (!t) return { present: false, projectCount: 0, bySource: {} };
  const projects = t.rows.filter((r) => r.kind === 'project');
  const names = new Set(projects.map((r) => r.name.trim()).filter((n) => n !== ''));
  const totalRow = t.rows.find(isTotal);
  const column = (role: AmountRole, what: string): Fact | undefined => {
    if (totalRow) return factOf(t, totalRow.amounts[role], what);
    if (!t.columns.some((c) => c.role === role)) return undefined;
    const source = `${TABLE_NUMBER(t.id)} ${what}`;
    if (projects.length === 0) return { value: new Money(0), places: 2, cells: [], source };
    return sumFacts(projects.map((r) => factOf(t, r.amounts[role], r.name)), source);
  };
  const bySource: Partial<Record<IncomeSource, Fact>> = {};
  for (const s of INCOME_SOURCES) {
    const f = column(s, SOURCE_NAMES[s]);
    if (f) bySource[s] = f;
  }
  return { present: true, total: column('total', '项目支出合计'), projectCount: names.size, bySource };
}

export function collectFacts(doc: BudgetDocument): NarrativeFacts {
  const t03 = table(doc, 'T03');
  const t05 = table(doc, 'T05');
  const t06 = table(doc, 'T06');
  const t11 = table(doc, 'T11');
  const t05Classes = classFacts(t05, 'class', 'total');
  const t13 = readProjects(table(doc, 'T13'));
  return {
    year: doc.year,
    department: doc.department,
    t01: readT01(table(doc, 'T01')),
    t03: {
      total: rowAmount(t03, isTotal, 'total', '合计'),
      basic: rowAmount(t03, isTotal, 'basic', '基本支出合计'),
      project: rowAmount(t03, isTotal, 'project', '项目支出合计'),
    },
    t04: readT04(table(doc, 'T04')),
    t05: {
      total: rowAmount(t05, isTotal, 'total', '合计'),
      basic: rowAmount(t05, isTotal, 'basic', '基本支出合计'),
      project: rowAmount(t05, isTotal, 'project', '项目支出合计'),
      classes: nonZero(t05Classes),
      allClasses: t05Classes,
      coded: codedFacts(t05),
    },
    t08: { coded: codedFacts(table(doc, 'T08')) },
    t06: {
      total: rowAmount(t06, isTotal, 'total', '合计'),
      personnel: rowAmount(t06, isTotal, 'personnel', '人员经费合计'),
      publicUse: rowAmount(t06, isTotal, 'publicUse', '公用经费合计'),
      personnelItems: distinctItems(t06, 'personnel'),
      publicUseItems: distinctItems(t06, 'publicUse'),
    },
    t10: readT10(table(doc, 'T10')),
    t11: {
      total:
        rowAmount(t11, isTotal, 'total', '机关运行经费合计') ??
        (t11 ? sumFacts(t11.rows.filter((r) => r.kind === 'unit').map((r) => factOf(t11, r.amounts.total, r.name)), '表11 机关运行经费') : undefined),
    },
    t12: readProjects(table(doc, 'T12')),
    t13: { present: t13.present, total: t13.total, projectCount: t13.projectCount },
  };
}
