import type { DraftContext } from './draft-context';
import { yearOnYear } from './draft-context';
import type { NamedFact } from './facts';
import { reasonClause, share, wan } from './format';

/** 五、一般公共预算支出情况说明: (一) size and change, (二) each 类 with its share of 表5 合计. */
export function sectionFive(ctx: DraftContext): string {
  const t = ctx.facts.t05;
  const total = t.total?.value;
  const changed = yearOnYear(ctx, total, ctx.inputs.generalBudgetAppropriation, '上年一般公共预算当年拨款');
  const head = `${ctx.year}年度${ctx.subject}一般公共预算当年拨款${wan(total, ctx.style, '一般公共预算当年拨款')}`;
  const size = `（一）一般公共预算当年拨款规模变化情况\n${head}，${changed.text}${reasonClause(changed, ctx.inputs.reasons?.五)}。`;
  const classes = t.classes.map((c) => `${c.name}${wan(c.fact.value, ctx.style, c.name)}${share(c.fact.value, total)}`);
  const structure =
    classes.length > 0
      ? `${head}，主要用于以下方面：${classes.join('；')}。`
      : `${head}。`;
  return `${size}\n（二）一般公共预算当年拨款结构情况\n${structure}`;
}

function itemList(items: NamedFact[]): string {
  return items.length > 0 ? `，主要包括：${items.map((i) => i.name).join('、')}等` : '';
}

/** 六、一般公共预算基本支出情况说明: 人员经费 and 公用经费 with the non-zero items of 表6. */
export function sectionSix(ctx: DraftContext): string {
  const t = ctx.facts.t06;
  return (
    `${ctx.year}年度${ctx.subject}一般公共预算基本支出${wan(t.total?.value, ctx.style, '一般公共预算基本支出')}，其中：\n` +
    `人员经费${wan(t.personnel?.value, ctx.style, '人员经费')}${itemList(t.personnelItems)}；\n` +
    `公用经费${wan(t.publicUse?.value, ctx.style, '公用经费')}${itemList(t.publicUseItems)}。`
  );
}
