import { validityText, type Validity } from '../catalog/catalog';
import { normalizeSubjectName } from '../catalog/codes';
import { refA1 } from '../grid/address';
import type { BudgetRow, TableId, TableModel } from '../model/types';
import { emit, RuleContext } from './context';
import { hasFigures, tableName, tableNumber } from './model-view';
import type { Side } from './types';

/** "表5!A9": the 科目编码 cell of a row (the name cell, or its first amount, when there is none). */
function codeCell(table: TableModel, row: BudgetRow): string {
  const fits = (side?: Side): boolean => row.side === undefined || side === undefined || side === row.side;
  const col =
    table.columns.find((c) => c.role === 'code' && fits(c.side))?.col ??
    table.columns.find((c) => c.role === 'name' && fits(c.side))?.col;
  if (col !== undefined) return refA1({ sheet: table.sheet, row: row.row, col });
  const first = Object.values(row.amounts)[0];
  return first ? refA1(first.cell) : `${table.sheet}!${table.range}`;
}

function tableCell(table: TableModel): string {
  return `${table.sheet}!${table.range}`;
}

function present(ctx: RuleContext, ids: readonly TableId[]): TableModel[] {
  return ids.map((id) => ctx.tables.get(id)).filter((t): t is TableModel => t !== undefined);
}

function sideLabel(side: Side | undefined, table: TableModel): string {
  if (side === undefined || (table.id !== 'T09')) return '';
  return side === 'income' ? '收入一侧' : '支出一侧';
}

/** Coded rows of a table grouped by side (T09 has two; the others one). */
function codedRowsBySide(table: TableModel): Map<Side | undefined, BudgetRow[]> {
  const out = new Map<Side | undefined, BudgetRow[]>();
  for (const r of table.rows) {
    if (!r.code) continue;
    const list = out.get(r.side) ?? [];
    list.push(r);
    out.set(r.side, list);
  }
  return out;
}

function listed(items: string[], max = 8): string {
  return items.length <= max ? items.join('、') : `${items.slice(0, max).join('、')} 等 ${items.length} 个`;
}

export function checkCatalog(ctx: RuleContext, ids: readonly TableId[]): void {
  const year = ctx.doc.year;
  const differs = new Map<string, { code: string; name: string; official: string; cells: string[]; tables: Set<string> }>();
  const outOfYear = new Map<string, { validity: Validity; cells: string[]; tables: Set<string> }>();
  for (const table of present(ctx, ids)) {
    const notInList = new Map<string, { code: string; cell: string }>();
    for (const row of table.rows) {
      if (!row.code) continue;
      const result = ctx.catalog.lookup(row.code, row.name, year);
      if (result.status === 'notInList') {
        if (!notInList.has(row.code)) notInList.set(row.code, { code: row.code, cell: codeCell(table, row) });
      } else if (result.status === 'nameDiffers') {
        const key = `${row.code}|${normalizeSubjectName(row.name)}`;
        const entry = differs.get(key) ?? { code: row.code, name: row.name, official: result.officialName, cells: [], tables: new Set<string>() };
        entry.cells.push(codeCell(table, row));
        entry.tables.add(tableNumber(table.id));
        differs.set(key, entry);
      } else if (result.status === 'notInYear') {
        const entry = outOfYear.get(row.code) ?? { validity: result.validity, cells: [], tables: new Set<string>() };
        entry.cells.push(codeCell(table, row));
        entry.tables.add(tableNumber(table.id));
        outOfYear.set(row.code, entry);
      }
    }
    if (notInList.size) {
      const list = [...notInList.values()];
      emit(
        ctx,
        'notInList',
        `${ctx.rule.title}：${tableName(table.id)}有 ${list.length} 个科目编码不在内置科目表中（${listed(list.map((n) => n.code))}）。内置科目表并不完整，请确认这些编码无误；也可导入本年度完整科目表后再检查。`,
        list.map((n) => n.cell),
      );
    }
  }
  for (const d of differs.values()) {
    const name = d.name ? `“${d.name}”` : '空白';
    emit(
      ctx,
      'nameDiffers',
      `${ctx.rule.title}：科目 ${d.code} 在${[...d.tables].join('、')}中的名称为${name}，${year ?? ''}${year ? '年' : ''}科目表中为“${d.official}”。请核对科目名称。`,
      d.cells,
    );
  }
  for (const [code, o] of outOfYear) {
    emit(
      ctx,
      'notInYear',
      `${ctx.rule.title}：科目 ${code}（${[...o.tables].join('、')}）的适用年度为 ${validityText(o.validity)}，本文件为 ${year} 年度。请按 ${year} 年科目表核对，改用当年的科目。`,
      o.cells,
    );
  }
}

interface NameUse {
  name: string;
  rows: { table: TableModel; row: BudgetRow }[];
}

export function checkSameNames(ctx: RuleContext, ids: readonly TableId[]): void {
  const byCode = new Map<string, Map<string, NameUse>>();
  const normalized = new Map<string, string>();
  for (const table of present(ctx, ids)) {
    for (const row of table.rows) {
      if (!row.code || !row.name || row.side === 'income') continue;
      let names = byCode.get(row.code);
      if (!names) {
        names = new Map();
        byCode.set(row.code, names);
      }
      let key = normalized.get(row.name);
      if (key === undefined) {
        key = normalizeSubjectName(row.name);
        normalized.set(row.name, key);
      }
      const use = names.get(key);
      if (use) use.rows.push({ table, row });
      else names.set(key, { name: row.name, rows: [{ table, row }] });
    }
  }
  for (const [code, names] of byCode) {
    if (names.size < 2) continue;
    const uses = [...names.values()];
    const variants = uses.map((n) => `${[...new Set(n.rows.map((r) => tableNumber(r.table.id)))].join('、')}作“${n.name}”`).join('，');
    emit(
      ctx,
      'mismatch',
      `${ctx.rule.title}：科目 ${code} 在各表中的名称不一致：${variants}。同一科目在各表中应使用同一名称。`,
      uses.flatMap((n) => n.rows.map((r) => codeCell(r.table, r.row))),
    );
  }
}

export function checkParents(ctx: RuleContext, ids: readonly TableId[]): void {
  for (const table of present(ctx, ids)) {
    for (const [side, rows] of codedRowsBySide(table)) {
      const codes = new Set(rows.map((r) => r.code as string));
      const missing: string[] = [];
      const cells: string[] = [];
      for (const r of rows) {
        const code = r.code as string;
        const wanted = [3, 5].filter((len) => len < code.length).map((len) => code.slice(0, len));
        const absent = wanted.filter((c) => !codes.has(c));
        if (absent.length) {
          missing.push(`${code}（缺 ${absent.join('、')}）`);
          cells.push(codeCell(table, r));
        }
      }
      if (missing.length) {
        emit(
          ctx,
          'missing',
          `${ctx.rule.title}：${tableName(table.id)}${sideLabel(side, table)}的这些科目没有列出上级的类、款行：${listed(missing)}。请补上上级科目行，否则类、款合计无法核对。`,
          cells,
        );
      }
    }
  }
}

export function checkCodeOrder(ctx: RuleContext, ids: readonly TableId[]): void {
  for (const table of present(ctx, ids)) {
    for (const [side, rows] of codedRowsBySide(table)) {
      const seen = new Set<string>();
      const duplicates: string[] = [];
      const disorder: string[] = [];
      const cells: string[] = [];
      let previous: string | undefined;
      for (const r of rows) {
        const code = r.code as string;
        if (seen.has(code)) {
          duplicates.push(code);
          cells.push(codeCell(table, r));
        } else if (previous !== undefined && code < previous) {
          disorder.push(`${code}（在 ${previous} 之后）`);
          cells.push(codeCell(table, r));
        }
        seen.add(code);
        if (previous === undefined || code > previous) previous = code;
      }
      const parts: string[] = [];
      if (duplicates.length) parts.push(`重复列出的科目：${listed([...new Set(duplicates)])}`);
      if (disorder.length) parts.push(`顺序颠倒的科目：${listed(disorder)}`);
      if (parts.length) {
        emit(ctx, 'mismatch', `${ctx.rule.title}：${tableName(table.id)}${sideLabel(side, table)}${parts.join('；')}。科目应按编码顺序各列一次。`, cells);
      }
    }
  }
}

function isBlankRow(row: BudgetRow): boolean {
  return Object.values(row.amounts).every((a) => !a || a.problem === undefined && (a.value === null || a.value.isZero()));
}

export function checkBlankRows(ctx: RuleContext, id: TableId): void {
  const table = ctx.tables.get(id);
  // A table not filled in yet (a fresh template) lists its 科目 without amounts: nothing to say.
  if (!table || !hasFigures(table)) return;
  const blank = table.rows.filter((r) => r.code && isBlankRow(r));
  if (blank.length === 0) return;
  const t02 = ctx.tables.get('T02');
  const t08 = ctx.tables.get('T08');
  const fundCodes = new Set<string>();
  for (const r of t02?.rows ?? []) if (r.code && r.amounts.fund?.value && !r.amounts.fund.value.isZero()) fundCodes.add(r.code);
  for (const r of t08?.rows ?? []) if (r.code) fundCodes.add(r.code);
  const funded = blank.filter((r) => fundCodes.has(r.code as string));
  const why = funded.length
    ? `其中 ${listed(funded.map((r) => r.code as string))} 在表2/表8中由政府性基金安排，不属于一般公共预算。`
    : '';
  emit(
    ctx,
    'mismatch',
    `${ctx.rule.title}：${tableName(id)}列出了没有金额的科目：${listed(blank.map((r) => `${r.code} ${r.name}`))}。${why}表5只列一般公共预算安排了金额的科目，请删除这些行，或填上金额。`,
    blank.map((r) => codeCell(table, r)),
  );
}

export function checkRevenueCodes(ctx: RuleContext, id: TableId, side: Side): void {
  const table = ctx.tables.get(id);
  if (!table) return;
  const wrong = table.rows.filter((r) => r.code && (r.side === side || r.side === undefined) && !r.code.startsWith('1'));
  if (wrong.length === 0) return;
  emit(
    ctx,
    'mismatch',
    `${ctx.rule.title}：${tableName(id)}收入一侧列的是支出功能分类科目（${listed(wrong.map((r) => r.code as string))}），收入一侧应列收入分类科目（1 开头，如 103 非税收入）。没有收入时只保留合计行并注明“本表无数据”。`,
    wrong.map((r) => codeCell(table, r)),
  );
}

export function checkNoDataNote(ctx: RuleContext): void {
  // A workbook with no figures anywhere has not been filled in yet (fresh templates).
  if (!ctx.doc.tables.some(hasFigures)) return;
  for (const table of ctx.doc.tables) {
    // A table read out of a combined 三公 + 机关运行经费 table shares that table's note, if any.
    if (table.sourceShape === 'T10+T11') continue;
    if (table.noDataNote || hasFigures(table)) continue;
    emit(ctx, 'missing', `${ctx.rule.title}：${tableName(table.id)}没有任何金额，但表下没有注明“本表无数据”。按公开要求，空表应保留并在表下注明“注：本表无数据”（或说明为何为空）。`, [tableCell(table)]);
  }
}

export function checkNoteWithFigures(ctx: RuleContext): void {
  for (const table of ctx.doc.tables) {
    if (!table.noDataNote || !hasFigures(table)) continue;
    emit(ctx, 'mismatch', `${ctx.rule.title}：${tableName(table.id)}注明了“本表无数据”，但表中有不为零的金额。请删除该注释，或核对表中的数。`, [tableCell(table)]);
  }
}

/** Text in amount cells that the recognizer did not already report (a hand-built model, say). */
export function checkTextCells(ctx: RuleContext): void {
  for (const table of ctx.doc.tables) {
    for (const row of table.rows) {
      for (const a of Object.values(row.amounts)) {
        if (!a || a.problem === undefined) continue;
        const ref = refA1(a.cell);
        if (ctx.reportedCells.has(ref)) continue;
        emit(ctx, 'unreadable', `${ctx.rule.title}：${a.problem}。含这个单元格的勾稽关系没有检查。`, [ref]);
      }
    }
  }
}
