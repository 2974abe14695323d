import { recognizeWorkbook } from '../../src/domain/recognize';
import type { BudgetDocument, TableModel } from '../../src/domain/model/types';
import { seed003, seedWorkbookWithIndex } from '../fixtures/seeds/build';
import { expenditureTable, merge, sheet, workbook } from './grid-helpers';

const table = (doc: BudgetDocument, id: string): TableModel => {
  const t = doc.tables.find((x) => x.id === id);
  if (!t) throw new Error(`${id} not found; problems: ${JSON.stringify(doc.problems)}`);
  return t;
};

describe('amount cells that are not numbers', () => {
  const { workbook: wb, placements } = seedWorkbookWithIndex(seed003, 'sheets', { amountsAs: 'text' });
  const p = placements.find((x) => x.id === 'T02')!;
  const sheet2 = wb.sheets.find((s) => s.name === p.sheet)!;
  // 表2, row 2010301 行政运行, column 一般公共预算 (D)
  const row = p.firstBodyRow + 3;
  sheet2.values[row][3] = '待定';
  sheet2.values[row + 1][2] = '#REF!';
  const doc = recognizeWorkbook(wb);
  const t02 = table(doc, 'T02');
  const r = t02.rows.find((x) => x.code === '2010301')!;

  it('keeps 待定 as "not a number" (null), never 0, and names the cell', () => {
    const a = r.amounts.general!;
    expect(a.value).toBeNull();
    expect(a.wan).toBeNull();
    expect(a.problem).toContain(`表2!D${row + 1}`);
    expect(a.problem).toContain('待定');
    expect(a.problem).toContain('不是金额');
    const problem = doc.problems.find((x) => x.range === `D${row + 1}`);
    expect(problem?.sheet).toBe('表2');
    expect(problem?.table).toBe('T02');
    expect(problem?.message).toContain(`表2!D${row + 1} 填的是“待定”，不是金额`);
  });

  it('reports an error value in a cell the same way', () => {
    const a = t02.rows.find((x) => x.code === '2010302')!.amounts.total!;
    expect(a.value).toBeNull();
    expect(a.problem).toContain(`表2!C${row + 2}`);
    expect(a.problem).toContain('#REF!');
    expect(doc.problems.some((x) => x.range === `C${row + 2}` && x.message.includes('错误值'))).toBe(true);
  });

  it('reads the rest of the table as usual', () => {
    expect(r.amounts.total!.value!.toFixed(2)).toBe('167.40');
    expect(doc.tables).toHaveLength(13);
  });
});

describe('titles', () => {
  it('reports a title-like line that is none of the 13 tables, and still reads the others', () => {
    const doc = recognizeWorkbook(
      workbook(
        sheet('采购', [['2024年政府采购预算表'], ['项目', '金额'], ['货物', '12.00']]),
        sheet('表3', expenditureTable()),
      ),
    );
    expect(doc.tables.map((t) => t.id)).toEqual(['T03']);
    const p = doc.problems.find((x) => x.sheet === '采购')!;
    expect(p.message).toContain('2024年政府采购预算表');
    expect(p.message).toContain('不是13张预算公开表');
    expect(p.range).toBe('A1');
  });

  it.each([
    ['表一2024年预算收支总表', 'T01'],
    ['附表1：2024年部门财务收支预算总表', 'T01'],
    ['预算公开表3 2024年预算支出总表', 'T03'],
    ['2024年部门收入预算表', 'T02'],
    ['2024年收入预算总表', 'T02'],
    ['2024年部门支出预算表', 'T03'],
    ['2024年财政拨款收支预算总表', 'T04'],
    ['2024年一般公共预算支出功能分类预算表', 'T05'],
    ['2024年一般公共预算支出预算表(不含上年结转)', 'T05'],
    ['2024年一般公共预算基本支出部门预算经济分类预算表', 'T06'],
    ['2024年基本支出部门预算经济分类预算表', 'T06'],
    ['2024年政府性基金预算收入表（不含上年结转）', 'T07'],
    ['2024年政府性基金预算支出表', 'T08'],
    ['2024年国有资本经营预算支出表', 'T09'],
    ['2024年一般公共预算"三公"经费支出预算表', 'T10'],
    ['2024年一般公共预算“三公”经费支出预算表', 'T10'],
    ['2024年一般公共预算 三公 经费支出预算表', 'T10'],
    ['2024年机关运行经费预算财政拨款情况统计表', 'T11'],
    ['2024年项目支出预算表（本年预算）', 'T12'],
    ['2024年项目支出预算表(上年结转)', 'T13'],
  ])('%s -> %s', async (title, id) => {
    const { readTitle } = await import('../../src/domain/recognize');
    const reading = readTitle(title);
    expect(reading.kind).toBe('table');
    if (reading.kind === 'table') {
      expect(reading.match.ids).toEqual([id]);
      expect(reading.match.year).toBe(2024);
    }
  });

  it('reads the department from the title when there is no 部门名称 line', () => {
    const rows = expenditureTable({ title: 'XX县财政局2025年部门预算支出总表' });
    rows.splice(1, 1);
    const doc = recognizeWorkbook(workbook(sheet('支出', rows)));
    const t = table(doc, 'T03');
    expect(t.department).toBe('XX县财政局');
    expect(t.year).toBe(2025);
    expect(doc.department).toBe('XX县财政局');
  });

  it.each([2023, 2024, 2025, 2026])('year %i from the title', (year) => {
    const doc = recognizeWorkbook(workbook(sheet('表3', expenditureTable({ title: `${year}年预算支出总表` }))));
    expect(table(doc, 'T03').year).toBe(year);
    expect(doc.year).toBe(year);
  });

  it('a sheet with figures but no title is reported', () => {
    const rows = expenditureTable().slice(1);
    const doc = recognizeWorkbook(workbook(sheet('Sheet1', rows)));
    expect(doc.tables).toEqual([]);
    expect(doc.problems[0].sheet).toBe('Sheet1');
    expect(doc.problems[0].message).toContain('没有找到预算公开表的标题行');
    expect(doc.missing).toHaveLength(13);
  });

  it('a sheet named like a table without a title line is read by its name, with a note', () => {
    const rows = expenditureTable().slice(1);
    const doc = recognizeWorkbook(workbook(sheet('预算支出总表', rows)));
    const t = table(doc, 'T03');
    expect(t.rows).toHaveLength(5);
    expect(t.notes.join()).toContain('按工作表名称');
  });
});

describe('units', () => {
  it.each([
    ['单位：万元', '万元'],
    ['金额单位：元', '元'],
    ['单位:元', '元'],
    ['单位： 元', '元'],
  ])('%s -> %s', (line, unit) => {
    const doc = recognizeWorkbook(workbook(sheet('表3', expenditureTable({ unitLine: line }))));
    expect(table(doc, 'T03').unit).toBe(unit);
  });

  it('a table in 元: value in 元, wan = value / 10000', () => {
    const rows = expenditureTable({
      unitLine: '单位：元',
      rows: [
        ['合计', '', '1,005,000.00', '602,500.00', '402,500.00'],
        ['2010301', '行政运行', 99750, '', ''],
      ],
    });
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    const t = table(doc, 'T03');
    expect(t.unit).toBe('元');
    const total = t.rows[0].amounts.total!;
    expect(total.value!.toFixed(2)).toBe('1005000.00');
    expect(total.wan!.toString()).toBe('100.5');
    const item = t.rows[1].amounts.total!;
    expect(item.wan!.toString()).toBe('9.975');
    expect(item.places).toBe(0);
  });

  it('no 单位 line: 万元, with a note', () => {
    const doc = recognizeWorkbook(workbook(sheet('表3', expenditureTable({ unitLine: null }))));
    const t = table(doc, 'T03');
    expect(t.unit).toBe('万元');
    expect(t.notes.join()).toContain('按万元读取');
  });

  it('部门名称 and 单位 on one line', () => {
    const rows = expenditureTable({ unitLine: null });
    rows[1] = ['部门名称：测试局', '', '', '', '单位：元'];
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    expect(table(doc, 'T03').unit).toBe('元');
    expect(table(doc, 'T03').department).toBe('测试局');
  });
});

describe('places', () => {
  it('from the text, from the number format, default 2 for 万元', () => {
    const rows = expenditureTable({
      rows: [
        ['合计', '', '1,005.5', 60.25, 40],
        ['2010301', '行政运行', '60', 60.25, ''],
      ],
    });
    const s = sheet('表3', rows);
    s.numberFormats = rows.map(() => []);
    s.numberFormats[5][3] = '#,##0.00';
    s.numberFormats[5][4] = '#,##0.000';
    const t = table(recognizeWorkbook(workbook(s)), 'T03');
    expect(t.rows[0].amounts.total!.places).toBe(1);
    expect(t.rows[0].amounts.basic!.places).toBe(2);
    expect(t.rows[0].amounts.project!.places).toBe(3);
    expect(t.rows[1].amounts.total!.places).toBe(0);
    expect(t.rows[1].amounts.basic!.places).toBe(2);
    expect(t.rows[1].amounts.project!.places).toBe(2);
    expect(t.rows[1].amounts.project!.value).toBeNull();
  });
});

describe('科目编码', () => {
  const splitHeader = (rows: (string | number | null)[][]) => [
    ['2024年部门支出预算表'],
    ['部门名称：测试局'],
    ['', '', '', '', '', '', '单位：元'],
    ['科目编码', '', '', '科目名称', '合计', '基本支出', '项目支出'],
    ['类', '款', '项', '', '', '', ''],
    ...rows,
  ];
  const merges = [merge(3, 0, 3, 2), merge(3, 3, 4, 3), merge(3, 4, 4, 4), merge(3, 5, 4, 5), merge(3, 6, 4, 6)];

  it('split over 类/款/项, lost zeros padded, 款/项 rows that print only their own part, 合计 at the bottom', () => {
    const s = sheet(
      '表3',
      splitHeader([
        ['201', '', '', '一般公共服务支出', '100', '60', '40'],
        ['', 3, '', '政府办公厅（室）及相关机构事务', '100', '60', '40'],
        ['', '', 1, '行政运行', '60', '60', ''],
        ['201', '03', '50', '事业运行', '40', '', '40'],
        ['合计', '', '', '', '100', '60', '40'],
      ]),
      { merges },
    );
    const doc = recognizeWorkbook(workbook(s));
    expect(doc.problems).toEqual([]);
    const t = table(doc, 'T03');
    expect(t.rows.map((r) => [r.kind, r.code ?? null])).toEqual([
      ['class', '201'],
      ['section', '20103'],
      ['item', '2010301'],
      ['item', '2010350'],
      ['total', null],
    ]);
    expect(t.notes.join()).toContain('补0');
    expect(t.notes.join()).toContain('接上方');
    expect(t.columns.filter((c) => c.role === 'code').map((c) => c.col)).toEqual([0, 1, 2]);
  });

  it('a joined code of the wrong length is reported with its row, not guessed', () => {
    const rows = expenditureTable({
      rows: [
        ['合计', '', '100.50', '60.25', '40.25'],
        ['201031', '行政运行', '60.25', '60.25', ''],
        ['2010350', '事业运行', '40.25', '', '40.25'],
      ],
    });
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    const t = table(doc, 'T03');
    expect(t.rows.map((r) => r.code ?? r.kind)).toEqual(['total', '2010350']);
    const p = doc.problems.find((x) => x.range === 'A7')!;
    expect(p.message).toContain('201031');
    expect(p.message).toContain('6位');
    expect(p.message).toContain('第7行');
  });

  it('a row with a name but no code is reported', () => {
    const rows = expenditureTable({ rows: [['', '行政运行', '1.00', '1.00', '']] });
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    expect(table(doc, 'T03').rows).toEqual([]);
    expect(doc.problems[0].message).toContain('没有科目编码');
  });

  it('codes stored as numbers are read as text codes', () => {
    const rows = expenditureTable({ rows: [[2010301, '行政运行', 1, 1, null]] });
    const t = table(recognizeWorkbook(workbook(sheet('表3', rows))), 'T03');
    expect(t.rows[0].code).toBe('2010301');
    expect(t.rows[0].kind).toBe('item');
  });
});

describe('empty tables', () => {
  it.each([
    '注：本表无数据',
    '本表无数据',
    '注：本部门无政府性基金收入，故本表为空表',
    '说明：本部门无政府性基金预算支出，故此表为空',
  ])('"%s" -> noDataNote, no rows with amounts', (note) => {
    const rows = [
      ['2024年政府性基金预算支出表（不含上年结转）'],
      ['部门名称：测试局'],
      ['', '', '', '', '单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '', '', '', ''],
      ['', '', '', '', ''],
      [note],
    ];
    const doc = recognizeWorkbook(workbook(sheet('表8', rows)));
    const t = table(doc, 'T08');
    expect(t.noDataNote).toBe(true);
    expect(t.rows.every((r) => Object.values(r.amounts).every((a) => a!.value === null))).toBe(true);
    expect(t.range).toBe('A1:E7');
    expect(doc.problems).toEqual([]);
  });

  it('header only, then the note', () => {
    const rows = [['2024年项目支出预算表（上年结转）'], ['项目名称', '合计', '一般公共预算'], [], ['注：本表无数据']];
    const t = table(recognizeWorkbook(workbook(sheet('表13', rows))), 'T13');
    expect(t.noDataNote).toBe(true);
    expect(t.rows).toEqual([]);
  });
});

describe('stacked sheets and table ends', () => {
  it('a table ends at the next title, at a note, or at a run of blank rows; figures after it are reported', () => {
    const rows = [
      ...expenditureTable(),
      [],
      ['注：本表按功能分类科目列示'],
      ['201', '一般公共服务支出', '5.00', '', ''],
      [],
      ...expenditureTable({ title: '2024年一般公共预算支出预算表（不含上年结转）' }),
    ];
    const doc = recognizeWorkbook(workbook(sheet('全部', rows)));
    expect(doc.tables.map((t) => t.id)).toEqual(['T03', 'T05']);
    const t03 = table(doc, 'T03');
    expect(t03.rows).toHaveLength(5);
    expect(t03.range).toBe('A1:E12');
    expect(t03.noDataNote).toBe(false);
    const stray = doc.problems.find((p) => p.table === 'T03')!;
    expect(stray.message).toContain('第13行');
    expect(table(doc, 'T05').rows).toHaveLength(5);
  });

  it('two tables with the same id: the first is kept, the second reported', () => {
    const doc = recognizeWorkbook(workbook(sheet('表3', expenditureTable()), sheet('表3副本', expenditureTable())));
    expect(doc.tables.map((t) => t.sheet)).toEqual(['表3']);
    const p = doc.problems.find((x) => x.sheet === '表3副本')!;
    expect(p.table).toBe('T03');
    expect(p.message).toContain('重复');
  });
});

describe('headers', () => {
  it('a column whose header maps to nothing but holds figures is reported', () => {
    const rows = expenditureTable();
    rows[4] = ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '备用金'];
    rows[5] = ['合计', '', '100.50', '60.25', '40.25', '3.00'];
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    const p = doc.problems.find((x) => x.table === 'T03')!;
    expect(p.message).toContain('备用金');
    expect(p.range).toBe('F4');
  });

  it('figures under no header are reported', () => {
    const rows = expenditureTable();
    rows[6] = [...rows[6], '', '9.99'];
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    expect(doc.problems.some((p) => p.message.includes('G列有内容但没有表头'))).toBe(true);
  });

  it('a table whose header has no amount column cannot be read and is reported', () => {
    const rows = [['2024年预算支出总表'], ['科目编码', '科目名称', '说明'], ['201', '一般公共服务支出', '见附件']];
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    expect(doc.tables).toEqual([]);
    expect(doc.missing).toContain('T03');
    expect(doc.problems.some((p) => p.table === 'T03')).toBe(true);
  });

  it('columns are read by header, not position', () => {
    const rows = expenditureTable();
    rows[4] = ['科目名称', '科目编码', '项目支出', '合计', '基本支出'];
    rows[6] = ['一般公共服务支出', '201', '40.25', '100.50', '60.25'];
    const t = table(recognizeWorkbook(workbook(sheet('表3', rows))), 'T03');
    const r = t.rows.find((x) => x.code === '201')!;
    expect(r.name).toBe('一般公共服务支出');
    expect(r.amounts.total!.value!.toString()).toBe('100.5');
    expect(r.amounts.project!.value!.toString()).toBe('40.25');
  });
});

describe('shifted header guard', () => {
  const header = (second: string[]) => [
    ['2024年预算收入总表'],
    ['部门名称：测试局'],
    ['项目', '', '本年收入', '', '', '', '', '上年结转', ''],
    second,
  ];
  const shifted = ['科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '', '单位资金'];

  it('without merges too: figures outside 合计 = Σ sources under a source label next to an empty labelled column', () => {
    const rows = [...header(shifted), ['合计', '', '10.00', '10.00', '', '', '', '', '2.00'], ['201', '一般公共服务支出', '10.00', '10.00', '', '', '', '', '2.00']];
    const t = table(recognizeWorkbook(workbook(sheet('表2', rows))), 'T02');
    expect(t.columns.find((c) => c.col === 8)?.role).toBe('carryOver');
    expect(t.rows[1].amounts.carryOver!.value!.toString()).toBe('2');
    expect(t.rows[1].amounts.unitFunds).toBeUndefined();
    const note = t.notes.find((n) => n.includes('表头错位'))!;
    expect(note).toContain('H列');
    expect(note).toContain('I列');
  });

  it('leaves the header alone when the figures are part of the row total (they are 单位资金)', () => {
    const rows = [...header(shifted), ['合计', '', '12.00', '10.00', '', '', '', '', '2.00'], ['201', '一般公共服务支出', '12.00', '10.00', '', '', '', '', '2.00']];
    const t = table(recognizeWorkbook(workbook(sheet('表2', rows))), 'T02');
    expect(t.columns.find((c) => c.col === 8)?.role).toBe('unitFunds');
    expect(t.rows[1].amounts.unitFunds!.value!.toString()).toBe('2');
    expect(t.notes.filter((n) => n.includes('表头错位'))).toEqual([]);
  });
});

describe('other header wordings', () => {
  it('表1 with one amount per side: 收入项目 | 预算数 | 支出项目 | 预算数', () => {
    const rows = [
      ['2024年部门财务收支预算总表'],
      ['收入项目', '预算数', '支出项目', '预算数'],
      ['一、一般公共预算拨款收入', '10.00', '一、一般公共服务支出', '10.00'],
      ['本年收入合计', '10.00', '本年支出合计', '10.00'],
      ['收入总计', '10.00', '支出总计', '10.00'],
    ];
    const doc = recognizeWorkbook(workbook(sheet('表1', rows)));
    expect(doc.problems).toEqual([]);
    const t = table(doc, 'T01');
    expect(t.columns.map((c) => `${c.role}/${c.side}`)).toEqual(['name/income', 'amount/income', 'name/expenditure', 'total/expenditure']);
    expect(t.rows.map((r) => `${r.side}:${r.kind}:${r.key ?? ''}`)).toEqual([
      'income:source:general', 'expenditure:class:1', 'income:incomeSubtotal:', 'expenditure:expenditureSubtotal:',
      'income:grandTotal:', 'expenditure:grandTotal:',
    ]);
  });

  it('表7 whose amount column says 政府性基金收入', () => {
    const rows = [
      ['2024年政府性基金预算收入表'],
      ['收入科目编码', '科目名称', '政府性基金收入'],
      ['合计', '', '5.00'],
      ['103', '非税收入', '5.00'],
    ];
    const t = table(recognizeWorkbook(workbook(sheet('表7', rows))), 'T07');
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'name', 'amount']);
    expect(t.rows[1].amounts.amount!.value!.toString()).toBe('5');
  });

  it('表2 with 政府性基金预算拨款收入 and 财政专户资金 labels', () => {
    const rows = [
      ['2024年部门收入预算表'],
      ['科目编码', '科目名称', '本年收入合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '财政专户资金', '单位资金收入', '上年结转'],
      ['201', '一般公共服务支出', '6.00', '1.00', '2.00', '1.00', '2.00', ''],
    ];
    const t = table(recognizeWorkbook(workbook(sheet('表2', rows))), 'T02');
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'name', 'total', 'general', 'fund', 'specialAccount', 'unitFunds', 'carryOver']);
  });
});
