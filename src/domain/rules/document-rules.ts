import { refA1 } from '../grid/address';
import type { Amount, TableModel, Unit } from '../model/types';
import { formatAmount } from '../money';
import { emit, RuleContext } from './context';
import { tableNumber } from './model-view';
import type { WholeDocumentCheck } from './types';

const MAX_CELLS = 20;

function allAmounts(table: TableModel): Amount[] {
  const out: Amount[] = [];
  for (const row of table.rows) for (const a of Object.values(row.amounts)) if (a) out.push(a);
  return out;
}

/** Whether any amount of the document passes the test (stops at the first: most documents have figures). */
function anyAmount(tables: readonly TableModel[], test: (a: Amount) => boolean): boolean {
  for (const table of tables) for (const row of table.rows) for (const a of Object.values(row.amounts)) if (a && test(a)) return true;
  return false;
}

function checkUnread(ctx: RuleContext): void {
  const doc = ctx.doc;
  if (doc.tables.length === 0) {
    if (doc.forms?.length) return;
    const sheets = [...new Set(doc.problems.map((p) => p.sheet).filter((s) => s !== ''))];
    emit(
      ctx,
      'unreadable',
      `${ctx.rule.title}：工作簿中没有识别出任何一张预算公开表，什么都没有检查。` +
        '请确认每张表上方有标题行（如“2024年预算收支总表”），标题下面紧接表头（如“科目编码”“科目名称”“合计”）。',
      sheets,
    );
    return;
  }
  if (anyAmount(doc.tables, (a) => a.value !== null)) return;
  const bad = doc.tables.flatMap(allAmounts).filter((a) => a.problem !== undefined);
  if (bad.length === 0) return;
  const cells = bad.map((a) => refA1(a.cell));
  emit(
    ctx,
    'unreadable',
    `${ctx.rule.title}：识别出 ${doc.tables.length} 张表，但没有一个金额是数字：${bad.length} 个金额单元格是错误值或文字（如 ${cells.slice(0, 3).join('、')}），其余为空，` +
      '所有勾稽关系都无法检查。请先修正公式或引用（如 #VALUE!、#REF!），保存后再检查。',
    cells.slice(0, MAX_CELLS),
  );
}

function checkEmpty(ctx: RuleContext): void {
  const doc = ctx.doc;
  if (doc.tables.length === 0) return;
  if (anyAmount(doc.tables, (a) => a.value !== null || a.problem !== undefined)) return;
  emit(
    ctx,
    'blank',
    `${ctx.rule.title}：识别出 ${doc.tables.length} 张表，但所有金额单元格都是空的，勾稽关系都无从核对。` +
      '如果已经填了数，可能是公式从未计算过：请在 Excel/WPS 中打开、重新计算并保存后再检查。',
    doc.tables.map((t) => `${t.sheet}!${t.range}`),
  );
}

function checkNegative(ctx: RuleContext): void {
  for (const table of ctx.doc.tables) {
    if (!anyAmount([table], (a) => a.value !== null && a.value.isNegative() && !a.value.isZero())) continue;
    const negative = allAmounts(table).filter((a) => a.value !== null && a.value.isNegative() && !a.value.isZero());
    if (negative.length === 0) continue;
    const cells = negative.map((a) => refA1(a.cell));
    const shown = negative
      .slice(0, 3)
      .map((a) => `${refA1(a.cell)}（${formatAmount(a.value!, { places: a.places, thousands: true })}）`)
      .join('、');
    emit(
      ctx,
      'mismatch',
      `${ctx.rule.title}：${tableNumber(table.id)}有 ${negative.length} 个负数金额：${shown}${negative.length > 3 ? ' 等' : ''}。预算安排数不应为负，请核对是否填错符号或把调减数填进了表中。`,
      cells.slice(0, MAX_CELLS),
    );
  }
}

/** Spaces, quotes and bracket styles do not make two names differ. */
function normalizeName(name: string): string {
  return name
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[（(]/g, '（')
    .replace(/[）)]/g, '）')
    .replace(/[“”"]/g, '');
}

interface Stated<T> {
  table: TableModel;
  value: T;
  cell: string;
}

/** The value most tables state (ties: the first table's), or undefined when fewer than two tables state one. */
function majority<T>(stated: readonly Stated<T>[], key: (v: T) => string): T | undefined {
  if (stated.length < 2) return undefined;
  const counts = new Map<string, { n: number; value: T }>();
  for (const s of stated) {
    const k = key(s.value);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, value: s.value });
  }
  let best: { n: number; value: T } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.value;
}

function reportOdd<T>(ctx: RuleContext, what: string, stated: readonly Stated<T>[], key: (v: T) => string, show: (v: T) => string, advice: string): void {
  const main = majority(stated, key);
  if (main === undefined) return;
  const odd = stated.filter((s) => key(s.value) !== key(main));
  if (odd.length === 0) return;
  const witness = stated.find((s) => key(s.value) === key(main));
  const groups = new Map<string, Stated<T>[]>();
  for (const s of odd) groups.set(key(s.value), [...(groups.get(key(s.value)) ?? []), s]);
  for (const list of groups.values()) {
    const tables = list.map((s) => tableNumber(s.table.id)).join('、');
    const cells = [...new Set(list.map((s) => s.cell))];
    emit(
      ctx,
      'mismatch',
      `${ctx.rule.title}：${tables}的${what}是“${show(list[0].value)}”（${cells.join('、')}），其他各表是“${show(main)}”${witness ? `（如 ${witness.cell}）` : ''}。${advice}`,
      [...list.map((s) => s.cell), ...(witness ? [witness.cell] : [])],
    );
  }
}

/** A 情况说明 title line: short, names a year and the document ("2024年部门预算情况说明", "第三部分 2024年度部门预算情况说明"). */
const NARRATIVE_TITLE = /^(.*?)(20\d{2})年度?(.*?(?:部门|单位)?预算.*?(?:情况说明|公开))$/;

function checkNarrativeTitles(ctx: RuleContext, year: number | undefined, department: string | undefined, tableCell: string | undefined): void {
  const narrative = ctx.narrative;
  if (!narrative) return;
  const lines = narrative.text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 12; i++) {
    const line = lines[i].trim().replace(/^#+\s*/, '');
    if (line === '') continue;
    seen++;
    if (line.length > 60) continue;
    const m = NARRATIVE_TITLE.exec(line.replace(/[\s\u3000]+/g, ''));
    if (!m) continue;
    const cell = narrative.lineCells?.[i] ?? `情况说明第${i + 1}行`;
    const cells = [cell, ...(tableCell ? [tableCell] : [])];
    const titleYear = Number(m[2]);
    if (year !== undefined && titleYear !== year) {
      emit(ctx, 'mismatch', `${ctx.rule.title}：情况说明的标题“${line}”写的是 ${titleYear} 年，各表是 ${year} 年。请核对标题中的年度。`, cells);
    }
    const prefix = m[1].replace(/^第.部分/, '');
    if (department !== undefined && prefix.length >= 4 && normalizeName(prefix) !== normalizeName(department)) {
      emit(ctx, 'mismatch', `${ctx.rule.title}：情况说明的标题“${line}”中的部门是“${prefix}”，各表的部门名称是“${department}”。请核对部门名称。`, cells);
    }
    return;
  }
}

const CUSTOMARY_WAN = new Set(['T10', 'T11']);

function checkConsistency(ctx: RuleContext): void {
  const tables = ctx.doc.tables;
  const titleCell = (t: TableModel): string => t.metaCells?.title ?? `${t.sheet}!${t.range.split(':')[0]}`;

  const years: Stated<number>[] = tables.filter((t) => t.year !== undefined).map((t) => ({ table: t, value: t.year as number, cell: titleCell(t) }));
  reportOdd(ctx, '年度', years, String, (y) => `${y}年`, '请核对标题中的年度：是不是沿用了上一年的表没有改标题？');

  const departments: Stated<string>[] = tables
    .filter((t) => t.department !== undefined && t.department.trim() !== '')
    .map((t) => ({ table: t, value: (t.department as string).trim(), cell: t.metaCells?.department ?? titleCell(t) }));
  reportOdd(ctx, '部门名称', departments, normalizeName, (d) => d, '同一份公开文件各表的部门名称应当相同，请核对。');

  const units: Stated<Unit>[] = tables
    .filter((t) => t.metaCells?.unit !== undefined)
    .map((t) => ({ table: t, value: t.unit, cell: t.metaCells?.unit as string }));
  const mainUnit = majority(units, String);
  const consideredUnits = units.filter((s) => !(mainUnit === '元' && s.value === '万元' && CUSTOMARY_WAN.has(s.table.id)));
  reportOdd(ctx, '金额单位', consideredUnits, String, (u) => u, '检查时已按各表自己的单位换算；公开时各表单位应当一致，请核对单位行是否写错（写错单位，各表的数会相差 1 万倍）。');

  const year = majority(years, String) ?? years[0]?.value;
  const department = majority(departments, normalizeName) ?? departments[0]?.value;
  const witness = tables[0] ? titleCell(tables[0]) : undefined;
  checkNarrativeTitles(ctx, year, department, witness);
}

export function runDocumentCheck(ctx: RuleContext, check: WholeDocumentCheck): void {
  switch (check) {
    case 'unread':
      return checkUnread(ctx);
    case 'empty':
      return checkEmpty(ctx);
    case 'negative':
      return checkNegative(ctx);
    case 'consistency':
      return checkConsistency(ctx);
  }
}
