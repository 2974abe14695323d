import type Decimal from 'decimal.js';
import { Money } from '../money';

const MONEY = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|万(?=$|\/|每|以)|元)/;

/**
 * The money a 指标值 states, in 元: "≤19.62万元" → 196,200; "130000元"; "≤50万元/年"; "50万"
 * (万 at the end stands for 万元). Undefined when it states none ("≤10%", "3天", "7.58万户").
 */
export function indicatorMoney(value: string): { yuan: Decimal; text: string } | undefined {
  const t = value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/，/g, ',');
  const m = MONEY.exec(t);
  if (!m) return undefined;
  const n = new Money(m[1].replace(/,/g, ''));
  return { yuan: m[2] === '元' ? n : n.times(10000), text: m[0] };
}
