import type Decimal from 'decimal.js';
import { Money } from '../money';
import type { DraftContext } from './draft-context';
import { yearOnYear } from './draft-context';
import { INCOME_SOURCES, type Fact, type IncomeSource } from './facts';
import { change, type Change, placeholder, reasonClause, wan } from './format';

const isZeroOrMissing = (v: Decimal | undefined): boolean => v === undefined || v.isZero();

function sumDefined(values: (Decimal | undefined)[]): Decimal | undefined {
  if (values.some((v) => v === undefined)) return undefined;
  return (values as Decimal[]).reduce<Decimal>((a, v) => a.plus(v), new Money(0));
}

/** "增加的主要原因是…" after the 三公 items; the direction is that of the total. */
function reasonSentence(changed: Change, anyItemChanged: boolean, reason: string | undefined): string {
  if (changed.direction === 0 && !anyItemChanged) return '';
  const lead = changed.direction === 1 ? '增加的' : changed.direction === -1 ? '减少的' : '增减变动的';
  const text = (reason ?? '').trim().replace(/[。；;，,\s]+$/u, '');
  if (!text) return `${lead}主要原因是${placeholder('主要原因')}。`;
  if (/^(主要原因|原因|主要是|由于|因为)/.test(text)) return `${text}。`;
  return `${lead}主要原因是${text}。`;
}

/** 七、“三公”经费增减变动原因说明, or the seeds' sentence for a department without 三公 budget. */
export function sectionSeven(ctx: DraftContext): string {
  const t = ctx.facts.t10;
  const prior = ctx.inputs.threePublic ?? {};
  if (!t) {
    return `${ctx.year}年财政拨款安排的“三公”经费预算${wan(undefined, ctx.style, '“三公”经费预算（未识别到表10）')}。`;
  }
  const item = (k: keyof typeof t.items) => t.items[k]?.value;
  const total = t.total?.value ?? sumDefined([item('abroad'), item('reception'), item('vehicle')]);
  const priorTotal = prior.total ?? sumDefined([prior.overseas, prior.reception, prior.vehiclePurchase, prior.vehicleOperation]);
  if (total !== undefined && total.isZero() && isZeroOrMissing(priorTotal)) return '本部门无“三公”经费预算。';

  const compareTotal = change(total, priorTotal, ctx.style, {
    against: `比${ctx.priorYear}年预算数`,
    missing: '上年“三公”经费预算',
    same: `与${ctx.priorYear}年预算数相同`,
  });
  const compareItem = (current: Decimal | undefined, before: Decimal | undefined, name: string): Change =>
    change(current, before, ctx.style, { against: '比上年预算数', missing: `上年${name}`, same: '与上年预算数相同' });
  type Item = { name: string; current?: Decimal; before?: Decimal };
  const splitVehicle = t.items.vehiclePurchase !== undefined || t.items.vehicleOperation !== undefined;
  const vehicle: Item[] = splitVehicle
    ? [
        { name: '公务用车购置费', current: item('vehiclePurchase'), before: prior.vehiclePurchase },
        { name: '公务用车运行维护费', current: item('vehicleOperation'), before: prior.vehicleOperation },
      ]
    : [{ name: '公务用车购置及运行费', current: item('vehicle'), before: sumDefined([prior.vehiclePurchase, prior.vehicleOperation]) }];
  const items: Item[] = [
    { name: '因公出国（境）费', current: item('abroad'), before: prior.overseas },
    { name: '公务接待费', current: item('reception'), before: prior.reception },
    ...vehicle,
  ];
  const compared = items.map(({ name, current, before }) => ({ name, current, changed: compareItem(current, before, name) }));
  const parts = compared.map((c) => `${c.name}${wan(c.current, ctx.style, c.name)}，${c.changed.text}`);
  const anyItemChanged = compared.some((c) => c.changed.direction !== 0);
  return (
    `${ctx.year}年财政拨款安排的“三公”经费预算${wan(total, ctx.style, '“三公”经费预算')}，${compareTotal.text}。` +
    `其中：${parts.join('；')}。` +
    reasonSentence(compareTotal, anyItemChanged, ctx.inputs.reasons?.七)
  );
}

/** 八、机关运行经费增减变动原因说明 */
export function sectionEight(ctx: DraftContext): string {
  const total = ctx.facts.t11.total?.value;
  const prior = ctx.inputs.operatingCosts;
  if (total !== undefined && total.isZero() && isZeroOrMissing(prior)) {
    return `${ctx.year}年${ctx.actor}无机关运行经费财政拨款预算。`;
  }
  const changed = yearOnYear(ctx, total, prior, '上年机关运行经费');
  return (
    `${ctx.year}年${ctx.actor}机关运行经费财政拨款预算${wan(total, ctx.style, '机关运行经费（未识别到表11）')}，` +
    `${changed.text}${reasonClause(changed, ctx.inputs.reasons?.八)}。`
  );
}

/** 九、政府采购情况, from the user's figures (the tables do not hold them). */
export function sectionNine(ctx: DraftContext): string {
  const p = ctx.inputs.procurement ?? {};
  const parts = [p.goods, p.works, p.services];
  if (p.total !== undefined && p.total.isZero() && parts.every(isZeroOrMissing)) {
    return `${ctx.year}年${ctx.actor}未安排政府采购预算。`;
  }
  return (
    `${ctx.year}年${ctx.actor}政府采购预算总额${wan(p.total, ctx.style, '政府采购预算总额')}。` +
    `其中：政府采购货物预算${wan(p.goods, ctx.style, '政府采购货物预算')}、` +
    `政府采购工程预算${wan(p.works, ctx.style, '政府采购工程预算')}、` +
    `政府采购服务预算${wan(p.services, ctx.style, '政府采购服务预算')}。`
  );
}

const SOURCE_WORDS: Record<IncomeSource, string> = {
  general: '一般公共预算',
  fund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
};

function bySourceClause(ctx: DraftContext, bySource: Partial<Record<IncomeSource, Fact>>): string {
  const nonZero = INCOME_SOURCES.filter((s) => bySource[s] && !bySource[s]!.value.isZero());
  if (nonZero.length < 2) return '';
  return `，其中：${nonZero.map((s) => `${SOURCE_WORDS[s]}${wan(bySource[s]!.value, ctx.style, SOURCE_WORDS[s])}`).join('、')}`;
}

/** 十、绩效管理情况: the projects of 表12 (count and amount); the performance forms when given. */
export function sectionTen(ctx: DraftContext): string {
  const t = ctx.facts.t12;
  const total = t.total?.value;
  if (t.present && t.projectCount === 0 && total !== undefined && total.isZero()) {
    return `${ctx.year}年${ctx.actor}未安排项目支出预算，无实行绩效目标管理的项目。`;
  }
  const count = t.projectCount > 0 ? String(t.projectCount) : placeholder('项目个数');
  const management =
    `1、绩效管理情况\n${ctx.year}年${ctx.actor}实行绩效目标管理的项目${count}个，` +
    `涉及项目支出预算${wan(total, ctx.style, '项目支出预算（未识别到表12）')}${bySourceClause(ctx, t.bySource)}。`;
  const forms = ctx.performanceForms;
  let targets: string;
  if (forms && forms.length > 0) {
    const funds = sumDefined(forms.map((f) => f.annualFundsWan ?? undefined));
    targets =
      `公开项目绩效目标表${forms.length}个` +
      (funds !== undefined ? `，涉及年度资金总额${wan(funds, ctx.style, '年度资金总额')}` : '') +
      '（项目绩效目标表见附件）。';
  } else {
    targets = '（项目绩效目标表公开情况见附件）';
  }
  return `${management}\n2、绩效目标情况\n${targets}`;
}
