import type Decimal from 'decimal.js';
import { decimalText, Money } from '../../money';
import type { Fact } from '../facts';
import type { TextFigure } from '../text/figures';
import { placeUnit, roundingBound, withinRounding } from '../../rounding';
import { bounded as boundedFigure, checkRatio, plain, sameAtPlaces, type Bounded, type RatioVerdict } from './compare';
import { addFinding, isStatement, quote, textCell, where, type CheckContext } from './context';

/** "2025年当年预算执行数为", "上年预算数": last year's figure, stated as a comparison base. */
const PRIOR_LABEL = /(上年|(\d{4})年度?)[^，,。；;]*?(执行数|决算数?|预算数|预算)(为|是)?$/;
/** "2026年预算安排", "本年预算数为": this year's figure restated beside it. */
const CURRENT_LABEL = /(本年|当年|(\d{4})年度?)[^，,。；;]*?(预算安排|安排|预算数|预算)(为|是)?$/;

/** The figures of one paragraph that compare this year with a stated figure of last year. */
interface StatedComparison {
  /** The paragraph's subject ("住房公积金（01项）208.8万元"), with its table figure when known. */
  head?: TextFigure;
  fact?: Fact;
  prior: TextFigure;
  current?: TextFigure;
  changes: TextFigure[];
}

function yearOf(m: RegExpExecArray): number | undefined {
  return m[2] ? Number(m[2]) : undefined;
}

function isPrior(f: TextFigure, year: number): boolean {
  const m = PRIOR_LABEL.exec(f.label);
  if (!m) return false;
  return m[1] === '上年' || yearOf(m) === year - 1;
}

function isCurrent(f: TextFigure, year: number): boolean {
  const m = CURRENT_LABEL.exec(f.label);
  if (!m) return false;
  return m[1] === '本年' || m[1] === '当年' || yearOf(m) === year;
}

function comparisons(ctx: CheckContext, year: number): StatedComparison[] {
  const byParagraph = new Map<number, TextFigure[]>();
  for (const f of ctx.analysis.figures) {
    if (f.inReason) continue;
    byParagraph.set(f.paragraphStart, [...(byParagraph.get(f.paragraphStart) ?? []), f]);
  }
  const out: StatedComparison[] = [];
  for (const figures of byParagraph.values()) {
    const amounts = figures.filter(isStatement);
    const prior = amounts.find((f) => isPrior(f, year));
    if (!prior || prior.wan === undefined) continue;
    const head = amounts.find((f) => f !== prior && ctx.concepts.has(f));
    const current = amounts.find((f) => f !== prior && f !== head && isCurrent(f, year));
    const changes = figures.filter((f) => f.role === 'change' && (f.kind === 'percent' || f.kind === 'amount'));
    out.push({ head, fact: head ? ctx.concepts.get(head)?.fact : undefined, prior, current, changes });
  }
  return out;
}

function candidates(c: StatedComparison): Bounded[] {
  const out: Bounded[] = [];
  for (const f of [c.current, c.head]) {
    if (f?.wan !== undefined) out.push(boundedFigure(f.wan, f.wanPlaces ?? 2));
  }
  if (c.fact) out.push(boundedFigure(c.fact.value, c.fact.places));
  return out;
}

/**
 * "43269.3" typed for "3269.3": the last-year figure with one digit dropped that makes the
 * stated change exactly right, if there is one (a hint for the person checking, not a finding).
 */
function priorWithOneDigitLess(change: TextFigure, prior: TextFigure, options: Bounded[]): string | undefined {
  const digits = prior.raw.replace(/[^\d.]/g, '');
  for (let i = 0; i < digits.length; i++) {
    if (digits[i] === '.') continue;
    const text = digits.slice(0, i) + digits.slice(i + 1);
    if (!/^\d+(\.\d+)?$/.test(text) || /^0\d/.test(text)) continue;
    const value = new Money(text);
    if (value.isZero()) continue;
    const bounded = boundedFigure(value, prior.wanPlaces ?? 2);
    if (options.some((o) => verdictFor(change, bounded, o).verdict === 'exact')) return text;
  }
  return undefined;
}

/** "2025年当年预算执行数为77.99万元" as written. */
function stated(f: TextFigure): string {
  return `${f.label}${f.raw}`;
}

function word(direction: number): string {
  return direction >= 0 ? '增加' : '减少';
}

/** A stated change against one figure for this year: the percentage (or amount) and its direction. */
function verdictFor(change: TextFigure, prior: Bounded, current: Bounded): { verdict: RatioVerdict; expected: Decimal; direction: number } {
  const diff = current.value.minus(prior.value);
  const diffPlaces = [...current.places, ...prior.places];
  const slack = roundingBound(diffPlaces);
  const direction = diff.isNegative() ? -1 : 1;
  const directionWrong = change.direction !== undefined && direction !== change.direction && diff.abs().gt(slack);
  if (change.kind === 'percent') {
    const { verdict, expected } = checkRatio(change.value, change.places, { value: diff.abs(), places: diffPlaces }, prior);
    return { verdict: directionWrong ? 'wrong' : verdict, expected, direction };
  }
  const stated = change.wan ?? change.value;
  const places = change.wanPlaces ?? change.places;
  const expected = diff.abs();
  if (sameAtPlaces(stated, places, expected, places) && !directionWrong) return { verdict: 'exact', expected, direction };
  const within = withinRounding(stated.minus(expected), roundingBound([...diffPlaces, placeUnit(places)]));
  return { verdict: within && !directionWrong ? 'rounding' : 'wrong', expected, direction };
}

function shown(change: TextFigure, expected: Decimal, direction: number): string {
  const figure = change.kind === 'percent' ? `${decimalText(expected, change.places)}%` : `${plain(expected, Math.max(change.wanPlaces ?? 2, 2))}万元`;
  return `${word(direction)}${figure}`;
}

/**
 * A paragraph that states last year's figure beside this year's ("2025年当年预算执行数为77.99万元，
 * 2026年预算安排91.97万元，比2025年预算执行数增加17.66%"): this year's restated figure must be
 * the paragraph's own (its subject and the table's), and the change is recomputed from the two
 * stated figures. A change that agrees with any of this year's figures (as restated, as the
 * subject, as the table has it) passes, so that a wrong figure is reported once. The stated
 * prior figure cannot be checked against the tables: what disagrees is a warning for a person
 * to judge; within the rounding of the figures an info.
 */
export function checkStatedComparisons(ctx: CheckContext): Set<TextFigure> {
  const handled = new Set<TextFigure>();
  const year = ctx.year;
  if (year === undefined) return handled;
  for (const c of comparisons(ctx, year)) {
    c.changes.forEach((f) => handled.add(f));
    const cells = [...(c.fact?.cells ?? []), ...textCell(ctx, c.prior.line)];
    checkRestated(ctx, c, cells);
    const prior = boundedFigure(c.prior.wan!, c.prior.wanPlaces ?? 2);
    if (prior.value.isZero()) continue;
    const options = candidates(c);
    if (options.length === 0) continue;
    for (const change of c.changes) {
      const verdicts = options.map((o) => verdictFor(change, prior, o));
      if (verdicts.some((v) => v.verdict === 'exact')) continue;
      const v = verdicts[0];
      const currentFigure = c.current ?? c.head!;
      const arithmetic = `按“${stated(c.prior)}”和“${c.current ? stated(c.current) : quote(ctx, currentFigure)}”计算，应为${shown(change, v.expected, v.direction)}`;
      const wrong = verdicts.every((x) => x.verdict === 'wrong');
      const slip = wrong ? priorWithOneDigitLess(change, c.prior, options) : undefined;
      const hint = slip ? `若上年数为${slip}万元，则正好是${word(change.direction ?? 1)}${change.raw}，请核对上年数是否多写了一位数字` : '请核对上年数、本年数和增减幅度';
      addFinding(
        ctx,
        wrong ? 'inconsistent' : 'rounding',
        change.kind === 'percent' ? 'N.percent' : 'N.change',
        wrong
          ? `${where(change)}写“${change.label}${change.raw}”：${arithmetic}。${hint}。`
          : `${where(change)}写“${change.label}${change.raw}”：${arithmetic}；差别在金额的舍入范围内（尾差），可不改。`,
        [...(c.fact?.cells ?? []), ...textCell(ctx, change.line)],
        { expected: shown(change, v.expected, v.direction), actual: `${word(change.direction ?? 1)}${change.raw}` },
      );
    }
  }
  return handled;
}

/** "2026年预算安排201.50万元" in the paragraph of "住房公积金（01项）208.8万元" (表5: 208.80). */
function checkRestated(ctx: CheckContext, c: StatedComparison, cells: string[]): void {
  const { current, head, fact } = c;
  if (!current || current.wan === undefined || current.wanPlaces === undefined) return;
  const agreesWithHead = head?.wan !== undefined && sameAtPlaces(current.wan, current.wanPlaces, head.wan, head.wanPlaces ?? 2);
  const agreesWithTable = fact !== undefined && sameAtPlaces(current.wan, current.wanPlaces, fact.value, fact.places);
  if (fact ? agreesWithTable : agreesWithHead || !head) return;
  const others = [
    ...(head?.wan !== undefined && !agreesWithHead ? [`本段开头写“${quote(ctx, head)}”`] : []),
    ...(fact && !agreesWithTable ? [`${fact.source}（${fact.cells.join('、')}）为${plain(fact.value)}万元`] : []),
  ];
  const expected = fact ? plain(fact.value) : plain(head!.wan!, head!.wanPlaces ?? 2);
  addFinding(
    ctx,
    'inconsistent',
    'N.amount',
    `${where(current)}写“${stated(current)}”，但${others.join('，')}。请核对本年预算数。`,
    cells,
    { expected, actual: plain(current.wan, current.wanPlaces), difference: plain(current.wan.minus(fact?.value ?? head!.wan!).abs()) },
  );
}
