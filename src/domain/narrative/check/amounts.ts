import type Decimal from 'decimal.js';
import { decimalText, roundHalfUp } from '../../money';
import type { TextFigure } from '../text/figures';
import { bounded, checkRatio, diffPlaces, plain, sameAtPlaces } from './compare';
import { shareBasesOf, type ShareBase } from './concepts';
import { addFinding, isStatement, quote, textCell, where, type CheckContext } from './context';

/** Rules 25–32: every stated amount equals the table figure it names (rounded to the places the text prints). */
export function checkAmounts(ctx: CheckContext): void {
  for (const [f, concept] of ctx.concepts) {
    const fact = concept.fact;
    if (concept.misnamed) {
      addFinding(
        ctx,
        'nameDiffers',
        'N.name',
        `${where(f)}写“${concept.misnamed.written}”，${concept.misnamed.tableId}的类名称是“${concept.misnamed.table}”。请改用表中的名称。`,
        [...(fact?.cells ?? []), ...textCell(ctx, f.line)],
      );
    }
    if (!fact || f.wan === undefined || f.wanPlaces === undefined) continue;
    if (sameAtPlaces(f.wan, f.wanPlaces, fact.value, fact.places)) continue;
    const cells = [...fact.cells, ...textCell(ctx, f.line)];
    if (f.unit === '元' && sameAtPlaces(f.value, f.places, fact.value, fact.places)) {
      addFinding(
        ctx,
        'mismatch',
        'N.amount',
        `${where(f)}写“${quote(ctx, f)}”，单位写成了“元”：${fact.source}（${fact.cells.join('、')}）是${plain(fact.value)}万元。请把单位改为万元。`,
        cells,
        { expected: `${plain(fact.value)}万元`, actual: f.raw },
      );
      continue;
    }
    // A 元 table's figure is shown as the text would print it in 万元 (114.9678 → 114.97).
    const places = Math.min(fact.places, Math.max(f.wanPlaces, 2), 6);
    const table = roundHalfUp(fact.value, places);
    const difference = plain(f.wan.minus(table).abs(), diffPlaces(f.wanPlaces, places));
    addFinding(
      ctx,
      'mismatch',
      'N.amount',
      `${where(f)}写“${quote(ctx, f)}”，但${fact.source}（${fact.cells.join('、')}）为${plain(table, places)}万元，相差${difference}万元。` +
        '无法判断哪一处有误，请核对后改正情况说明或表格。',
      cells,
      { expected: plain(table, places), actual: plain(f.wan, f.wanPlaces), difference },
    );
  }
}

function previousStatement(figures: TextFigure[], f: TextFigure): TextFigure | undefined {
  const before = figures.filter((g) => g.start < f.start && g.sentenceStart === f.sentenceStart && isStatement(g));
  return before[before.length - 1];
}

interface Whole {
  value: Decimal;
  places: number;
  name: string;
  cells: string[];
}

/** The base as the section states it, or else as the table has it. */
function wholeOf(ctx: CheckContext, share: TextFigure, base: ShareBase): Whole | undefined {
  const stated = [...ctx.concepts].find(([g, c]) => g.section === share.section && c.key === base.key)?.[0];
  if (stated?.wan !== undefined && stated.wanPlaces !== undefined) {
    return { value: stated.wan, places: stated.wanPlaces, name: `“${quote(ctx, stated)}”`, cells: ctx.concepts.get(stated)?.fact?.cells ?? [] };
  }
  if (base.fact) return { value: base.fact.value, places: base.fact.places, name: `${base.fact.source}${plain(base.fact.value)}万元`, cells: base.fact.cells };
  return undefined;
}

/**
 * Rules 26, 27, 29: "占x%" is recomputed as the amount just before it divided by the
 * section's base (收入总计 or 本年收入 in 二, 表3 合计 in 三, 表5 合计 in 五, 表6 合计 in 六), both as the
 * text states them (the base from the table when the text does not state it). A share
 * that also agrees with the tables' own figures is accepted, so that a wrong amount is
 * reported once, as an amount, whether or not its share was recomputed from it. 'exact'
 * passes; within the rounding of the amounts is an info (尾差); beyond is an error.
 */
export function checkShares(ctx: CheckContext): void {
  const figures = ctx.analysis.figures;
  for (const s of figures) {
    if (s.role !== 'share' || s.inReason) continue;
    const part = previousStatement(figures, s);
    const bases = shareBasesOf(s.sectionId, ctx.facts);
    if (!part || bases.length === 0 || part.wan === undefined || part.wanPlaces === undefined) continue;
    const partFact = ctx.concepts.get(part)?.fact;
    const stated = bounded(part.wan, part.wanPlaces);
    // Right by the text's own amounts, or by the tables' figures (so a wrong amount before it
    // is reported once, as an amount), over any base the section may use.
    const exact = bases.some((base) => {
      const whole = wholeOf(ctx, s, base);
      if (whole && !whole.value.isZero() && checkRatio(s.value, s.places, stated, bounded(whole.value, whole.places)).verdict === 'exact') return true;
      return !!partFact && !!base.fact && !base.fact.value.isZero() &&
        checkRatio(s.value, s.places, bounded(partFact.value, partFact.places), bounded(base.fact.value, base.fact.places)).verdict === 'exact';
    });
    if (exact) continue;
    const whole = wholeOf(ctx, s, bases[0]);
    if (!whole || whole.value.isZero()) continue;
    const { verdict, expected } = checkRatio(s.value, s.places, stated, bounded(whole.value, whole.places));
    const cells = [...(partFact?.cells ?? []), ...whole.cells, ...textCell(ctx, s.line)];
    const shown = `${decimalText(expected, s.places)}%`;
    addFinding(
      ctx,
      verdict === 'wrong' ? 'mismatch' : 'rounding',
      'N.percent',
      verdict === 'wrong'
        ? `${where(s)}写“${quote(ctx, part)}，占${s.raw}”，按${part.raw}÷${whole.name}计算应为${shown}。请改正百分比。`
        : `${where(s)}写“${quote(ctx, part)}，占${s.raw}”，按${part.raw}÷${whole.name}四舍五入为${shown}；差别在金额的舍入范围内（尾差），可不改。`,
      cells,
      { expected: shown, actual: s.raw, difference: `${decimalText(s.value.minus(expected).abs(), s.places)}%` },
    );
  }
}

/** Rule 31: the "无三公经费" sentence only where 表10 has none. */
export function checkNoThreePublic(ctx: CheckContext): void {
  const total = ctx.facts.t10?.total;
  if (!total || total.value.isZero()) return;
  const section = ctx.analysis.sections.find((s) => s.id === '七');
  if (!section) return;
  const body = ctx.analysis.text.slice(section.start, section.end);
  const m = /(无|没有|未安排)[^。；;\n]{0,8}三公|三公[^。；;\n]{0,8}(为零|为0)/.exec(body);
  if (!m) return;
  const line = ctx.analysis.text.slice(0, section.start + m.index).split('\n').length - 1;
  addFinding(
    ctx,
    'mismatch',
    'N.amount',
    `情况说明“${section.numeral}、${section.title}”说没有“三公”经费，但${total.source}（${total.cells.join('、')}）为${plain(total.value)}万元。请核对。`,
    [...total.cells, ...textCell(ctx, line)],
    { expected: plain(total.value), actual: '0.00' },
  );
}
