import type Decimal from 'decimal.js';
import { a1, columnLetter } from '../grid/address';
import type { AmountRole, ColumnInfo, Unit } from '../model/types';
import { formatAmount, Money, parseAmount } from '../money';
import { placeInUnit, roundingBound, withinRounding } from '../rounding';
import { SOURCE_ROLES } from './column-roles';
import type { ColumnPlan, SideColumns } from './columns';
import type { HeaderReading } from './header';
import type { SheetView } from './sheet-view';

function figureAt(view: SheetView, row: number, col: number): { value: Decimal; places: number } | null {
  const p = parseAmount(view.value(row, col));
  return p.kind === 'number' ? { value: p.value, places: p.places } : null;
}

function isEmptyColumn(view: SheetView, rows: number[], col: number): boolean {
  return rows.every((r) => view.isBlank(r) || view.label(r, col) === '');
}

/** The header row that gives a column its lowest label (-1 when it has none). */
function lowestLabelRow(header: HeaderReading, col: number): number {
  const chain = header.chains.get(col) ?? [];
  return chain.length ? chain[chain.length - 1].row : -1;
}

/**
 * Whether the figures of column `b` stand outside the row identity 合计 = Σ sources:
 * every row with a figure there balances without it, and some row would not balance with it.
 */
function outsideRowTotal(view: SheetView, rows: number[], cols: SideColumns, b: number, unit: Unit): { ok: boolean; example?: number } {
  const totalCol = cols.amounts.get('total');
  if (totalCol === undefined) return { ok: false };
  const sourceCols = SOURCE_ROLES.map((r) => cols.amounts.get(r)).filter((c): c is number => c !== undefined && c !== b);
  if (sourceCols.length === 0) return { ok: false };
  let tested = 0;
  let wouldBreak = false;
  let example: number | undefined;
  for (const r of rows) {
    const extra = figureAt(view, r, b);
    const total = figureAt(view, r, totalCol);
    if (extra === null || extra.value.isZero() || total === null) continue;
    let sum: Decimal = new Money(0);
    const places = [placeInUnit(total.places, unit)];
    for (const c of sourceCols) {
      const f = figureAt(view, r, c);
      if (!f) continue;
      sum = sum.plus(f.value);
      places.push(placeInUnit(f.places, unit));
    }
    if (!withinRounding(total.value.minus(sum), roundingBound(places))) return { ok: false };
    const withExtra = roundingBound([...places, placeInUnit(extra.places, unit)]);
    if (!withinRounding(total.value.minus(sum.plus(extra.value)), withExtra)) wouldBreak = true;
    example ??= r;
    tested++;
  }
  return { ok: tested > 0 && wouldBreak, example };
}

/**
 * Guard for a header printed one column off (seed 003 表2): a labelled column that is
 * entirely empty beside a column whose figures are not part of 合计 = Σ sources, while
 * the two labels sit on different header rows. The figures are read under the empty
 * column's role and a note says so; the empty column is not read. Returns the notes.
 */
export function resolveShiftedHeader(view: SheetView, header: HeaderReading, plan: ColumnPlan, rows: number[], unit: Unit): string[] {
  const notes: string[] = [];
  for (const cols of plan.sides) {
    for (const [roleA, a] of [...cols.amounts]) {
      if (roleA === 'total' || SOURCE_ROLES.includes(roleA) || !isEmptyColumn(view, rows, a)) continue;
      for (const b of [a + 1, a - 1]) {
        const roleB = [...cols.amounts].find(([, c]) => c === b)?.[0];
        const labelledB = roleB !== undefined;
        if (labelledB && !SOURCE_ROLES.includes(roleB)) continue;
        if (isEmptyColumn(view, rows, b)) continue;
        if (labelledB && lowestLabelRow(header, a) === lowestLabelRow(header, b)) continue;
        const test = outsideRowTotal(view, rows, cols, b, unit);
        if (!test.ok) continue;
        notes.push(describe(view, header, plan, { a, roleA, b, roleB, example: test.example }));
        move(plan, cols, { a, roleA, b, roleB });
        return notes;
      }
    }
  }
  return notes;
}

function headerText(plan: ColumnPlan, col: number): string {
  return plan.columns.find((c) => c.col === col)?.header ?? '';
}

function lastLabel(header: HeaderReading, col: number): string | undefined {
  const chain = header.chains.get(col) ?? [];
  return chain.length ? chain[chain.length - 1].printed : undefined;
}

function describe(
  view: SheetView,
  header: HeaderReading,
  plan: ColumnPlan,
  s: { a: number; roleA: AmountRole; b: number; roleB?: AmountRole; example?: number },
): string {
  const la = columnLetter(s.a);
  const lb = columnLetter(s.b);
  const labelA = lastLabel(header, s.a) ?? headerText(plan, s.a);
  const labelB = lastLabel(header, s.b);
  const rowA = lowestLabelRow(header, s.a) - header.headerRows[0] + 1;
  const rowB = lowestLabelRow(header, s.b) - header.headerRows[0] + 1;
  let example = '';
  if (s.example !== undefined) {
    const v = figureAt(view, s.example, s.b);
    if (v) example = `（例如 ${a1(s.example, s.b)} 的 ${formatAmount(v.value, { thousands: false })}）`;
  }
  const whereB = labelB ? `表头第${rowB}行的“${labelB}”印在${lb}列上方，` : `${lb}列没有表头，`;
  return (
    `表头错位：表头第${rowA}行的“${labelA}”印在${la}列上方，但${la}列没有任何数；${whereB}` +
    `而${lb}列的数${example}不计入本行合计（合计 = 各资金来源之和，加上它就不相等）。` +
    `判断表头错开了一列：已把${lb}列按“${labelA}”读取，${la}列不读取${labelB ? `，表中没有“${labelB}”的数` : ''}。请核对原表表头。`
  );
}

function move(plan: ColumnPlan, cols: SideColumns, s: { a: number; roleA: AmountRole; b: number; roleB?: AmountRole }): void {
  cols.amounts.delete(s.roleA);
  if (s.roleB) cols.amounts.delete(s.roleB);
  cols.amounts.set(s.roleA, s.b);
  const infoA = plan.columns.find((c) => c.col === s.a);
  plan.columns = plan.columns.filter((c) => c.col !== s.a && c.col !== s.b);
  const moved: ColumnInfo = { role: s.roleA, col: s.b, header: infoA?.header ?? '', ...(infoA?.side ? { side: infoA.side } : {}) };
  plan.columns.push(moved);
  plan.columns.sort((x, y) => x.col - y.col);
}
