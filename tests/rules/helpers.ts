import type { Finding } from '../../src/domain/findings/types';
import type { AmountRole, BudgetDocument, TableId, TextRole } from '../../src/domain/model/types';
import { formatAmount, Money, parseAmount } from '../../src/domain/money';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument, runRules } from '../../src/domain/rules';
import type { CheckResult } from '../../src/domain/rules';
import { seed000, seedTable, seedWorkbook } from '../fixtures/seeds/build';
import type { SeedLayout, SeedWorkbookOptions } from '../fixtures/seeds/build';
import type { Seed, SeedTable } from '../fixtures/seeds/types';

export function cloneSeed(seed: Seed): Seed {
  return JSON.parse(JSON.stringify(seed)) as Seed;
}

const LABEL_ROLES: ReadonlySet<string> = new Set(['code', 'name', 'projectName']);

/** Index of the body row whose code/name cell (of `side`, if given) reads `label`; the nth such row. */
export function rowIndex(table: SeedTable, label: string, side?: 'income' | 'expenditure', nth = 0): number {
  let seen = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const hit = table.columns.some((c, col) => c !== null && LABEL_ROLES.has(c.role) && (side === undefined || c.side === side) && table.rows[i][col] === label);
    if (hit && seen++ === nth) return i;
  }
  throw new Error(`${table.id}: no row "${label}"`);
}

export function columnIndex(table: SeedTable, role: AmountRole | TextRole, side?: 'income' | 'expenditure'): number {
  const col = table.columns.findIndex((c) => c !== null && c.role === role && (side === undefined || c.side === side));
  if (col < 0) throw new Error(`${table.id}: no column ${role}`);
  return col;
}

export interface CellEdit {
  table: TableId;
  /** The row's printed code or name. */
  row: string;
  role: AmountRole | TextRole;
  /** Side of the column (T01, T04, T09). */
  side?: 'income' | 'expenditure';
  /** Side whose label cell reads `row` (default: `side`; 'any' for a 合计 printed once). */
  labelSide?: 'income' | 'expenditure' | 'any';
  /** The nth row of that label (T06 repeats item names). */
  nth?: number;
  /** New printed text ('' = blank). */
  text: string;
}

export function editSeed(seed: Seed, edits: CellEdit[]): Seed {
  const out = cloneSeed(seed);
  for (const e of edits) {
    const t = seedTable(out, e.table);
    const labelSide = e.labelSide === 'any' ? undefined : (e.labelSide ?? e.side);
    t.rows[rowIndex(t, e.row, labelSide, e.nth)][columnIndex(t, e.role, e.side)] = e.text;
  }
  return out;
}

/** "1,457.06" + 0.10 -> "1,457.16"; blank + 0.10 -> "0.10". */
export function addToText(text: string, delta: string): string {
  const parsed = parseAmount(text);
  const base = parsed.kind === 'number' ? parsed.value : new Money(0);
  return formatAmount(new Money(base).plus(delta), { places: 2, thousands: true });
}

/**
 * Seed 000 with its published quirks fixed, so every relation holds exactly: the 0.01 missing
 * from the 类 rows (提租补贴 42.24, so 221/22102 206.24 in 表1–5), the two 表6 尾差 (基本工资
 * 290.39, 办公费 21.79), 表5 without the blank 212 rows, 表9 a proper empty table.
 */
export function fixedSeed000(): Seed {
  const s = editSeed(seed000, [
    { table: 'T01', row: '二十、住房保障支出', side: 'expenditure', role: 'total', text: '206.24' },
    { table: 'T01', row: '二十、住房保障支出', side: 'expenditure', role: 'currentYear', text: '206.24' },
    { table: 'T04', row: '二十、住房保障支出', side: 'expenditure', role: 'total', text: '206.24' },
    { table: 'T04', row: '二十、住房保障支出', side: 'expenditure', role: 'general', text: '206.24' },
    ...(['T02', 'T03', 'T05'] as TableId[]).flatMap((table): CellEdit[] => {
      const second: AmountRole = table === 'T02' ? 'general' : 'basic';
      return [
        { table, row: '221', role: 'total', text: '206.24' },
        { table, row: '221', role: second, text: '206.24' },
        { table, row: '22102', role: 'total', text: '206.24' },
        { table, row: '22102', role: second, text: '206.24' },
        { table, row: '2210202', role: 'total', text: '42.24' },
        { table, row: '2210202', role: second, text: '42.24' },
      ];
    }),
    { table: 'T06', row: '基本工资', role: 'total', text: '290.39' },
    { table: 'T06', row: '基本工资', role: 'personnel', text: '290.39' },
    { table: 'T06', row: '办公费', role: 'total', text: '21.79' },
    { table: 'T06', row: '办公费', role: 'publicUse', text: '21.79' },
  ]);
  const t05 = seedTable(s, 'T05');
  t05.rows = t05.rows.filter((r) => !r[0].startsWith('212'));
  const t09 = seedTable(s, 'T09');
  t09.rows = [['合计', '', '', '', '', '', '', '']];
  return s;
}

export function docOf(seed: Seed, layout: SeedLayout = 'sheets', options: SeedWorkbookOptions = {}): BudgetDocument {
  return recognizeWorkbook(seedWorkbook(seed, layout, options));
}

export function rulesOn(seed: Seed, layout: SeedLayout = 'sheets', options: SeedWorkbookOptions = {}): CheckResult {
  return runRules(docOf(seed, layout, options));
}

export function allFindings(doc: BudgetDocument): Finding[] {
  return checkDocument(doc).findings;
}

export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** A compact line per finding for readable assertion failures. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule} ${f.actual ?? ''}/${f.expected ?? ''} ${f.cells.slice(0, 3).join(',')}`);
}
