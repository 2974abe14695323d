import { FISCAL_ROLES } from '../model/types';
import type { AmountRole, BudgetRow, TableModel } from '../model/types';
import { notApplicable, RuleContext } from './context';
import { describeFilter, rolesLabel, rowsLabel, sumLabel } from './describe';
import { amountRolesOf, CellOf, cellLabel, cellOf, rowLabel, rowMatches, rowsMatching, ROLE_LABELS, tableName, tableNumber } from './model-view';
import { unreadRowsReason } from './evidence';
import { pairKeyOf } from './pair-keys';
import { reportComparison } from './report-comparison';
import type { CellSelector, PairSide, Relation, RowFilter } from './types';

type Resolved =
  | { ok: true; cells: CellOf[]; label: () => string; table: TableModel }
  /** `absent`: the table does not print that row or column (as opposed to a table that is missing or unread). */
  | { ok: false; reason: string; absent?: boolean };

function rolesOf(role: CellSelector['role']): readonly AmountRole[] {
  return typeof role === 'string' ? [role as AmountRole] : role;
}

/** The cells a selector picks, or why it cannot pick any. */
function resolve(ctx: RuleContext, sel: CellSelector): Resolved {
  const table = ctx.tables.get(sel.table);
  if (!table) return { ok: false, reason: `缺少${tableName(sel.table)}` };
  const present = amountRolesOf(table, sel.rows.side);
  const wanted = rolesOf(sel.role);
  const role = wanted.find((r) => present.includes(r));
  if (!role) {
    const side = sel.rows.side === 'income' ? '收入一侧' : sel.rows.side === 'expenditure' ? '支出一侧' : '';
    return { ok: false, absent: true, reason: `${tableName(sel.table)}${side}没有“${ROLE_LABELS[wanted[0]]}”列` };
  }
  let rows = rowsMatching(table, sel.rows);
  let what = describeFilter(sel.rows);
  const summing = sel.pick === 'sum' || (rows.length === 0 && sel.orSumOf !== undefined);
  const unread = summing ? unreadRowsReason(ctx.doc, table, sel.rows.side) : undefined;
  if (unread) return { ok: false, reason: unread };
  if (rows.length === 0 && sel.orSumOf) {
    rows = rowsMatching(table, sel.orSumOf);
    what = describeFilter(sel.orSumOf);
    const cells = cellsOf(table, rows, role);
    return { ok: true, cells, table, label: () => sumLabel(cells, `${tableNumber(table.id)}各${what}${ROLE_LABELS[role]}之和（无此行，按0计）`) };
  }
  if (sel.pick === 'sum') {
    const cells = cellsOf(table, rows, role);
    return { ok: true, cells, table, label: () => sumLabel(cells, `${tableNumber(table.id)}${what}${ROLE_LABELS[role]}（无此行，按0计）`) };
  }
  if (rows.length === 0) return { ok: false, absent: true, reason: `${tableName(sel.table)}没有“${what}”行` };
  const cells = cellsOf(table, rows.slice(0, 1), role);
  if (cells.length === 0) return { ok: false, reason: `${tableName(sel.table)}“${what}”行没有“${ROLE_LABELS[role]}”` };
  return { ok: true, cells, table, label: () => cellLabel(cells[0]) };
}

function cellsOf(table: TableModel, rows: readonly BudgetRow[], role: AmountRole): CellOf[] {
  const out: CellOf[] = [];
  for (const r of rows) {
    const c = cellOf(table, r, role);
    if (c) out.push(c);
  }
  return out;
}

function cellsOfRoles(table: TableModel, row: BudgetRow, roles: readonly AmountRole[]): CellOf[] {
  const out: CellOf[] = [];
  for (const role of roles) {
    const c = cellOf(table, row, role);
    if (c) out.push(c);
  }
  return out;
}

/** A selector that found nothing: 未检查, unless the format simply does not print it (`ifPresent`). */
function cannotResolve(ctx: RuleContext, r: Extract<Resolved, { ok: false }>, ifPresent: boolean): void {
  if (ifPresent && r.absent) return;
  notApplicable(ctx, r.reason);
}

function evaluateSum(ctx: RuleContext, total: CellSelector, parts: readonly CellSelector[], requireParts: boolean, ifPresent: boolean): void {
  const t = resolve(ctx, total);
  if (!t.ok) return cannotResolve(ctx, t, ifPresent);
  const resolved: Extract<Resolved, { ok: true }>[] = [];
  for (const p of parts) {
    const r = resolve(ctx, p);
    if (!r.ok) return cannotResolve(ctx, r, ifPresent);
    resolved.push(r);
  }
  const partCells = resolved.flatMap((r) => r.cells);
  if (requireParts && partCells.length === 0) return;
  reportComparison(
    ctx,
    { actual: t.cells, expected: partCells, mode: 'equal', unit: t.table.unit },
    () => ({ actual: t.label(), expected: resolved.length === 1 ? resolved[0].label() : `${resolved.map((r) => r.label()).join('＋')}之和` }),
  );
}

type ResolvedOk = Extract<Resolved, { ok: true }>;
type ResolvedAll = { ok: true; list: ResolvedOk[] } | Extract<Resolved, { ok: false }>;

/** Every selector of a side resolved, or the first that cannot be. */
function resolveAll(ctx: RuleContext, sels: CellSelector | readonly CellSelector[]): ResolvedAll {
  const list: ResolvedOk[] = [];
  for (const sel of Array.isArray(sels) ? (sels as readonly CellSelector[]) : [sels as CellSelector]) {
    const r = resolve(ctx, sel);
    if (!r.ok) return r;
    list.push(r);
  }
  return { ok: true, list };
}

function sideLabel(list: readonly ResolvedOk[]): string {
  return list.length === 1 ? list[0].label() : `${list.map((r) => r.label()).join('＋')}之和`;
}

function hasFigure(r: ResolvedAll): boolean {
  return r.ok && r.list.some((x) => x.cells.some((c) => c.amount.problem !== undefined || (c.amount.value !== null && !c.amount.value.isZero())));
}

function evaluateEqualOrPart(ctx: RuleContext, a: CellSelector | readonly CellSelector[], b: CellSelector | readonly CellSelector[], mode: 'equal' | 'partOf', ifPresent = false): void {
  const x = resolveAll(ctx, a);
  const y = resolveAll(ctx, b);
  // A row or column this format does not print compares with nothing, unless the other side holds a figure.
  if (!x.ok) return cannotResolve(ctx, x, ifPresent && !hasFigure(y));
  if (!y.ok) return cannotResolve(ctx, y, ifPresent && !hasFigure(x));
  reportComparison(
    ctx,
    { actual: x.list.flatMap((r) => r.cells), expected: y.list.flatMap((r) => r.cells), mode, unit: x.list[0].table.unit },
    () => ({ actual: sideLabel(x.list), expected: sideLabel(y.list) }),
  );
}

function evaluateRowSum(ctx: RuleContext, rel: Extract<Relation, { kind: 'rowSum' }>): void {
  const table = ctx.tables.get(rel.table);
  if (!table) return;
  // Where 财政拨款 is printed as a column, the 一般公共预算 … columns beside it are its breakdown (其中).
  const present = amountRolesOf(table);
  const partRoles = rel.parts.includes('appropriation') && present.includes('appropriation') ? rel.parts.filter((r) => !FISCAL_ROLES.includes(r)) : rel.parts;
  for (const row of table.rows) {
    if (!rowMatches(row, rel.rows)) continue;
    const total = cellOf(table, row, rel.total);
    if (!total) continue;
    const parts = cellsOfRoles(table, row, partRoles);
    if (parts.length === 0) continue;
    reportComparison(
      ctx,
      { actual: [total], expected: parts, mode: 'equal', unit: table.unit },
      () => ({ actual: cellLabel(total), expected: `${rolesLabel(parts.map((p) => p.role))}${parts.length > 1 ? '之和' : ''}` }),
    );
  }
}

/** Compares a total row with the sum of part rows in every amount column the rows share. */
function compareRows(ctx: RuleContext, table: TableModel, total: BudgetRow, parts: readonly BudgetRow[], roles: readonly AmountRole[], expectedLabel: string): void {
  for (const role of roles) {
    const t = cellOf(table, total, role);
    if (!t) continue;
    const p = cellsOf(table, parts, role);
    reportComparison(
      ctx,
      { actual: [t], expected: p, mode: 'equal', unit: table.unit },
      () => ({ actual: cellLabel(t), expected: `${expectedLabel}${ROLE_LABELS[role]}${parts.length > 1 ? '之和' : ''}` }),
    );
  }
}

function evaluateColumnSum(ctx: RuleContext, rel: Extract<Relation, { kind: 'columnSum' }>): void {
  const table = ctx.tables.get(rel.table);
  if (!table) return;
  const totalFilter: RowFilter = { ...rel.total, ...(rel.side ? { side: rel.side } : {}) };
  const total = table.rows.find((r) => rowMatches(r, totalFilter));
  if (!total) {
    if (rel.ifPresent) return;
    return notApplicable(ctx, `${tableName(table.id)}没有“${describeFilter(rel.total)}”行`);
  }
  const unread = unreadRowsReason(ctx.doc, table, rel.side);
  if (unread) return notApplicable(ctx, unread);
  const onSide = (f: RowFilter): RowFilter => ({ ...f, ...(rel.side ? { side: rel.side } : {}) });
  const hasFirstPart = rel.parts.length > 0 && table.rows.some((r) => r !== total && rowMatches(r, onSide(rel.parts[0])));
  const partFilters = (rel.orParts && !hasFirstPart ? rel.orParts : rel.parts).map(onSide);
  const parts = table.rows.filter((r) => r !== total && partFilters.some((f) => rowMatches(r, f)));
  if (parts.length === 0) return;
  const present = amountRolesOf(table, rel.side);
  const roles = rel.roles ? rel.roles.filter((r) => present.includes(r)) : present;
  compareRows(ctx, table, total, parts, roles, rowsLabel(parts));
}

function childrenLabel(children: readonly BudgetRow[]): string {
  const codes = children.map((c) => c.code ?? rowLabel(c));
  const shown = codes.length <= 4 ? codes.join('、') : `${codes.slice(0, 3).join('、')}等 ${codes.length} 个`;
  return `其下级科目（${shown}）`;
}

/** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 by code; a row counts under its nearest listed ancestor. */
function evaluateCodeHierarchy(ctx: RuleContext, rel: Extract<Relation, { kind: 'codeHierarchy' }>): void {
  const table = ctx.tables.get(rel.table);
  if (!table) return;
  const unread = unreadRowsReason(ctx.doc, table, rel.side);
  if (unread) return notApplicable(ctx, unread);
  const rows = table.rows.filter((r) => rel.side === undefined || r.side === undefined || r.side === rel.side);
  const byCode = new Map<string, BudgetRow>();
  for (const r of rows) if (r.code && !byCode.has(r.code)) byCode.set(r.code, r);
  const total = rows.find((r) => r.kind === 'total');
  const children = new Map<BudgetRow, BudgetRow[]>();
  const top: BudgetRow[] = [];
  for (const r of rows) {
    if (!r.code) continue;
    let parent: BudgetRow | undefined;
    for (let len = r.code.length - 2; len >= 3 && !parent; len -= 2) {
      const p = byCode.get(r.code.slice(0, len));
      if (p && p !== r) parent = p;
    }
    if (parent) {
      const list = children.get(parent) ?? [];
      list.push(r);
      children.set(parent, list);
    } else top.push(r);
  }
  const roles = amountRolesOf(table, rel.side);
  for (const r of rows) {
    const kids = children.get(r);
    if (kids) compareRows(ctx, table, r, kids, roles, childrenLabel(kids));
  }
  if (total && top.length) compareRows(ctx, table, total, top, roles, `各类（${top.length <= 4 ? top.map((t) => t.code).join('、') : `${top[0].code}等 ${top.length} 个`}）`);
}

/** Header rows = Σ the member rows under them; 合计 = Σ the top-level rows. */
function evaluateGroupHierarchy(ctx: RuleContext, rel: Extract<Relation, { kind: 'groupHierarchy' }>): void {
  const table = ctx.tables.get(rel.table);
  if (!table) return;
  const unread = unreadRowsReason(ctx.doc, table);
  if (unread) return notApplicable(ctx, unread);
  const total = table.rows.find((r) => r.kind === 'total');
  const groups: { header: BudgetRow; members: BudgetRow[] }[] = [];
  const top: BudgetRow[] = [];
  let current: { header: BudgetRow; members: BudgetRow[] } | undefined;
  for (const r of table.rows) {
    if (r.kind === rel.header) {
      current = { header: r, members: [] };
      groups.push(current);
      top.push(r);
    } else if (r.kind === rel.member) {
      if (current) current.members.push(r);
      else top.push(r);
    }
  }
  const roles = amountRolesOf(table);
  for (const g of groups) {
    if (g.members.length) compareRows(ctx, table, g.header, g.members, roles, `其下${rowsLabel(g.members)}`);
  }
  if (total && top.length) compareRows(ctx, table, total, top, roles, rowsLabel(top));
}

interface PairRows {
  table: TableModel;
  side: PairSide;
  byKey: Map<string, BudgetRow[]>;
  order: string[];
}

function pairRows(ctx: RuleContext, side: PairSide, rel: Extract<Relation, { kind: 'pairs' }>): PairRows | undefined {
  const table = ctx.tables.get(side.table);
  if (!table) return undefined;
  const byKey = new Map<string, BudgetRow[]>();
  const order: string[] = [];
  for (const r of table.rows) {
    if (!rowMatches(r, side.rows) && !(rel.includeTotals && r.kind === 'total' && rowMatches(r, { ...side.rows, kind: 'total' }))) continue;
    const key = pairKeyOf(rel.by, r, rel.includeTotals ?? false, ctx.catalog, ctx.doc.year);
    if (key === undefined) continue;
    const list = byKey.get(key);
    if (list) list.push(r);
    else {
      byKey.set(key, [r]);
      order.push(key);
    }
  }
  return { table, side, byKey, order };
}

/**
 * The compared columns of a side: a role named alone is required (the table must print it),
 * a list stands for the first of its roles the table prints and may be absent (上年结转).
 */
function pairRoles(p: PairRows): { roles: AmountRole[]; missing?: AmountRole } {
  const present = amountRolesOf(p.table);
  const roles: AmountRole[] = [];
  for (const entry of p.side.roles) {
    if (typeof entry === 'string') {
      const role = entry as AmountRole;
      if (!present.includes(role)) return { roles, missing: role };
      roles.push(role);
    } else {
      const role = entry.find((r) => present.includes(r));
      if (role) roles.push(role);
    }
  }
  return { roles };
}

function absentLabel(p: PairRows, other: readonly BudgetRow[]): string {
  return `${tableNumber(p.table.id)}中没有「${other.length ? rowLabel(other[0]) : ''}」（按0计）`;
}

/**
 * Why the rows of this side cannot be paired: a required column the table does not print, or
 * rows the recognizer left out (a row of the other table would be compared with 0).
 */
function pairSideProblem(ctx: RuleContext, p: PairRows): string | undefined {
  const { missing } = pairRoles(p);
  if (missing) return `${tableName(p.table.id)}没有“${ROLE_LABELS[missing]}”列，无法逐行对照`;
  return unreadRowsReason(ctx.doc, p.table, p.side.rows.side);
}

function evaluatePairs(ctx: RuleContext, rel: Extract<Relation, { kind: 'pairs' }>): void {
  const left = pairRows(ctx, rel.left, rel);
  const rights = [rel.right, ...(rel.alsoRight ?? [])].map((side) => pairRows(ctx, side, rel));
  if (!left || rights.some((r) => r === undefined)) return;
  const right = rights as PairRows[];
  if (rel.ifPresent && pairRoles(left).missing) return;
  for (const p of [left, ...right]) {
    const problem = pairSideProblem(ctx, p);
    if (problem) return notApplicable(ctx, problem);
  }
  const slack = rel.slack ? pairRows(ctx, rel.slack, rel) : undefined;
  let fallback: CellOf[] | undefined;
  if (rel.slack && !slack && rel.slackFallback) {
    const r = resolve(ctx, rel.slackFallback);
    fallback = r.ok ? r.cells : [];
  }
  // Left's keys in its order, then those only the right side lists (a Set: tables of thousands of codes).
  const keys = new Set(left.order);
  for (const p of right) for (const k of p.order) keys.add(k);
  const cellsOf = new Map<PairRows, AmountRole[]>([left, ...right, ...(slack ? [slack] : [])].map((p) => [p, pairRoles(p).roles]));
  const cells = (p: PairRows, rows: readonly BudgetRow[]) => rows.flatMap((r) => cellsOfRoles(p.table, r, cellsOf.get(p) ?? []));
  for (const key of keys) {
    const l = left.byKey.get(key) ?? [];
    const rs = right.map((p) => p.byKey.get(key) ?? []);
    const rAll = rs.flat();
    if (l.length === 0 && (rel.unpairedRight ?? 'zero') === 'skip') continue;
    if (rAll.length === 0 && (rel.unpairedLeft ?? 'zero') === 'skip') continue;
    const lc = cells(left, l);
    const rc = right.flatMap((p, i) => cells(p, rs[i]));
    if (lc.length === 0 && rc.length === 0) continue;
    const sc = slack ? cells(slack, slack.byKey.get(key) ?? []) : fallback;
    const unit = (lc[0] ?? rc[0]).table.unit;
    reportComparison(
      ctx,
      { actual: lc, expected: rc, mode: rel.compare, unit, ...(sc ? { slack: sc } : {}) },
      () => ({ actual: sumLabel(lc, absentLabel(left, rAll)), expected: sumLabel(rc, absentLabel(right[0], l)) }),
    );
  }
}

/** Evaluates one amount relation of the current rule. */
export function evaluateRelation(ctx: RuleContext, rel: Relation): void {
  switch (rel.kind) {
    case 'sum':
      return evaluateSum(ctx, rel.total, rel.parts, rel.requireParts ?? false, rel.ifPresent ?? false);
    case 'equal':
      return evaluateEqualOrPart(ctx, rel.a, rel.b, 'equal', rel.ifPresent ?? false);
    case 'partOf':
      return evaluateEqualOrPart(ctx, rel.part, rel.whole, 'partOf');
    case 'rowSum':
      return evaluateRowSum(ctx, rel);
    case 'columnSum':
      return evaluateColumnSum(ctx, rel);
    case 'codeHierarchy':
      return evaluateCodeHierarchy(ctx, rel);
    case 'groupHierarchy':
      return evaluateGroupHierarchy(ctx, rel);
    case 'pairs':
      return evaluatePairs(ctx, rel);
  }
}
