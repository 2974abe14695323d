import type Decimal from 'decimal.js';
import { decimalText } from '../../money';
import type { ReasonSpan, TextFigure } from '../text/figures';
import { placeUnit, roundingBound, withinRounding } from '../../rounding';
import { bounded, checkRatio, plain, sameAtPlaces } from './compare';
import type { Concept } from './concepts';
import { addFinding, isStatement, quote, textCell, where, type CheckContext } from './context';

const UP = /增加|增长|新增|上升|提高|增多|扩大|增资/;
const DOWN = /减少|下降|降低|压减|缩减|取消|节约|核减|收回|减/;

/** Last year's figures from the 上年数 inputs are taken as printed with 2 decimals. */
const PRIOR_PLACES = 2;

interface ChangeStatement {
  base: TextFigure;
  concept?: Concept;
  amount?: TextFigure;
  percent?: TextFigure;
  direction: 1 | -1;
}

/** Pairs each change (amount, percentage or both) with the amount it changes: the first stated amount of its sentence. */
function changeStatements(ctx: CheckContext): ChangeStatement[] {
  const figures = ctx.analysis.figures.filter((f) => !f.inReason);
  const out: ChangeStatement[] = [];
  const used = new Set<TextFigure>();
  figures.forEach((f, i) => {
    if (f.role !== 'change' || used.has(f) || f.kind === 'count') return;
    const inSentence = figures.filter((g) => g.sentenceStart === f.sentenceStart && g.start < f.start && isStatement(g));
    const base = inSentence.find((g) => ctx.concepts.has(g)) ?? inSentence[0];
    if (!base) return;
    const next = figures[i + 1];
    const statement: ChangeStatement = { base, concept: ctx.concepts.get(base), direction: f.direction ?? 1 };
    if (f.kind === 'amount') {
      statement.amount = f;
      if (next && next.kind === 'percent' && next.role === 'change' && next.sentenceStart === f.sentenceStart) {
        statement.percent = next;
        used.add(next);
      }
    } else {
      statement.percent = f;
    }
    used.add(f);
    out.push(statement);
  });
  return out;
}

function word(direction: 1 | -1): string {
  return direction === 1 ? '增加' : '减少';
}

/** Rule 36 and §5: the percentage of a change against the base the text itself implies (本年 − 增加额). */
function checkStatedBase(ctx: CheckContext, c: ChangeStatement): void {
  const { base, amount, percent } = c;
  if (!amount || !percent || base.wan === undefined || amount.wan === undefined) return;
  const prior = base.wan.minus(amount.wan.times(c.direction));
  if (prior.lte(0)) return;
  const priorPlaces = [placeUnit(base.wanPlaces ?? 2), placeUnit(amount.wanPlaces ?? 2)];
  const { verdict, expected } = checkRatio(percent.value, percent.places, bounded(amount.wan, amount.wanPlaces ?? 2), { value: prior, places: priorPlaces });
  if (verdict === 'exact') return;
  const shown = `${decimalText(expected, percent.places)}%`;
  const cells = [...(c.concept?.fact?.cells ?? []), ...textCell(ctx, percent.line)];
  const arithmetic = `上年数 = ${base.raw} ${c.direction === 1 ? '−' : '+'} ${amount.raw} = ${plain(prior)}万元，${amount.raw} ÷ ${plain(prior)}万元`;
  addFinding(
    ctx,
    verdict === 'wrong' ? 'mismatch' : 'rounding',
    'N.percent',
    verdict === 'wrong'
      ? `${where(percent)}写“${quote(ctx, amount)}，${percent.label}${percent.raw}”：${arithmetic}应为${shown}。请改正百分比。`
      : `${where(percent)}写“${percent.label}${percent.raw}”：${arithmetic}四舍五入为${shown}；差别在金额的舍入范围内（尾差），可不改。`,
    cells,
    { expected: shown, actual: percent.raw, difference: `${decimalText(percent.value.minus(expected).abs(), percent.places)}%` },
  );
}

/** The change against the user's 上年数, when given. */
function checkAgainstPrior(ctx: CheckContext, c: ChangeStatement, prior: Decimal): void {
  const { base, amount, percent } = c;
  if (base.wan === undefined) return;
  const actual = base.wan.minus(prior);
  const cells = [...(c.concept?.fact?.cells ?? []), ...textCell(ctx, (amount ?? percent ?? base).line)];
  const priorText = `上年数${plain(prior)}万元（上年数/设置）`;
  const changePlaces = [placeUnit(base.wanPlaces ?? 2), placeUnit(PRIOR_PLACES)];
  const slack = roundingBound(changePlaces);
  const shownFigure = amount ?? percent!;
  // The direction is wrong only beyond what the rounding of the two figures allows.
  if (actual.times(c.direction).lt(slack.negated())) {
    const truth = `${word(actual.isPositive() ? 1 : -1)}${plain(actual.abs())}万元`;
    addFinding(
      ctx,
      'mismatch',
      'N.change',
      `${where(shownFigure)}写“${quote(ctx, base)}，${shownFigure.label}${shownFigure.raw}”，按${priorText}应为${truth}。请改正增减方向和金额。`,
      cells,
      { expected: truth, actual: `${word(c.direction)}${shownFigure.raw}` },
    );
    return;
  }
  const signed = actual.times(c.direction);
  if (amount?.wan !== undefined && amount.wanPlaces !== undefined && !sameAtPlaces(amount.wan, amount.wanPlaces, signed, PRIOR_PLACES)) {
    const within = withinRounding(amount.wan.minus(signed), roundingBound([...changePlaces, placeUnit(amount.wanPlaces)]));
    addFinding(
      ctx,
      within ? 'rounding' : 'mismatch',
      'N.change',
      `${where(amount)}写“${quote(ctx, base)}，${quote(ctx, amount)}”，按${priorText}计算${word(c.direction)}${plain(actual.abs())}万元` +
        (within ? '；差别在舍入范围内（尾差）。' : '。请核对上年数或改正增减金额。'),
      cells,
      { expected: plain(actual.abs()), actual: plain(amount.wan, amount.wanPlaces), difference: plain(amount.wan.minus(signed).abs()) },
    );
  }
  if (percent && !amount && !prior.isZero()) {
    const { verdict, expected } = checkRatio(percent.value, percent.places, { value: actual.abs(), places: changePlaces }, bounded(prior, PRIOR_PLACES));
    if (verdict !== 'exact') {
      addFinding(
        ctx,
        verdict === 'wrong' ? 'mismatch' : 'rounding',
        'N.change',
        `${where(percent)}写“${percent.label}${percent.raw}”，按${priorText}计算应为${decimalText(expected, percent.places)}%。`,
        cells,
        { expected: `${decimalText(expected, percent.places)}%`, actual: percent.raw },
      );
    }
  }
}

function directionOf(text: string): 1 | -1 | 0 | undefined {
  const t = text.replace(/增减/g, '');
  const up = UP.test(t);
  const down = DOWN.test(t);
  if (up && down) return 0;
  if (up) return 1;
  if (down) return -1;
  return undefined;
}

/**
 * A reason given once, in its own paragraph, for the changes of the paragraphs just before
 * it ("财政拨款收入支出增加的主要原因是…" after the 收入 and 支出 paragraphs): the first later
 * paragraph of the section that states no change, when it opens with the reason.
 */
function sharedReason(ctx: CheckContext, shown: TextFigure, reasons: ReasonSpan[]): ReasonSpan | undefined {
  const text = ctx.analysis.text;
  const sectionEnd = shown.section?.end ?? text.length;
  let start = shown.paragraphEnd + 1;
  while (start < sectionEnd) {
    const end = Math.min(text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start), sectionEnd);
    const changes = ctx.analysis.figures.some((f) => f.start >= start && f.start < end && f.role === 'change');
    if (text.slice(start, end).trim() !== '' && !changes) {
      const reason = reasons.find((r) => r.start >= start && r.start < end);
      return reason && reason.start - start <= 20 ? reason : undefined;
    }
    start = end + 1;
  }
  return undefined;
}

/** Rule 25: every 增加/减少 carries a reason, and the reason does not speak of the opposite direction. */
function checkReason(ctx: CheckContext, c: ChangeStatement, reasons: ReasonSpan[]): void {
  const shown = c.amount ?? c.percent!;
  if (shown.value.isZero()) return;
  const reason = reasons.find((r) => r.start >= shown.sentenceStart && r.start < shown.paragraphEnd) ?? sharedReason(ctx, shown, reasons);
  const cells = textCell(ctx, shown.line);
  if (!reason) {
    addFinding(
      ctx,
      'missing',
      'N.reason',
      `${where(shown)}写“${quote(ctx, c.base)}，${shown.label}${shown.raw}”，但没有说明${word(c.direction)}的原因。请补充“主要原因是……”。`,
      cells,
    );
    return;
  }
  if (c.concept?.item || /【请填写/.test(reason.text)) return;
  const lead = directionOf(reason.lead.replace(/增减/g, ''));
  const body = directionOf(reason.text.replace(/^(主要原因是|主要原因为|原因是|原因为|原因在于|主要原因|主要是|由于|因为)/, ''));
  const opposite = lead !== undefined && lead !== 0 ? lead !== c.direction : body !== undefined && body !== 0 && body !== c.direction;
  if (opposite) {
    addFinding(
      ctx,
      'inconsistent',
      'N.reason',
      `${where(shown)}写${word(c.direction)}（“${quote(ctx, c.base)}，${shown.label}${shown.raw}”），但原因“${reason.lead}${reason.text}”说的是${word(c.direction === 1 ? -1 : 1)}。请核对增减方向和原因。`,
      cells,
    );
  }
}

/** "…与上年持平/相同" against the user's 上年数. */
function checkSameAsPrior(ctx: CheckContext): void {
  for (const [f, concept] of ctx.concepts) {
    if (!f.sameAsPrior || concept.prior === undefined || f.wan === undefined || f.wanPlaces === undefined) continue;
    if (sameAtPlaces(f.wan, f.wanPlaces, concept.prior, PRIOR_PLACES)) continue;
    const diff = f.wan.minus(concept.prior);
    addFinding(
      ctx,
      'mismatch',
      'N.change',
      `${where(f)}写“${quote(ctx, f)}${f.after}”，但上年数为${plain(concept.prior)}万元（上年数/设置），应为${word(diff.isPositive() ? 1 : -1)}${plain(diff.abs())}万元。`,
      [...(concept.fact?.cells ?? []), ...textCell(ctx, f.line)],
      { expected: plain(concept.prior), actual: plain(f.wan, f.wanPlaces) },
    );
  }
}

/** `checkedElsewhere`: changes already recomputed from a last-year figure the text states (stated-changes.ts). */
export function checkChanges(ctx: CheckContext, checkedElsewhere: ReadonlySet<TextFigure> = new Set()): void {
  for (const c of changeStatements(ctx)) {
    if ((c.amount && checkedElsewhere.has(c.amount)) || (c.percent && checkedElsewhere.has(c.percent))) {
      checkReason(ctx, c, ctx.analysis.reasons);
      continue;
    }
    if (c.amount && c.percent && c.percent.direction !== undefined && c.percent.direction !== c.direction) {
      addFinding(
        ctx,
        'inconsistent',
        'N.change',
        `${where(c.percent)}同一处既写${word(c.direction)}又写“${c.percent.label}${c.percent.raw}”，方向矛盾。请核对。`,
        textCell(ctx, c.percent.line),
      );
    }
    checkStatedBase(ctx, c);
    if (c.concept?.prior !== undefined) checkAgainstPrior(ctx, c, c.concept.prior);
    checkReason(ctx, c, ctx.analysis.reasons);
  }
  checkSameAsPrior(ctx);
}
