import type Decimal from 'decimal.js';
import { refA1 } from '../grid/address';
import type { BudgetDocument, TableId, TableModel } from '../model/types';
import { formatAmount, Money } from '../money';
import { amountRolesOf, CellOf, cellLabel, cellOf, rowsMatching, tableNumber } from './model-view';
import { roundingBound, withinRounding } from '../rounding';
import { compare, placeUnitInWan } from './tolerance';
import { emit, RuleContext } from './context';
import type { CellSelector, Rule } from './types';

/**
 * A table whose figures are 10,000 times another table's for the same quantity: its 单位 line
 * says 万元 while the figures are 元 (or the other way round). The tables that agree in scale
 * with most of the others are taken as right; the rest slipped.
 */
export interface UnitSlip {
  table: TableId;
  /** 'larger': the figures read 10,000× too large (元 figures under 单位：万元); 'smaller': the reverse. */
  direction: 'larger' | 'smaller';
  /** One comparison that shows it: this table's cells (or those of a table that agrees with it) against a right table's. */
  evidence: { mine: CellOf[]; theirs: CellOf[] };
  /** When two equal groups disagree and the figures do not say which is right: the other side. */
  ambiguousWith?: TableId[];
}

const TEN_THOUSAND = new Money(10000);
/** The ratio must be pinned to 1% at least: tiny figures rounded to 0.01 prove nothing. */
const MAX_RELATIVE_BOUND = new Money('0.01');
/** 100亿元 in 万元: a department total above it reads like 元 figures under 单位：万元. */
const IMPLAUSIBLY_LARGE = new Money(1_000_000);
/** 1万元: a department total below it reads like 万元 figures under 单位：元. */
const IMPLAUSIBLY_SMALL = new Money(1);

interface Side {
  table: TableModel;
  cells: CellOf[];
  wan: Decimal;
}

function resolve(doc: BudgetDocument, sel: CellSelector): Side | undefined {
  const table = doc.tables.find((t) => t.id === sel.table);
  if (!table) return undefined;
  const present = amountRolesOf(table, sel.rows.side);
  const role = (typeof sel.role === 'string' ? [sel.role] : sel.role).find((r) => present.includes(r));
  if (!role) return undefined;
  let rows = rowsMatching(table, sel.rows);
  if (rows.length === 0 && sel.orSumOf) rows = rowsMatching(table, sel.orSumOf);
  else if (sel.pick !== 'sum') rows = rows.slice(0, 1);
  const cells = rows.map((r) => cellOf(table, r, role)).filter((c): c is CellOf => c !== undefined);
  if (cells.length === 0 || cells.some((c) => c.amount.problem !== undefined)) return undefined;
  let wan = new Money(0);
  for (const c of cells) if (c.amount.wan) wan = wan.plus(c.amount.wan);
  return wan.isZero() ? undefined : { table, cells, wan };
}

/** Whether `big` = 10,000 × `small`, within the rounding of both (small's rounding grows 10,000-fold). */
function tenThousandTimes(big: Side, small: Side): boolean {
  const expected = small.wan.times(TEN_THOUSAND);
  const tolerance = roundingBound([...big.cells.map(placeUnitInWan), ...small.cells.map((c) => placeUnitInWan(c).times(TEN_THOUSAND))]);
  if (tolerance.gt(big.wan.abs().times(MAX_RELATIVE_BOUND))) return false;
  return withinRounding(big.wan.minus(expected), tolerance);
}

interface Edge {
  a: Side;
  b: Side;
  /** 10,000^step: a's figures over b's (0 = same scale). */
  step: -1 | 0 | 1;
}

function isList(sel: CellSelector | readonly CellSelector[]): sel is readonly CellSelector[] {
  return Array.isArray(sel);
}

/** The pairs of the cross-table rules that state one quantity twice, and how they compare. */
function edges(doc: BudgetDocument, rules: readonly Rule[]): Edge[] {
  const out: Edge[] = [];
  for (const rule of rules) {
    if (rule.family !== 'crossTable') continue;
    for (const rel of rule.relations ?? []) {
      if (rel.kind !== 'equal' && rel.kind !== 'partOf') continue;
      const [pa, pb] = rel.kind === 'equal' ? [rel.a, rel.b] : [rel.part, rel.whole];
      // A side that sums several tables (表12 + 表13) states no one table's quantity.
      if (isList(pa) || isList(pb)) continue;
      const [sa, sb] = [pa, pb];
      if (sa.table === sb.table) continue;
      const a = resolve(doc, sa);
      const b = resolve(doc, sb);
      if (!a || !b) continue;
      if (tenThousandTimes(a, b)) out.push({ a, b, step: 1 });
      else if (tenThousandTimes(b, a)) out.push({ a, b, step: -1 });
      else if (rel.kind === 'equal' && compare({ actual: a.cells, expected: b.cells, mode: 'equal', unit: a.table.unit }).outcome !== 'mismatch') out.push({ a, b, step: 0 });
    }
  }
  return out;
}

/**
 * The tables that the comparisons connect, each with its scale: the power of 10,000 by which its
 * figures read larger than those of the first table of its group. Undefined for a group whose
 * comparisons contradict each other.
 */
function components(list: readonly Edge[]): (Map<TableId, number> | undefined)[] {
  const adjacent = new Map<TableId, { other: TableId; step: number }[]>();
  const add = (from: TableId, other: TableId, step: number) => adjacent.set(from, [...(adjacent.get(from) ?? []), { other, step }]);
  for (const e of list) {
    // a reads 10,000^step times b: b is step lower than a.
    add(e.a.table.id, e.b.table.id, -e.step);
    add(e.b.table.id, e.a.table.id, e.step);
  }
  const seen = new Set<TableId>();
  const out: (Map<TableId, number> | undefined)[] = [];
  for (const start of adjacent.keys()) {
    if (seen.has(start)) continue;
    const scale = new Map<TableId, number>([[start, 0]]);
    let consistent = true;
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const t = queue.shift() as TableId;
      for (const { other, step } of adjacent.get(t) ?? []) {
        const s = (scale.get(t) as number) + step;
        if (!scale.has(other)) {
          scale.set(other, s);
          seen.add(other);
          queue.push(other);
        } else if (scale.get(other) !== s) consistent = false;
      }
    }
    out.push(consistent ? scale : undefined);
  }
  return out;
}

/** The comparison of the largest figures (a 合计 rather than one of its sources): the clearest evidence. */
function biggest(list: readonly Edge[]): Edge | undefined {
  let best: Edge | undefined;
  for (const e of list) if (!best || e.a.wan.abs().plus(e.b.wan.abs()).gt(best.a.wan.abs().plus(best.b.wan.abs()))) best = e;
  return best;
}

function largest(list: readonly Edge[], tables: ReadonlySet<TableId>): Decimal {
  let max = new Money(0);
  for (const e of list) for (const s of [e.a, e.b]) if (tables.has(s.table.id) && s.wan.abs().gt(max)) max = s.wan.abs();
  return max;
}

/**
 * The tables whose 单位 line does not fit their figures. Evidence is every equality (and
 * part-of) of the cross-table rules that both tables state with figures: ratio 1 puts two tables
 * in the same scale, ratio 10,000 one step apart.
 */
export function findUnitSlips(doc: BudgetDocument, rules: readonly Rule[]): UnitSlip[] {
  const list = edges(doc, rules);
  if (!list.some((e) => e.step !== 0)) return [];
  const slips: UnitSlip[] = [];
  for (const scale of components(list)) if (scale) slips.push(...slipsOf(scale, list));
  return slips;
}

function slipsOf(scale: ReadonlyMap<TableId, number>, list: readonly Edge[]): UnitSlip[] {
  const groups = new Map<number, TableId[]>();
  for (const [t, s] of scale) groups.set(s, [...(groups.get(s) ?? []), t]);
  if (groups.size < 2) return [];
  // A table without a 单位 line was read in 万元 by default: it votes less than one that prints its unit.
  const explicit = new Set<TableId>();
  for (const e of list) for (const side of [e.a, e.b]) if (side.table.unitCell) explicit.add(side.table.id);
  const weight = (ids: TableId[]) => ids.filter((id) => explicit.has(id)).length * 100 + ids.length;
  const bySize = [...groups.entries()].sort((x, y) => weight(y[1]) - weight(x[1]));
  let right: number | undefined = weight(bySize[0][1]) > weight(bySize[1][1]) ? bySize[0][0] : undefined;
  let ambiguous = false;
  if (right === undefined && groups.size === 2) {
    // Two equal groups: the size of the figures may say which 单位 line is wrong.
    const [lo, hi] = [...groups.keys()].sort((x, y) => x - y);
    const hiTooLarge = largest(list, new Set(groups.get(hi))).gte(IMPLAUSIBLY_LARGE);
    const loTooSmall = largest(list, new Set(groups.get(lo))).lt(IMPLAUSIBLY_SMALL);
    if (hiTooLarge !== loTooSmall) right = hiTooLarge ? lo : hi;
    else {
      right = lo;
      ambiguous = true;
    }
  }
  if (right === undefined) return [];
  const rightTables = groups.get(right) ?? [];
  const crosses = (x: Edge, inGroup: (id: TableId) => boolean) =>
    x.step !== 0 && ((inGroup(x.a.table.id) && rightTables.includes(x.b.table.id)) || (inGroup(x.b.table.id) && rightTables.includes(x.a.table.id)));
  const slips: UnitSlip[] = [];
  for (const [t, s] of scale) {
    if (s === right) continue;
    // A table that agrees with a slipped table but meets no right one directly slipped with it.
    const direct = list.filter((x) => crosses(x, (id) => id === t));
    const e = biggest(direct.length ? direct : list.filter((x) => crosses(x, (id) => scale.get(id) === s)));
    if (!e) continue;
    const [mine, theirs] = rightTables.includes(e.b.table.id) ? [e.a, e.b] : [e.b, e.a];
    slips.push({
      table: t,
      direction: s > right ? 'larger' : 'smaller',
      evidence: { mine: mine.cells, theirs: theirs.cells },
      ...(ambiguous ? { ambiguousWith: rightTables } : {}),
    });
  }
  return slips;
}

/** Why a rule that compares a slipped table with another is not checked (undefined: it is). */
export function blockedBySlip(rule: Rule, slips: readonly UnitSlip[], present: (id: TableId) => boolean): string | undefined {
  if (slips.length === 0 || rule.check?.kind === 'unitSlip') return undefined;
  let slipped: UnitSlip[];
  if (rule.family === 'crossTable') {
    const tables = rule.tables.filter(present);
    slipped = tables.length >= 2 ? slips.filter((s) => tables.includes(s.table)) : [];
    // Tables that slipped alike still agree with each other.
    if (slipped.length === tables.length && new Set(slipped.map((s) => s.direction)).size === 1) slipped = [];
  } else if (rule.family === 'performance') {
    // The 绩效目标表 are in 元 whatever 表12's 单位 line says.
    slipped = rule.tables.includes('T12') ? slips.filter((s) => s.table === 'T12') : [];
  } else return undefined;
  if (slipped.length === 0) return undefined;
  const names = slipped.map((s) => tableNumber(s.table)).join('、');
  return `${names}的单位行与表中的数不符（见 U.unit-line），与其他表的数相差 10,000 倍，这项比较没有进行`;
}

function unitLineText(t: TableModel): string {
  return t.unitCell ? `${tableNumber(t.id)}的单位行（${refA1(t.unitCell)}）写“单位：${t.unit}”` : `${tableNumber(t.id)}没有单位行（按${t.unit}读取）`;
}

/** "表6「合计」合计为 1,659.03 元" — in the table's own unit, as printed. */
function sideText(cells: readonly CellOf[]): string {
  const table = cells[0].table;
  const value = cells.reduce<Decimal>((acc, c) => (c.amount.value ? acc.plus(c.amount.value) : acc), new Money(0));
  const label = cells.length === 1 ? cellLabel(cells[0]) : `${tableNumber(table.id)}各项之和`;
  const places = Math.max(0, ...cells.map((c) => c.amount.places));
  return `${label}为 ${formatAmount(value, { places })} ${table.unit}`;
}

/** The message and cells of one slip: the table, its 单位 cell and the two figures that show it. */
export function describeSlip(doc: BudgetDocument, slip: UnitSlip): { message: string; cells: string[] } {
  const table = doc.tables.find((t) => t.id === slip.table) as TableModel;
  const { mine, theirs } = slip.evidence;
  const t = tableNumber(table.id);
  const peer = mine[0].table.id !== table.id ? `（${t}的数与${tableNumber(mine[0].table.id)}一致）` : '';
  const what = `${sideText(mine)}，${sideText(theirs)}，同一个数相差 10,000 倍${peer}`;
  const cells = [...(table.unitCell ? [refA1(table.unitCell)] : []), ...mine.map((c) => refA1(c.amount.cell)), ...theirs.map((c) => refA1(c.amount.cell))];
  const written = slip.direction === 'larger' ? '元' : '万元';
  const after = `${t}与其他表的比较因此没有进行。`;
  if (slip.ambiguousWith || written === table.unit) {
    const others = (slip.ambiguousWith ?? [theirs[0].table.id]).map((id) => doc.tables.find((x) => x.id === id)).filter((x): x is TableModel => x !== undefined);
    for (const o of others) if (o.unitCell) cells.push(refA1(o.unitCell));
    return {
      message: `单位行有误：${what}。${[table, ...others].map(unitLineText).join('，')}，其中有一方的单位写错了：请核对单位行与表中数字的单位，改正写错的一方。${after}`,
      cells: [...new Set(cells)],
    };
  }
  const fix = table.unitCell ? `请把单位行改为“单位：${written}”（或把表中的数换算为${table.unit}）` : `请在${t}标题下加上“单位：${written}”`;
  return {
    message: `单位行有误：${unitLineText(table)}，但${what}：${t}的数是以${written}为单位填写的。${fix}。${after}`,
    cells: [...new Set(cells)],
  };
}

/** U.unit-line: one error per table whose 单位 line does not fit its figures. */
export function reportUnitSlips(ctx: RuleContext): void {
  for (const slip of ctx.unitSlips ?? []) {
    const { message, cells } = describeSlip(ctx.doc, slip);
    emit(ctx, 'mismatch', message, cells);
  }
}
