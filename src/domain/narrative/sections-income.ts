import type { DraftContext } from './draft-context';
import { yearOnYear } from './draft-context';
import { APPROPRIATION_SOURCES, INCOME_SOURCES, type AppropriationSource, type Fact, type IncomeSource } from './facts';
import { reasonClause, share, wan } from './format';

/** 一、部门预算收支数据变动情况及原因 */
export function sectionOne(ctx: DraftContext): string {
  const t = ctx.facts.t01;
  const reason = ctx.inputs.reasons?.一;
  const revenueChange = yearOnYear(ctx, t.revenueTotal?.value, ctx.inputs.revenueTotal, '上年收入总计');
  const expenditureChange = yearOnYear(ctx, t.expenditureTotal?.value, ctx.inputs.expenditureTotal, '上年支出总计');
  const w = (f: Fact | undefined, what: string) => wan(f?.value, ctx.style, what);
  return (
    `${ctx.year}年度${ctx.subject}预算收入总计${w(t.revenueTotal, '收入总计')}，其中：本年收入${w(t.currentRevenue, '本年收入合计')}，` +
    `上年结转${w(t.carryOver, '上年结转')}，${revenueChange.text}${reasonClause(revenueChange, reason)}；` +
    `本年部门预算支出总计${w(t.expenditureTotal, '支出总计')}，其中：本年预算安排${w(t.expenditureCurrent, '本年预算安排')}，` +
    `上年结转${w(t.expenditureCarryOver, '上年结转安排')}，${expenditureChange.text}${reasonClause(expenditureChange, reason)}。`
  );
}

const INCOME_WORDS: Record<IncomeSource, string> = {
  general: '一般公共预算拨款收入',
  fund: '政府性基金预算拨款收入',
  stateCapital: '国有资本经营预算拨款收入',
  specialAccount: '财政专户管理资金收入',
  unitFunds: '单位资金',
};

/** 二、收入预算情况说明: every source with its share of 收入总计, zeros included as the seeds do. */
export function sectionTwo(ctx: DraftContext): string {
  const t = ctx.facts.t01;
  const total = t.revenueTotal?.value;
  const parts = INCOME_SOURCES.map((s) => {
    const v = t.sources[s]?.value;
    return `${INCOME_WORDS[s]}${wan(v, ctx.style, INCOME_WORDS[s])}${share(v, total)}`;
  });
  parts.push(`上年结转${wan(t.carryOver?.value, ctx.style, '上年结转')}${share(t.carryOver?.value, total)}`);
  return `${ctx.year}年度${ctx.subject}预算收入${wan(total, ctx.style, '收入总计')}，主要包括${parts.join('；')}。`;
}

/** 三、支出预算情况说明: 基本 and 项目 with their shares of 表3 合计. */
export function sectionThree(ctx: DraftContext): string {
  const t = ctx.facts.t03;
  const total = t.total?.value;
  return (
    `${ctx.year}年度${ctx.subject}支出预算${wan(total, ctx.style, '支出合计')}，其中：` +
    `基本支出${wan(t.basic?.value, ctx.style, '基本支出')}${share(t.basic?.value, total)}；` +
    `项目支出${wan(t.project?.value, ctx.style, '项目支出')}${share(t.project?.value, total)}。`
  );
}

const APPROPRIATION_WORDS: Record<AppropriationSource, string> = {
  general: '一般公共预算拨款',
  fund: '政府性基金预算拨款',
  stateCapital: '国有资本经营预算拨款',
};

/** 四、财政拨款收支预算总体情况说明: sources (with carry-over), 当年/上年结转, the non-zero 类. */
export function sectionFour(ctx: DraftContext): string {
  const t = ctx.facts.t04;
  const sources = APPROPRIATION_SOURCES.map((s) => `${APPROPRIATION_WORDS[s]}${wan(t.sources[s]?.value, ctx.style, APPROPRIATION_WORDS[s])}`);
  let text =
    `${ctx.year}年度${ctx.subject}财政拨款收支总预算${wan(t.total?.value, ctx.style, '财政拨款收支总预算')}。` +
    `收入为${sources.join('，')}。` +
    `其中：当年拨款收入${wan(t.currentRevenue?.value, ctx.style, '当年拨款收入')}，上年结转收入${wan(t.carryOver?.value, ctx.style, '上年结转收入')}。`;
  const prior = ctx.inputs.fundBudgetAppropriation;
  if (prior !== undefined) {
    const fund = t.currentSources.fund?.value ?? ctx.facts.t01.sources.fund?.value;
    const changed = yearOnYear(ctx, fund, prior, '上年政府性基金预算拨款');
    text += `政府性基金预算当年拨款${wan(fund, ctx.style, '政府性基金预算拨款')}，${changed.text}${reasonClause(changed, ctx.inputs.reasons?.四)}。`;
  }
  if (t.classes.length > 0) {
    text += `支出包括：${t.classes.map((c) => `${c.name}${wan(c.fact.value, ctx.style, c.name)}`).join('、')}。`;
  }
  return text;
}
