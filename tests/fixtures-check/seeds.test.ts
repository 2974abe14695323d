import type Decimal from 'decimal.js';
import type { CellValue, SheetGrid } from '../../src/domain/grid/types';
import { TABLE_IDS, type AmountRole, type TableId } from '../../src/domain/model/types';
import { formatAmount, parseAmount, sum } from '../../src/domain/money';
import {
  seed000, seed003, seedCodeNamePairs, seeds, seedTable, seedWorkbook, seedWorkbookWithIndex,
  STACKED_SHEET_NAME, type Seed, type SeedTable,
} from '../fixtures/seeds/build';
import { NINE_TABLE_TITLES, nineTableMissing, nineTableTruth, seed003NineTable, wanTextToYuanText } from '../fixtures/seeds/nine-table';

function amount(text: string | CellValue | undefined): Decimal | null {
  const p = parseAmount(text ?? null);
  if (p.kind === 'empty') return null;
  if (p.kind !== 'number') throw new Error(`not an amount: ${String(text)}`);
  return p.value;
}

function fixed(value: Decimal | null): string {
  return value === null ? '' : formatAmount(value, { thousands: false });
}

function colOf(table: SeedTable, role: string, side?: 'income' | 'expenditure'): number {
  const col = table.columns.findIndex((c) => c?.role === role && (side === undefined || c.side === side));
  if (col < 0) throw new Error(`${table.id} has no ${role} column`);
  return col;
}

function rowNamed(table: SeedTable, nameCol: number, name: string): string[] {
  const row = table.rows.find((r) => r[nameCol] === name);
  if (!row) throw new Error(`${table.id} has no row ${name}`);
  return row;
}

describe.each(seeds.map((s) => [s.key, s] as [string, Seed]))('seed %s transcription', (_key, seed) => {
  it('has the 13 tables in document order', () => {
    expect(seed.tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
  });

  it.each([...TABLE_IDS])('%s: every header and body row is as wide as the header, one column truth per column', (id) => {
    const table = seedTable(seed, id);
    const width = table.headerRows[0].length;
    expect(width).toBeGreaterThan(1);
    for (const row of [...table.headerRows, ...table.rows]) expect(row).toHaveLength(width);
    expect(table.columns).toHaveLength(width);
    // Fully empty rows are not part of the transcription.
    for (const row of table.rows) expect(row.some((c) => c !== '')).toBe(true);
    expect(table.title.startsWith(`${seed.year}年`)).toBe(true);
    expect(table.departmentLine).toBe(`部门名称：${seed.department}`);
    expect(table.unitLine).toBe('单位：万元');
  });

  it.each([...TABLE_IDS])('%s: header merges stay inside the header, do not overlap and cover only empty cells', (id) => {
    const table = seedTable(seed, id);
    const taken = new Set<string>();
    for (const m of table.headerMerges ?? []) {
      expect(m.top).toBeGreaterThanOrEqual(0);
      expect(m.bottom).toBeLessThan(table.headerRows.length);
      expect(m.right).toBeLessThan(table.headerRows[0].length);
      expect(m.top <= m.bottom && m.left <= m.right).toBe(true);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          expect(taken.has(`${r},${c}`)).toBe(false);
          taken.add(`${r},${c}`);
          if (r !== m.top || c !== m.left) expect(table.headerRows[r][c]).toBe('');
        }
      }
    }
  });

  it('every amount cell parses as a number or is blank; codes are digits', () => {
    for (const table of seed.tables) {
      table.columns.forEach((column, col) => {
        for (const row of table.rows) {
          if (column === null) expect(row[col]).toBe('');
          else if (column.role === 'code') expect(row[col]).toMatch(/^(\d{3}|\d{5}|\d{7}|合计|)$/);
          else if (!['name', 'govEconName', 'projectName'].includes(column.role)) {
            expect(['empty', 'number']).toContain(parseAmount(row[col]).kind);
          }
        }
      });
    }
  });
});

/** Sums of the 7-digit (项) rows per amount column, and the 合计 row, as printed. */
const ITEM_SUMS: Record<string, Partial<Record<AmountRole, [string, string]>>> = {
  // Published 尾差: 000 T02/T03 total 2,692.83 vs items 2692.82; 003 T03 total 1222.79 vs items 1222.80.
  '000 T02': { total: ['2692.82', '2,692.83'], general: ['2404.10', '2,404.11'], fund: ['288.72', '288.72'], stateCapital: ['0.00', ''], specialAccount: ['0.00', ''], unitFunds: ['0.00', ''], carryOver: ['0.00', ''] },
  '000 T03': { total: ['2692.82', '2,692.83'], basic: ['1659.02', '1,659.03'], project: ['1033.80', '1,033.80'] },
  '000 T05': { total: ['2404.10', '2,404.11'], basic: ['1659.02', '1,659.03'], project: ['745.08', '745.08'] },
  '003 T02': { total: ['1222.37', '1222.37'], general: ['1222.37', '1222.37'], fund: ['0.00', ''], stateCapital: ['0.00', ''], specialAccount: ['0.00', ''], carryOver: ['0.43', '0.43'] },
  '003 T03': { total: ['1222.80', '1222.79'], basic: ['712.49', '712.49'], project: ['510.31', '510.31'] },
  '003 T05': { total: ['1222.37', '1222.37'], basic: ['712.49', '712.49'], project: ['509.88', '509.88'] },
};

describe('项 rows add up to the 合计 row within 0.01', () => {
  it.each(Object.keys(ITEM_SUMS))('%s', (key) => {
    const [seedKey, id] = key.split(' ') as ['000' | '003', TableId];
    const table = seedTable(seedKey === '000' ? seed000 : seed003, id);
    const codeCol = colOf(table, 'code');
    const totalRows = table.rows.filter((r) => r[codeCol] === '合计' || r[codeCol + 1] === '合计');
    expect(totalRows).toHaveLength(1);
    const items = table.rows.filter((r) => /^\d{7}$/.test(r[codeCol]));
    const expected = ITEM_SUMS[key];
    const roles = table.columns.flatMap((c) => (c && c.role !== 'code' && c.role !== 'name' ? [c.role] : []));
    expect(roles.sort()).toEqual(Object.keys(expected).sort());
    for (const [role, [itemSum, printedTotal]] of Object.entries(expected) as [AmountRole, [string, string]][]) {
      const col = colOf(table, role);
      const itemTotal = sum(items.map((r) => amount(r[col])));
      expect(fixed(itemTotal)).toBe(itemSum);
      expect(totalRows[0][col]).toBe(printedTotal);
      const diff = itemTotal.minus(amount(printedTotal) ?? 0).abs();
      expect(diff.lte(0.01)).toBe(true);
    }
  });

  it('seed 003 表2: 0.43 is 上年结转 (表3 2010302 80.43 = 80.00 + 0.43), no 单位资金 column in the truth', () => {
    const t2 = seedTable(seed003, 'T02');
    const t3 = seedTable(seed003, 'T03');
    expect(t2.headerRows[0][7]).toBe('上年结转');
    expect(t2.headerRows[1][8]).toBe('单位资金');
    expect(t2.columns[7]).toBeNull();
    expect(t2.columns[8]).toEqual({ role: 'carryOver' });
    expect(t2.columns.some((c) => c?.role === 'unitFunds')).toBe(false);
    const row2 = rowNamed(t2, 0, '2010302');
    const row3 = rowNamed(t3, 0, '2010302');
    expect(fixed(sum([amount(row2[2]), amount(row2[8])]))).toBe('80.43');
    expect(row3[2]).toBe('80.43');
  });
});

describe('seed totals', () => {
  it('seed 000 表1 income: sources add up to 本年收入合计 2,692.83 = 收入总计', () => {
    const t1 = seedTable(seed000, 'T01');
    const name = colOf(t1, 'name', 'income');
    const amt = colOf(t1, 'amount', 'income');
    const sources = t1.rows.filter((r) => /^[一二三四五]、/.test(r[name]));
    expect(sources.map((r) => r[name])).toEqual(['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算', '四、财政专户管理资金', '五、单位资金']);
    expect(fixed(sum(sources.map((r) => amount(r[amt]))))).toBe('2692.83');
    expect(rowNamed(t1, name, '本年收入合计')[amt]).toBe('2,692.83');
    expect(rowNamed(t1, name, '收入总计')[amt]).toBe('2,692.83');
    expect(t1.label).toBe('预算公开表1');
  });

  it('seed 003 表1: 收入总计 1222.79 = 本年收入 1222.37 + 上年结转 0.43 - 0.01 (published 尾差)', () => {
    const t1 = seedTable(seed003, 'T01');
    expect(rowNamed(t1, 0, '本年收入合计')[1]).toBe('1222.37');
    expect(rowNamed(t1, 0, '上年结转')[1]).toBe('0.43');
    expect(rowNamed(t1, 0, '收入总计')[1]).toBe('1222.79');
    expect(rowNamed(t1, 2, '本年支出合计').slice(3)).toEqual(['1222.79', '1222.37', '0.43']);
  });

  it('labels are kept only where printed', () => {
    expect(seed000.tables.filter((t) => t.label).map((t) => [t.id, t.label])).toEqual([['T01', '预算公开表1'], ['T10', '预算公开表10']]);
    expect(seed003.tables.filter((t) => t.label).map((t) => [t.id, t.label])).toEqual([['T01', '预算公开表1']]);
  });

  it('no-data notes are where the documents print them', () => {
    const noted = (s: Seed) => s.tables.filter((t) => t.notes.includes('注：本表无数据')).map((t) => t.id);
    expect(noted(seed000)).toEqual(['T09', 'T13']);
    expect(noted(seed003)).toEqual(['T07', 'T08', 'T09', 'T10']);
  });

  it('row counts', () => {
    const counts = (s: Seed) => s.tables.map((t) => t.rows.length);
    expect(counts(seed000)).toEqual([33, 25, 25, 36, 25, 35, 4, 4, 25, 6, 2, 16, 0]);
    expect(counts(seed003)).toEqual([33, 18, 18, 36, 18, 16, 1, 1, 1, 6, 2, 11, 3]);
  });
});

function cell(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

describe('seedWorkbook', () => {
  it("'sheets': one sheet per table, title merged across the table, body rows where the index says", () => {
    const { workbook, placements } = seedWorkbookWithIndex(seed000, 'sheets');
    expect(workbook.sheets.map((s) => s.name)).toEqual(TABLE_IDS.map((_, i) => `表${i + 1}`));
    for (const p of placements) {
      const sheet = workbook.sheets.find((s) => s.name === p.sheet)!;
      const table = seedTable(seed000, p.id);
      expect(cell(sheet, p.titleRow, 0)).toBe(table.title);
      expect(sheet.merges).toContainEqual({ top: p.titleRow, left: 0, bottom: p.titleRow, right: table.headerRows[0].length - 1 });
      expect(cell(sheet, p.titleRow + 1, 0)).toBe(table.departmentLine);
      expect(cell(sheet, p.titleRow + 2, table.headerRows[0].length - 1)).toBe('单位：万元');
      expect(p.bodyRowCount).toBe(table.rows.length);
      table.rows.forEach((row, i) => {
        expect(sheet.values[p.firstBodyRow + i]).toEqual(row.map((t) => (t === '' ? null : t)));
      });
      if (table.label) expect(cell(sheet, p.titleRow - 1, 0)).toBe(table.label);
    }
    const t1 = workbook.sheets[0];
    expect(t1.values[0][0]).toBe('预算公开表1');
    expect(t1.values[4]).toEqual(['收入', null, '支出', null, null, null]);
    expect(t1.merges).toContainEqual({ top: 4, left: 2, bottom: 4, right: 5 });
    expect(t1.values[6]).toEqual(['一、一般公共预算', '2,404.11', '一、一般公共服务支出', '1,939.57', '1,939.57', null]);
  });

  it("amountsAs 'number': amounts become numbers, codes and names stay text", () => {
    const { workbook, placements } = seedWorkbookWithIndex(seed000, 'sheets', { amountsAs: 'number' });
    const p2 = placements.find((p) => p.id === 'T02')!;
    const sheet = workbook.sheets.find((s) => s.name === p2.sheet)!;
    expect(sheet.values[p2.firstBodyRow]).toEqual(['合计', null, 2692.83, 2404.11, 288.72, null, null, null, null]);
    expect(sheet.values[p2.firstBodyRow + 1]).toEqual(['201', '一般公共服务支出', 1939.57, 1939.57, null, null, null, null, null]);
    expect(sheet.numberFormats![p2.firstBodyRow][2]).toBe('#,##0.00');
    const p12 = placements.find((p) => p.id === 'T12')!;
    const t12 = workbook.sheets.find((s) => s.name === p12.sheet)!;
    expect(t12.values[p12.firstBodyRow - 1]).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it("'stacked': every table in one sheet, 2 blank rows between tables", () => {
    const { workbook, placements } = seedWorkbookWithIndex(seed003, 'stacked');
    expect(workbook.sheets.map((s) => s.name)).toEqual([STACKED_SHEET_NAME]);
    const sheet = workbook.sheets[0];
    expect(placements.map((p) => p.id)).toEqual([...TABLE_IDS]);
    for (let i = 1; i < placements.length; i++) {
      const prev = seedTable(seed003, placements[i - 1].id);
      const lastOfPrev = placements[i - 1].firstBodyRow + prev.rows.length + prev.notes.length - 1;
      const firstOfNext = placements[i].titleRow - (seedTable(seed003, placements[i].id).label ? 1 : 0);
      expect(firstOfNext - lastOfPrev).toBe(3);
      for (let r = lastOfPrev + 1; r < firstOfNext; r++) expect((sheet.values[r] ?? []).every((v) => v === null)).toBe(true);
    }
    const p2 = placements[1];
    expect(cell(sheet, p2.titleRow, 0)).toBe('2024年预算收入总表');
    expect(sheet.values[p2.firstBodyRow]).toEqual(['合计', null, '1222.37', '1222.37', null, null, null, null, '0.43']);
    expect(seedWorkbook(seed003, 'stacked')).toEqual(workbook);
  });
});

describe('seed003NineTable', () => {
  const workbook = seed003NineTable();
  const sheet = (name: string) => workbook.sheets.find((s) => s.name === name)!;
  const lastRow = (s: SheetGrid) => s.values[s.values.length - 1];

  it('has 9 sheets with the other province titles and no 预算公开表 lines', () => {
    expect(workbook.sheets.map((s) => s.name)).toEqual(['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8', '表9']);
    expect(workbook.sheets.map((s) => s.values[0][0])).toEqual([...NINE_TABLE_TITLES]);
    expect(workbook.sheets.map((s) => s.values[2].find((v) => v !== null))).toEqual([
      '金额单位：万元', '单位：元', '单位：元', '金额单位：万元', '单位：元', '金额单位：万元', '金额单位：万元', '金额单位：万元', '单位：元',
    ]);
    for (const s of workbook.sheets) for (const row of s.values) expect(row.some((v) => typeof v === 'string' && v.startsWith('预算公开表'))).toBe(false);
  });

  it('表2: 类|款|项 codes, 元 text, correct header, 合计 at the bottom = 12,223,700.00 元', () => {
    const s = sheet('表2');
    expect(s.values[3]).toEqual(['科目编码', null, null, '科目名称', '本年收入', null, null, null, null, null, '上年结转']);
    expect(s.values[5]).toEqual(['201', null, null, '一般公共服务支出', '10,593,400.00', '10,593,400.00', null, null, null, null, '4,300.00']);
    expect(s.values[6]).toEqual(['201', '03', null, '政府办公厅（室）及相关机构事务', '10,593,400.00', '10,593,400.00', null, null, null, null, '4,300.00']);
    expect(s.values[8]).toEqual(['201', '03', '02', '一般行政管理事务', '800,000.00', '800,000.00', null, null, null, null, '4,300.00']);
    expect(lastRow(s)).toEqual(['合计', null, null, null, '12,223,700.00', '12,223,700.00', null, null, null, null, '4,300.00']);
    expect(s.merges).toContainEqual({ top: s.values.length - 1, left: 0, bottom: s.values.length - 1, right: 3 });
    expect(s.values).toHaveLength(5 + 18);
  });

  it('表3 and 表5: 合计 at the bottom in 元, and one 款 lost its leading zero', () => {
    const s3 = sheet('表3');
    expect(lastRow(s3)).toEqual(['合计', null, null, null, '12,227,900.00', '7,124,900.00', '5,103,100.00']);
    const dropped = s3.values.filter((r) => typeof r[1] === 'number');
    expect(dropped).toEqual([['201', 3, '04', '专项服务', '787,000.00', null, '787,000.00']]);
    expect(lastRow(sheet('表5'))).toEqual(['合计', null, null, null, '12,223,700.00', '7,124,900.00', '5,098,800.00']);
    expect(sheet('表5').values.some((r) => typeof r[1] === 'number')).toBe(false);
  });

  it('万元 tables keep the seed figures as numbers', () => {
    expect(sheet('表1').values[5]).toEqual(['一、一般公共预算', 1222.37, '一、一般公共服务支出', 1059.77, 1059.34, 0.43]);
    expect(lastRow(sheet('表1'))).toEqual(['收入总计', 1222.79, '支出总计', 1222.79, 1222.37, 0.43]);
    expect(sheet('表6').values[5]).toEqual(['合计', null, 712.49, 683.42, 29.07]);
    expect(sheet('表8').values[3]).toEqual(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
    expect(sheet('表8').values[4]).toEqual(['合计', null, null, null, null]);
  });

  it('表9: 三公 rows blank, 机关运行经费 290,700.00 元', () => {
    expect(sheet('表9').values.slice(3)).toEqual([
      ['项目', '预算数'],
      ['因公出国（境）费', null],
      ['公务接待费', null],
      ['公务用车购置及运行费', null],
      ['其中：公务用车购置费', null],
      ['公务用车运行维护费', null],
      ['“三公”经费合计', null],
      ['机关运行经费', '290,700.00'],
    ]);
  });

  it.each([
    ['表2', 'T02', ['total', 'general', 'fund', 'stateCapital', 'specialAccount', 'unitFunds', 'carryOver']],
    ['表3', 'T03', ['total', 'basic', 'project']],
    ['表5', 'T05', ['total', 'basic', 'project']],
  ] as [string, TableId, AmountRole[]][])('%s holds every %s row of seed 003 with the same figures ×10000', (name, id, roles) => {
    const s = sheet(name);
    const table = seedTable(seed003, id);
    const body = s.values.slice(5);
    expect(body).toHaveLength(table.rows.length);
    for (const row of body) {
      const code = row[0] === '合计' ? '合计' : row.slice(0, 3).map((v) => (v === null ? '' : String(v).padStart(2, '0'))).join('');
      const seedRow = rowNamed(table, 0, code);
      if (code !== '合计') expect(row[3]).toBe(seedRow[1]);
      roles.forEach((role, i) => {
        const seedCol = table.columns.findIndex((c) => c?.role === role);
        const wan = seedCol < 0 ? null : amount(seedRow[seedCol]);
        const yuan = amount(row[4 + i]);
        expect(yuan === null ? null : fixed(yuan.div(10000))).toBe(wan === null ? null : fixed(wan));
      });
    }
  });

  it('the truth names a sheet and title for every table present, and the missing ones', () => {
    for (const [id, truth] of Object.entries(nineTableTruth)) {
      expect(sheet(truth!.sheet).values[0][0]).toBe(truth!.title);
      expect(seedTable(seed003, truth!.from).id).toBe(id);
    }
    expect([...Object.keys(nineTableTruth), ...nineTableMissing].sort()).toEqual([...TABLE_IDS]);
  });

  it('converts 万元 text to 元 text exactly', () => {
    expect(wanTextToYuanText('1222.37')).toBe('12,223,700.00');
    expect(wanTextToYuanText('9.975')).toBe('99,750.00');
    expect(wanTextToYuanText('')).toBeNull();
  });
});

describe('seedCodeNamePairs', () => {
  it('lists every printed (科目编码, 科目名称) pair of T02/T03/T05/T07/T08/T09 once per table', () => {
    const p000 = seedCodeNamePairs(seed000);
    const p003 = seedCodeNamePairs(seed003);
    const perTable = (pairs: { table: TableId }[]) =>
      pairs.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.table]: (acc[p.table] ?? 0) + 1 }), {});
    expect(perTable(p000)).toEqual({ T02: 24, T03: 24, T05: 24, T07: 3, T08: 3, T09: 24 });
    expect(perTable(p003)).toEqual({ T02: 17, T03: 17, T05: 17 });
    expect(p000).toContainEqual({ code: '1030148', name: '国有土地使用权出让收入', table: 'T07' });
    expect(p000).toContainEqual({ code: '2010306', name: '政务公开审批', table: 'T05' });
    expect(p003).toContainEqual({ code: '2010304', name: '专项服务', table: 'T03' });
    for (const p of [...p000, ...p003]) expect(p.code).toMatch(/^(\d{3}|\d{5}|\d{7})$/);
    // Within one document a code always has the same name.
    for (const pairs of [p000, p003]) {
      const names = new Map<string, string>();
      for (const p of pairs) {
        expect(names.get(p.code) ?? p.name).toBe(p.name);
        names.set(p.code, p.name);
      }
    }
  });
});
