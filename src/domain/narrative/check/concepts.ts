import type Decimal from 'decimal.js';
import { sumFacts, type Fact, type NamedFact, type NarrativeFacts } from '../facts';
import { normalizeName } from '../names';
import type { NarrativeInputs, TextSectionId } from '../types';
import { subjectPath, subjectRow } from './budget-items';

/** The table figure a stated amount refers to, and last year's figure when the user gave it. */
export interface Concept {
  /** Identifies the figure across a section ("T05.total"), e.g. as the base of shares. */
  key: string;
  /** Undefined when the table/row was not recognized: the check does not apply. */
  fact?: Fact;
  prior?: Decimal;
  /** Set when the text names a 类 close to, but not the same as, the table's name. */
  misnamed?: { written: string; table: string; tableId: string };
  /** 三公 items: the reason is usually given once for the total. */
  item?: boolean;
}

function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

function exactClass(label: string, classes: NamedFact[]): NamedFact | undefined {
  const l = normalizeName(label);
  return classes.find((c) => {
    const n = normalizeName(c.name);
    return n.length > 0 && l.endsWith(n);
  });
}

/** A 类 name written with a slip (一般公共预算服务支出 for 一般公共服务支出): at most 2 edits at the label's end. */
function nearClass(label: string, classes: NamedFact[]): { named: NamedFact; written: string } | undefined {
  const l = normalizeName(label);
  for (const c of classes) {
    const n = normalizeName(c.name);
    if (n.length < 5) continue;
    for (let len = n.length - 2; len <= n.length + 2; len++) {
      if (len <= 0 || len > l.length) continue;
      const tail = l.slice(l.length - len);
      if (editDistance(tail, n) <= 2 && tail.endsWith(n.slice(-2))) return { named: c, written: tail };
    }
  }
  return undefined;
}

/** 表4's 本年收入 as the sum of its three sources, when it has no 本年收入合计 row. */
function appropriationSum(facts: NarrativeFacts): Fact | undefined {
  const s = facts.t04.currentSources;
  return sumFacts([s.general, s.fund, s.stateCapital], '表4 财政拨款收入（一般公共预算、政府性基金、国有资本经营预算）');
}

/** A rule may say "not a table figure" (undefined) to stop the rules after it. */
type Rule = [RegExp, () => Concept | undefined];

function firstRule(label: string, rules: Rule[]): Concept | undefined {
  const l = normalizeName(label);
  const hit = rules.find(([p]) => p.test(l));
  return hit ? hit[1]() : undefined;
}

function classConcept(prefix: string, named: NamedFact, tableId: string, written?: string): Concept {
  return {
    key: `${prefix}.class.${named.name}`,
    fact: named.fact,
    ...(written ? { misnamed: { written, table: named.name, tableId } } : {}),
  };
}

/**
 * Which table figure a stated amount refers to, from the words just before it and the
 * section it is in. `sentenceHead` is the label of the sentence's first amount (section 一
 * tells the income part from the expenditure part by it).
 */
export function conceptOf(
  section: TextSectionId | undefined,
  label: string,
  sentenceHead: string,
  facts: NarrativeFacts,
  inputs: NarrativeInputs,
): Concept | undefined {
  const t01 = facts.t01;
  // Last year's figure (2025年当年预算执行数为…): the tables do not hold it.
  if (/执行数|决算/.test(label)) return undefined;
  const path = subjectPath(label);
  if (path) {
    const row = subjectRow(path, facts);
    return { key: `subject.${row?.code ?? label}`, fact: row?.fact };
  }
  switch (section) {
    case '一': {
      const expenditure = /支出/.test(sentenceHead);
      const t04 = facts.t04;
      return firstRule(label, [
        // The Shanghai 编制说明 speaks of 财政拨款 and its three sources on both sides.
        [/(事业|经营|其他)收入$/, () => undefined],
        [/财政拨款收入$/, () => ({ key: 'T04.currentRevenue', fact: t04.currentRevenue ?? appropriationSum(facts) })],
        [/一般公共预算(拨款)?支出(预算)?$/, () => ({ key: 'T04.general', fact: t04.sources.general ?? facts.t05.total })],
        [/政府性基金(预算)?(拨款)?支出(预算)?$/, () => ({ key: 'T04.fund', fact: t04.sources.fund })],
        [/国有资本经营(预算)?(拨款)?支出(预算)?$/, () => ({ key: 'T04.stateCapital', fact: t04.sources.stateCapital })],
        [/财政拨款支出(预算)?$/, () => ({ key: 'T04.total', fact: t04.total })],
        [/(收入总计|预算收入|收入合计|收入预算)$/, () => ({ key: 'T01.revenueTotal', fact: t01.revenueTotal, prior: inputs.revenueTotal })],
        [/(支出总计|支出预算|支出合计)$/, () => ({ key: 'T01.expenditureTotal', fact: t01.expenditureTotal, prior: inputs.expenditureTotal })],
        [/上年结转(收入|安排)?$/, () =>
          expenditure ? { key: 'T01.expenditureCarryOver', fact: t01.expenditureCarryOver } : { key: 'T01.carryOver', fact: t01.carryOver }],
        [/本年收入(合计)?$/, () => ({ key: 'T01.currentRevenue', fact: t01.currentRevenue })],
        [/(本年|当年)(预算安排|支出(合计)?)$/, () => ({ key: 'T01.expenditureCurrent', fact: t01.expenditureCurrent })],
      ]);
    }
    case '二':
      return firstRule(label, [
        [/上年结转/, () => ({ key: 'T01.carryOver', fact: t01.carryOver })],
        [/本年收入(合计)?$/, () => ({ key: 'T01.currentRevenue', fact: t01.currentRevenue })],
        [/一般公共预算/, () => ({ key: 'T01.general', fact: t01.sources.general })],
        [/政府性基金/, () => ({ key: 'T01.fund', fact: t01.sources.fund })],
        [/国有资本/, () => ({ key: 'T01.stateCapital', fact: t01.sources.stateCapital })],
        [/财政专户/, () => ({ key: 'T01.specialAccount', fact: t01.sources.specialAccount })],
        [/单位资金/, () => ({ key: 'T01.unitFunds', fact: t01.sources.unitFunds })],
        [/财政拨款/, () => ({ key: 'T04.currentRevenue', fact: facts.t04.currentRevenue })],
        // Older formats' income kinds, which the 13 tables do not show one by one.
        [/事业收入|经营收入|其他收入|附属单位|下级单位/, () => undefined],
        [/(收入|收入总计|收入合计|收入预算)$/, () => ({ key: 'T01.revenueTotal', fact: t01.revenueTotal, prior: inputs.revenueTotal })],
      ]);
    case '三':
      return firstRule(label, [
        [/基本支出(预算)?$/, () => ({ key: 'T03.basic', fact: facts.t03.basic })],
        [/项目支出(预算)?$/, () => ({ key: 'T03.project', fact: facts.t03.project })],
        [/支出(预算|总计|合计)?$/, () => ({ key: 'T03.total', fact: facts.t03.total, prior: inputs.expenditureTotal })],
      ]);
    case '四': {
      const t04 = facts.t04;
      const exact = exactClass(label, t04.allClasses);
      if (exact) return classConcept('T04', exact, '表4');
      const byWords = firstRule(label, [
        [/政府性基金(预算)?当年拨款$/, () => ({ key: 'T04.fundCurrent', fact: t04.currentSources.fund, prior: inputs.fundBudgetAppropriation })],
        [/(当年拨款|本年收入)(收入|合计)?$/, () => ({ key: 'T04.currentRevenue', fact: t04.currentRevenue })],
        [/上年(财政拨款)?结转(收入)?$/, () => ({ key: 'T04.carryOver', fact: t04.carryOver })],
        [/一般公共预算(拨款)?(收入)?$/, () => ({ key: 'T04.general', fact: t04.sources.general })],
        [/政府性基金(预算)?(拨款)?(收入)?$/, () => ({ key: 'T04.fund', fact: t04.sources.fund })],
        [/国有资本经营(预算)?(拨款)?(收入)?$/, () => ({ key: 'T04.stateCapital', fact: t04.sources.stateCapital })],
      ]);
      if (byWords) return byWords;
      const near = nearClass(label, t04.allClasses);
      if (near) return classConcept('T04', near.named, '表4', near.written);
      return firstRule(label, [[/(总预算|收支总计|收入总计|支出总计|收支预算)$/, () => ({ key: 'T04.total', fact: t04.total })]]);
    }
    case '五': {
      const t05 = facts.t05;
      const exact = exactClass(label, t05.allClasses);
      if (exact) return classConcept('T05', exact, '表5');
      const byWords = firstRule(label, [
        [/(一般公共预算(当年)?(拨款|支出)(预算)?(规模)?|当年(拨款|支出))$/, () => ({ key: 'T05.total', fact: t05.total, prior: inputs.generalBudgetAppropriation })],
        [/基本支出$/, () => ({ key: 'T05.basic', fact: t05.basic })],
        [/项目支出$/, () => ({ key: 'T05.project', fact: t05.project })],
      ]);
      if (byWords) return byWords;
      const near = nearClass(label, t05.allClasses);
      return near ? classConcept('T05', near.named, '表5', near.written) : undefined;
    }
    case '六':
      return firstRule(label, [
        [/人员经费(支出)?(预算)?$/, () => ({ key: 'T06.personnel', fact: facts.t06.personnel })],
        [/公用经费(支出)?(预算)?$/, () => ({ key: 'T06.publicUse', fact: facts.t06.publicUse })],
        [/基本支出(预算)?$/, () => ({ key: 'T06.total', fact: facts.t06.total })],
      ]);
    case '七': {
      const t10 = facts.t10;
      const tp = inputs.threePublic ?? {};
      const item = (key: string, fact: Fact | undefined, prior: Decimal | undefined): Concept => ({ key, fact, prior, item: true });
      return firstRule(label, [
        [/因公出国/, () => item('T10.abroad', t10?.items.abroad, tp.overseas)],
        [/公务接待/, () => item('T10.reception', t10?.items.reception, tp.reception)],
        [/购置及运行/, () => item('T10.vehicle', t10?.items.vehicle, undefined)],
        [/购置/, () => item('T10.vehiclePurchase', t10?.items.vehiclePurchase, tp.vehiclePurchase)],
        [/运行(维护|维修)?费?$|运行维护/, () => item('T10.vehicleOperation', t10?.items.vehicleOperation, tp.vehicleOperation)],
        [/三公/, () => ({ key: 'T10.total', fact: t10?.total, prior: tp.total })],
      ]);
    }
    case '八':
      return firstRule(label, [[/机关运行经费/, () => ({ key: 'T11.total', fact: facts.t11.total, prior: inputs.operatingCosts })]]);
    default:
      return undefined;
  }
}

/** A figure the percentages of a section may be shares of. */
export interface ShareBase {
  key: string;
  fact?: Fact;
}

/**
 * The figures whose shares a section's percentages state, the usual one first: 收入总计 in
 * 二 (some departments divide by 本年收入), 表3 合计 in 三, 表5 合计 in 五, 表6 合计 in 六.
 */
export function shareBasesOf(section: TextSectionId | undefined, facts: NarrativeFacts): ShareBase[] {
  switch (section) {
    case '二':
      return [
        { key: 'T01.revenueTotal', fact: facts.t01.revenueTotal },
        { key: 'T01.currentRevenue', fact: facts.t01.currentRevenue },
      ];
    case '三':
      return [{ key: 'T03.total', fact: facts.t03.total }];
    case '五':
      return [{ key: 'T05.total', fact: facts.t05.total }];
    case '六':
      return [{ key: 'T06.total', fact: facts.t06.total }];
    default:
      return [];
  }
}
