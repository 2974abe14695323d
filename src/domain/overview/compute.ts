import type Decimal from 'decimal.js';
import type { BudgetDocument } from '../model/types';
import { Money, roundHalfUp } from '../money';
import { placeInWan, roundingBound, withinRounding } from '../rounding';
import { APPROPRIATION_SOURCES, INCOME_SOURCES, collectFacts, type Fact, type NamedFact } from '../narrative/facts';
import type { Overview, SharePart } from './types';

const HUNDRED = new Money(100);

const SOURCE_LABELS: Record<(typeof INCOME_SOURCES)[number], string> = {
  general: '一般公共预算',
  fund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
};

/** part ÷ whole in percent, half-up to 2 places from the exact decimals; undefined without a whole. */
export function shareOf(part: Decimal, whole: Decimal | undefined): Decimal | undefined {
  if (whole === undefined || whole.isZero()) return undefined;
  return roundHalfUp(part.div(whole).times(HUNDRED), 2);
}

function part(label: string, fact: Fact, whole: Decimal | undefined): SharePart {
  const share = shareOf(fact.value, whole);
  return { label, amount: fact.value, ...(share !== undefined ? { share } : {}), cells: fact.cells.length === 1 ? fact.cells : [] };
}

/** 收入总计 = 支出总计: an equality of two rounded 万元 figures. */
function balance(income: Fact, expenditure: Fact): Pick<Overview, 'difference' | 'balanced' | 'tolerance'> {
  const difference = income.value.minus(expenditure.value);
  const tolerance = roundingBound([placeInWan(income.places, '万元'), placeInWan(expenditure.places, '万元')]);
  return { difference, balanced: withinRounding(difference, tolerance), tolerance };
}

const value = (fact: Fact | undefined): Decimal | undefined => fact?.value;

function classParts(classes: NamedFact[], whole: Decimal | undefined): SharePart[] {
  return classes.map((c) => part(c.name, c.fact, whole));
}

/**
 * The figures the pane's 实时概览 shows, from a recognized document. Pure; amounts in 万元
 * exactly as read (a 元 table is converted), shares half-up to 2 places from exact decimals.
 */
export function computeOverview(doc: BudgetDocument): Overview {
  const facts = collectFacts(doc);
  const has = (id: string) => doc.tables.some((t) => t.id === id);
  const overview: Overview = {
    ...(doc.year !== undefined ? { year: doc.year } : {}),
    ...(doc.department !== undefined ? { department: doc.department } : {}),
    missing: [...doc.missing],
  };

  if (has('T01')) {
    const { revenueTotal, expenditureTotal, sources, carryOver } = facts.t01;
    overview.incomeTotal = value(revenueTotal);
    overview.expenditureTotal = value(expenditureTotal);
    if (revenueTotal && expenditureTotal) Object.assign(overview, balance(revenueTotal, expenditureTotal));
    const whole = value(revenueTotal);
    const income: SharePart[] = [];
    for (const source of INCOME_SOURCES) {
      const fact = sources[source];
      if (fact) income.push(part(SOURCE_LABELS[source], fact, whole));
    }
    if (carryOver) income.push(part('上年结转', carryOver, whole));
    overview.income = income;
  }

  if (has('T03')) {
    const { total, basic, project } = facts.t03;
    const whole = value(total);
    overview.expenditure = {
      total: whole,
      ...(basic ? { basic: part('基本支出', basic, whole) } : {}),
      ...(project ? { project: part('项目支出', project, whole) } : {}),
    };
  }

  if (has('T04')) {
    const whole = value(facts.t04.total);
    const parts: SharePart[] = [];
    for (const source of APPROPRIATION_SOURCES) {
      const fact = facts.t04.sources[source];
      if (fact) parts.push(part(SOURCE_LABELS[source], fact, whole));
    }
    overview.appropriation = { total: whole, parts };
  }

  if (has('T05')) {
    overview.generalTotal = value(facts.t05.total);
    overview.classes = classParts(facts.t05.allClasses, overview.generalTotal);
  }

  if (facts.t10) {
    const { total, items } = facts.t10;
    overview.threePublic = {
      total: value(total),
      abroad: value(items.abroad),
      reception: value(items.reception),
      vehicle: value(items.vehicle),
      vehiclePurchase: value(items.vehiclePurchase),
      vehicleOperation: value(items.vehicleOperation),
    };
  }

  if (has('T11')) overview.operatingCosts = value(facts.t11.total);
  return overview;
}
