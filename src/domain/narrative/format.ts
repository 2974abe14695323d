import type Decimal from 'decimal.js';
import { decimalText, formatAmount, roundHalfUp } from '../money';

/** A visible gap for the user to fill; the check reports any left in a text. */
export function placeholder(what: string): string {
  return `【请填写：${what}】`;
}

const PLACEHOLDER_PATTERN = /【请填写[^】]*】/g;

/** Distinct 【请填写…】 in order of appearance. */
export function listPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER_PATTERN) ?? [])];
}

export interface AmountStyle {
  thousands: boolean;
}

/** "2,692.83万元" (2 decimals, half-up); a missing figure becomes a placeholder. */
export function wan(value: Decimal | undefined, style: AmountStyle, missing: string): string {
  if (value === undefined) return `${placeholder(missing)}万元`;
  return `${formatAmount(value, { places: 2, thousands: style.thousands })}万元`;
}

/** part ÷ whole as a percentage, half-up to 2 places, from the exact decimals: "89.28%". */
export function percent(part: Decimal, whole: Decimal): string {
  return `${decimalText(part.div(whole).times(100), 2)}%`;
}

/** "，占89.28%", or nothing when there is no whole to share. */
export function share(part: Decimal | undefined, whole: Decimal | undefined): string {
  if (part === undefined || whole === undefined || whole.isZero()) return '';
  return `，占${percent(part, whole)}`;
}

export interface ChangeWording {
  /** "比上年" or "比2022年预算数". */
  against: string;
  /** What to ask for when last year's figure is missing: "上年收入总计". */
  missing: string;
  /** Wording when equal: "与上年持平" or "与上年预算数相同". */
  same: string;
}

export interface Change {
  text: string;
  /** +1 increase, -1 decrease, 0 same, undefined unknown (no prior figure). */
  direction?: 1 | -1 | 0;
}

/**
 * "比上年增加1,123.43万元，增长71.58%" / "比上年减少33.48万元，下降2.67%" / "与上年持平";
 * without last year's figure a placeholder asks for it. The percentage is left out when
 * last year was 0 (no base to grow from).
 */
export function change(current: Decimal | undefined, prior: Decimal | undefined, style: AmountStyle, wording: ChangeWording): Change {
  if (prior === undefined || current === undefined) {
    return { text: `${wording.against}增减${placeholder(wording.missing)}` };
  }
  const diff = current.minus(prior);
  if (roundHalfUp(diff, 2).isZero()) return { text: wording.same, direction: 0 };
  const up = diff.isPositive();
  const amount = wan(diff.abs(), style, wording.missing);
  const base = `${wording.against}${up ? '增加' : '减少'}${amount}`;
  if (prior.isZero()) return { text: base, direction: up ? 1 : -1 };
  return { text: `${base}，${up ? '增长' : '下降'}${percent(diff.abs(), prior)}`, direction: up ? 1 : -1 };
}

/** "，主要原因是…" after a change; nothing when the figure did not change. */
export function reasonClause(changed: Change, reason: string | undefined): string {
  if (changed.direction === 0) return '';
  const text = (reason ?? '').trim().replace(/[。；;，,\s]+$/u, '');
  if (!text) return `，主要原因是${placeholder('主要原因')}`;
  if (/^(主要原因|原因|主要是|由于|因为|增加|减少|增长|下降)/.test(text)) return `，${text}`;
  return `，主要原因是${text}`;
}
