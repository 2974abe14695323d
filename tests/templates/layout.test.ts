import { TABLE_IDS, type TableId } from '../../src/domain/model/types';
import {
  DEFAULT_CODES,
  TEMPLATE_SPECS,
  renderTable,
  tableTitle,
  type TableBlock,
  type TemplateFormat,
} from '../../src/domain/templates';
import { seed000, seed003 } from '../fixtures/seeds/build';
import type { Seed, SeedTable } from '../fixtures/seeds/types';

const FORMATS: [TemplateFormat, string, Seed][] = [
  ['2023', seed000.key, seed000],
  ['2024', seed003.key, seed003],
];

const squash = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ''));

function seedTable(seed: Seed, id: TableId): SeedTable {
  const t = seed.tables.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
}

function render(id: TableId, seed: Seed): TableBlock {
  return renderTable(id, { year: seed.year, department: seed.department });
}

function headerOf(block: TableBlock): string[][] {
  const [top, bottom] = block.layout.headerRows;
  return block.values.slice(top, bottom + 1).map((row) => row.map(squash));
}

function headerMergesOf(block: TableBlock) {
  const [top, bottom] = block.layout.headerRows;
  return block.merges
    .filter((m) => m.top >= top && m.bottom <= bottom)
    .map((m) => ({ top: m.top - top, left: m.left, bottom: m.bottom - top, right: m.right }));
}

/**
 * Where a seed does not print the standard layout, the template follows the other seed:
 * 003 表2 shifts 上年结转/单位资金 (DESIGN §6), and 003 表9 lost the income side's third
 * column from its top merge in the conversion to markdown.
 */
function reference(seed: Seed, id: TableId): SeedTable {
  if (seed.key === '003' && (id === 'T02' || id === 'T09')) {
    const t = seedTable(seed000, id);
    return { ...t, headerRows: t.headerRows.map((r) => r.map((v) => v.replace('2023', '2024'))) };
  }
  return seedTable(seed, id);
}

describe.each(FORMATS)('%s format, as seed %s prints it', (format, _key, seed) => {
  test.each(TABLE_IDS.map((id) => [id]))('%s: preamble lines and title', (id: TableId) => {
    const block = render(id, seed);
    const printed = seedTable(seed, id);
    expect(block.values[0][0]).toBe(`预算公开表${TEMPLATE_SPECS[id].number}`);
    expect(block.title).toBe(printed.title);
    expect(block.values[block.layout.titleRow][0]).toBe(printed.title);
    expect(block.values[2][0]).toBe(printed.departmentLine);
    expect(block.values[3][block.values[3].length - 1]).toBe(printed.unitLine);
    const width = block.columnWidths.length;
    expect(block.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: width - 1 });
    expect(block.values.every((row) => row.length === width)).toBe(true);
    expect(tableTitle(id, seed.year, format)).toBe(printed.title);
  });

  test.each(TABLE_IDS.map((id) => [id]))('%s: header labels and merges', (id: TableId) => {
    const block = render(id, seed);
    const printed = reference(seed, id);
    expect(headerOf(block)).toEqual(printed.headerRows.map((r) => r.map(squash)));
    const sortKey = (m: { top: number; left: number }) => m.top * 100 + m.left;
    const expected = (printed.headerMerges ?? []).slice().sort((a, b) => sortKey(a) - sortKey(b));
    expect(headerMergesOf(block).sort((a, b) => sortKey(a) - sortKey(b))).toEqual(expected);
  });

  test('T01 and T04: fixed row labels as printed', () => {
    for (const id of ['T01', 'T04'] as TableId[]) {
      const block = render(id, seed);
      const printedRows = seedTable(seed, id).rows.filter((r) => r.some((v) => v !== ''));
      const labels = (rows: unknown[][]) => rows.map((r) => [squash(r[0]), squash(r[2])]);
      const body = block.values.slice(block.layout.firstBodyRow);
      expect(labels(body)).toEqual(labels(printedRows));
    }
  });

  test('T10: rows in the printed order, 合计 last', () => {
    const block = render('T10', seed);
    const body = block.values.slice(block.layout.firstBodyRow).map((r) => r[0]);
    expect(body).toEqual(seedTable(seed, 'T10').rows.map((r) => r[0]));
  });

  test('T06: the printed class and item names appear, with the printed government names', () => {
    const block = render('T06', seed);
    const fullWidth = (v: unknown) => squash(v).replace(/\(/g, '（').replace(/\)/g, '）');
    const pairs = new Set(block.values.map((r) => `${fullWidth(r[0])}|${fullWidth(r[1])}`));
    const printed = seedTable(seed, 'T06').rows.map((r) => `${fullWidth(r[0])}|${fullWidth(r[1])}`);
    // Seed 000 also prints the 事业单位 pairing (基本工资 | 工资福利支出 …), which the template leaves to the user.
    const institutional = new Set(['工资福利支出', '商品和服务支出']);
    const expected = printed.filter((p) => !institutional.has(p.split('|')[1]) || p.startsWith('绩效工资'));
    for (const p of expected) expect(pairs).toContain(p);
  });
});

describe('format by year', () => {
  test('2023 and earlier use the 2023 wording, 2024 and later the 2024 wording, unless overridden', () => {
    const t10 = (year: number, format?: TemplateFormat) => renderTable('T10', { year, department: 'X', format }).title;
    expect(t10(2022)).toBe('2022年一般公共预算“三公”经费支出预算表');
    expect(t10(2025)).toBe('2025年财政拨款安排“三公”经费支出预算表');
    expect(t10(2026)).toBe('2026年财政拨款安排“三公”经费支出预算表');
    expect(t10(2026, '2023')).toBe('2026年一般公共预算“三公”经费支出预算表');
    expect(renderTable('T11', { year: 2023, department: 'X', format: '2024' }).title).toBe('2023年财政拨款安排机关运行经费预算表');
  });

  test('T04 prints 资源勘探工业信息支出 without 等 only in the 2023 format; T01 always with 等', () => {
    const label15 = (id: TableId, year: number) => {
      const b = renderTable(id, { year, department: 'X' });
      return b.values[b.layout.firstBodyRow + 14][2];
    };
    expect(label15('T04', 2023)).toBe('十五、资源勘探工业信息支出');
    expect(label15('T04', 2024)).toBe('十五、资源勘探工业信息等支出');
    expect(label15('T01', 2023)).toBe('十五、资源勘探工业信息等支出');
  });

  test('T08 puts 合计 in the name column in 2023 (seed 000) and in the code column in 2024', () => {
    const total = (year: number) => {
      const b = renderTable('T08', { year, department: 'X' });
      return b.values[b.layout.firstBodyRow].slice(0, 2);
    };
    expect(total(2023)).toEqual([null, '合计']);
    expect(total(2024)).toEqual(['合计', null]);
  });
});

describe('body contents', () => {
  test('default codes: 类 and 款 derived with catalogue names, codes as text', () => {
    const b = renderTable('T03', { year: 2024, department: 'X' });
    const body = b.values.slice(b.layout.firstBodyRow);
    expect(body.map((r) => [r[0], r[1]])).toEqual([
      ['合计', null],
      ['208', '社会保障和就业支出'],
      ['20805', '行政事业单位养老支出'],
      ['2080501', '行政单位离退休'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['210', '卫生健康支出'],
      ['21011', '行政事业单位医疗'],
      ['2101101', '行政单位医疗'],
      ['2101102', '事业单位医疗'],
      ['221', '住房保障支出'],
      ['22102', '住房改革支出'],
      ['2210201', '住房公积金'],
    ]);
    expect(DEFAULT_CODES).toEqual(['2080501', '2080505', '2101101', '2101102', '2210201']);
    for (let r = b.layout.firstBodyRow; r <= b.layout.lastBodyRow; r++) {
      expect(b.numberFormats[r][0]).toBe('@');
      expect(b.numberFormats[r][1]).toBeNull();
      for (const c of [2, 3, 4]) expect(b.numberFormats[r][c]).toBe('#,##0.00');
    }
    expect(b.numberFormats[b.layout.headerRows[1]][0]).toBeNull();
  });

  test('a fund code goes to T02/T03/T08 and T07 revenue rows, not to T05', () => {
    const options = { year: 2023, department: 'X', codes: ['2010301', '2120899'] };
    const codesOf = (id: TableId, col = 0) => {
      const b = renderTable(id, options);
      return b.values.slice(b.layout.firstBodyRow).map((r) => r[col]);
    };
    expect(codesOf('T02')).toEqual(['合计', '201', '20103', '2010301', '212', '21208', '2120899']);
    expect(codesOf('T05')).toEqual(['合计', '201', '20103', '2010301']);
    expect(codesOf('T08')).toEqual([null, '212', '21208', '2120899']);
    expect(codesOf('T07')).toEqual(['合计', '103', '10301', '1030148']);
    expect(codesOf('T07', 1)).toEqual([null, '非税收入', '政府性基金收入', '国有土地使用权出让收入']);
  });

  test('without fund or 国资 codes T07/T08/T09 are a 合计 row and one empty row to type into', () => {
    for (const id of ['T07', 'T08', 'T09'] as TableId[]) {
      const b = renderTable(id, { year: 2024, department: 'X' });
      expect(b.layout.lastBodyRow - b.layout.firstBodyRow).toBe(1);
      const blank = b.values[b.layout.lastBodyRow];
      expect(blank.every((v) => v === null)).toBe(true);
      expect(b.numberFormats[b.layout.lastBodyRow][0]).toBe('@');
    }
  });

  test('no codes at all: 合计 and one empty row', () => {
    const b = renderTable('T02', { year: 2024, department: 'X', codes: [] });
    expect(b.values.slice(b.layout.firstBodyRow).map((r) => r[0])).toEqual(['合计', null]);
    expect(b.layout.inputCells.filter((p) => p.row === b.layout.lastBodyRow).map((p) => p.col)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  test('国资 codes go to T09 expenditure side', () => {
    const b = renderTable('T09', { year: 2024, department: 'X', codes: ['2010301'], stateCapitalCodes: ['2230101'] });
    const body = b.values.slice(b.layout.firstBodyRow);
    expect(body.map((r) => r[3])).toEqual([null, '223', '22301', '2230101']);
    expect(body[0][0]).toBe('合计');
    expect(renderTable('T05', { year: 2024, department: 'X', codes: ['2010301', '2230101'] }).values.flat()).not.toContain('223');
  });

  test('T11 lists the department by default; T12/T13 a subtotal row and three empty project rows', () => {
    const t11 = renderTable('T11', { year: 2024, department: '某局' });
    expect(t11.values.slice(t11.layout.firstBodyRow).map((r) => r[0])).toEqual(['部门合计', '某局']);
    for (const id of ['T12', 'T13'] as TableId[]) {
      const b = renderTable(id, { year: 2024, department: '某局' });
      expect(b.values.slice(b.layout.firstBodyRow).map((r) => r[0])).toEqual(['某局', null, null, null]);
      expect(b.values[b.layout.headerRows[1]]).toEqual(Array.from({ length: b.columnWidths.length }, (_, i) => i + 1));
    }
    const named = renderTable('T12', { year: 2024, department: '某局', projects: ['甲', '乙'] });
    expect(named.values.slice(named.layout.firstBodyRow).map((r) => r[0])).toEqual(['某局', '甲', '乙']);
    const none = renderTable('T13', { year: 2024, department: '某局', carryOverProjects: [] });
    expect(none.layout.lastBodyRow - none.layout.firstBodyRow).toBe(1);
  });

  test('widths fit Chinese names', () => {
    const widths = (id: TableId) => renderTable(id, { year: 2024, department: 'X' }).columnWidths;
    expect(widths('T02')).toEqual([12, 36, 14, 14, 14, 14, 14, 14, 14]);
    expect(widths('T01')).toEqual([22, 14, 30, 14, 14, 14]);
    expect(widths('T06')[0]).toBeGreaterThanOrEqual(28);
    expect(widths('T12')[0]).toBe(40);
    for (const id of TABLE_IDS) for (const w of widths(id)) expect(w).toBeGreaterThanOrEqual(12);
  });

  test('column roles for the pane', () => {
    const t02 = renderTable('T02', { year: 2024, department: 'X' }).layout.columns;
    expect(t02.map((c) => c.role)).toEqual(['code', 'name', 'total', 'general', 'fund', 'stateCapital', 'specialAccount', 'unitFunds', 'carryOver']);
    expect(t02[8].header).toBe('上年结转');
    const t09 = renderTable('T09', { year: 2024, department: 'X' }).layout.columns;
    expect(t09.map((c) => c.side)).toEqual(['income', 'income', 'income', 'expenditure', 'expenditure', 'expenditure', 'expenditure', 'expenditure']);
  });
});

describe('options are checked', () => {
  test('bad codes and years get a Chinese message', () => {
    expect(() => renderTable('T02', { year: 2024, department: 'X', codes: ['20805A1'] })).toThrow(/科目编码“20805A1”不是3、5或7位数字/);
    expect(() => renderTable('T02', { year: 2024, department: 'X', codes: ['208050'] })).toThrow(/3、5或7位/);
    expect(() => renderTable('T01', { year: 24, department: 'X' })).toThrow(/预算年度“24”无效/);
  });

  test('a 5-digit code without 项 is a leaf row the user types into', () => {
    const b = renderTable('T03', { year: 2024, department: 'X', codes: ['20805'] });
    const row = b.values.findIndex((r) => r[0] === '20805');
    expect(b.layout.inputCells).toContainEqual({ row, col: 3 });
    expect(b.formulas[row][2]).toBe(`=D${row + 1}+E${row + 1}`);
  });
});
