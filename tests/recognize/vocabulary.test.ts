/**
 * What real documents print, read as it is meant (src/domain/recognize/vocabulary.ts): one test
 * per shape, each built as a grid, each one that the recognizer before this vocabulary misread.
 */
import { recognizeWorkbook } from '../../src/domain/recognize';
import { runRules } from '../../src/domain/rules';
import type { CellValue } from '../../src/domain/grid/types';
import { merge, sheet, workbook } from './grid-helpers';

const t01Shanghai = (extraIncome: CellValue[][] = []): CellValue[][] => [
  ['2026年部门财务收支预算总表'],
  ['部门名称：测试局', '', '', '单位：元'],
  ['本年收入', '', '本年支出', ''],
  ['项目', '预算数', '项目', '预算数'],
  ['一、财政拨款收入', '1,000.00', '一、公共安全支出', '900.00'],
  ['1.一般公共预算资金', '1,000.00', '二、住房保障支出', '150.00'],
  ['2.政府性基金', '', '', ''],
  ['3.国有资本经营预算', '', '', ''],
  ['二、事业收入', '50.00', '', ''],
  ['三、事业单位经营收入', '', '', ''],
  ['四、其他收入', '', '', ''],
  ...extraIncome,
  ['收入总计', '1,050.00', '支出总计', '1,050.00'],
];

describe('表1 income rows of the Shanghai / older formats', () => {
  it('reads 财政拨款收入 with its three parts, 事业收入 and the others, and the sums hold', () => {
    const doc = recognizeWorkbook(workbook(sheet('表1', t01Shanghai())));
    expect(doc.problems).toEqual([]);
    const t01 = doc.tables.find((t) => t.id === 'T01')!;
    const income = t01.rows.filter((r) => r.side === 'income').map((r) => [r.kind, r.key, r.parentKey]);
    expect(income).toEqual([
      ['source', 'appropriation', undefined],
      ['source', 'general', 'appropriation'],
      ['source', 'fund', 'appropriation'],
      ['source', 'stateCapital', 'appropriation'],
      ['source', 'businessIncome', undefined],
      ['source', 'operatingIncome', undefined],
      ['source', 'otherIncome', undefined],
      ['grandTotal', undefined, undefined],
    ]);
    const result = runRules(doc);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // 收入总计 = 财政拨款收入 + 事业收入 (the parts of 财政拨款 are not counted twice), 支出总计 = Σ 类.
    expect(result.notApplicable.filter((n) => n.rule.startsWith('T01'))).toEqual([]);
  });

  it('still finds a real difference in 收入总计', () => {
    const rows = t01Shanghai();
    rows[rows.length - 1][1] = '1,060.00';
    const result = runRules(recognizeWorkbook(workbook(sheet('表1', rows))));
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('T01.income');
  });

  it('an income row it cannot place leaves the income sums 未检查, never an error', () => {
    const doc = recognizeWorkbook(workbook(sheet('表1', t01Shanghai([['五、待分配收入', '10.00', '', '']]))));
    expect(doc.problems.map((p) => p.range)).toEqual(['A12']);
    const result = runRules(doc);
    expect(result.findings.filter((f) => f.rule === 'T01.income')).toEqual([]);
    expect(result.notApplicable.find((n) => n.rule === 'T01.income')?.reason).toMatch(/表1.*1 行未能读取.*表1!A12/);
  });
});

describe('表2 columns of the Shanghai / older formats', () => {
  const t02 = (): CellValue[][] => [
    ['2026年部门收入预算总表'],
    ['部门名称：测试局', '', '', '', '', '', '', '', '单位：元'],
    ['项目', '', '', '', '收入预算', '', '', '', ''],
    ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'],
    ['类', '款', '项', '', '', '', '', '', ''],
    ['204', '', '', '公共安全支出', '110.00', '100.00', '10.00', '0.00', '0.00'],
    ['204', '06', '', '司法', '110.00', '100.00', '10.00', '0.00', '0.00'],
    ['204', '06', '01', '行政运行', '110.00', '100.00', '10.00', '0.00', '0.00'],
    ['', '', '', '合计', '110.00', '100.00', '10.00', '0.00', '0.00'],
  ];

  it('reads 财政拨款收入, 事业收入, 事业单位经营收入 and 其他收入 as their own columns', () => {
    const doc = recognizeWorkbook(workbook(sheet('表2', t02(), { merges: [merge(2, 4, 2, 8)] })));
    expect(doc.problems).toEqual([]);
    const t = doc.tables[0];
    expect(t.columns.map((c) => c.role)).toEqual(['code', 'code', 'code', 'name', 'total', 'appropriation', 'businessIncome', 'operatingIncome', 'otherIncome']);
    expect(runRules(doc).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a row whose 合计 is not the sum of its sources is an error', () => {
    const rows = t02();
    rows[7][6] = '11.00';
    const result = runRules(recognizeWorkbook(workbook(sheet('表2', rows))));
    expect(result.findings.filter((f) => f.severity === 'error' && f.rule === 'T02.row').map((f) => f.cells)).toEqual([['表2!E8', '表2!F8', '表2!G8', '表2!H8', '表2!I8']]);
  });
});

describe('the 三公 and 机关运行经费 table printed across', () => {
  const rows = (vehicle: string): CellValue[][] => [
    ['2026年部门“三公”经费和机关运行经费预算表'],
    ['部门名称：测试局', '', '', '', '', '', '单位：万元'],
    ['“三公”经费预算数', '', '', '', '', '', '机关运行经费预算数'],
    ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '', '', ''],
    ['', '', '', '小计', '购置费', '运行费', ''],
    ['10.81', '0', '0.83', vehicle, '0', '9.98', '217.83'],
  ];

  it('reads every item as 表10 and 机关运行经费 as 表11, even without the merges', () => {
    const doc = recognizeWorkbook(workbook(sheet('表9', rows('9.98'), { merges: [merge(2, 0, 2, 5)] })));
    expect(doc.tables.map((t) => t.id)).toEqual(['T10', 'T11']);
    const t10 = doc.tables[0];
    expect(t10.rows.map((r) => `${r.key ?? r.kind}=${r.amounts.total?.value?.toString()}`)).toEqual([
      'abroad=0', 'reception=0.83', 'vehicle=9.98', 'vehiclePurchase=0', 'vehicleOperation=9.98', 'total=10.81',
    ]);
    expect(doc.tables[1].rows[0].amounts.total?.value?.toString()).toBe('217.83');
    expect(runRules(doc).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds a 公务用车 subtotal that is not 购置费 + 运行费', () => {
    const result = runRules(recognizeWorkbook(workbook(sheet('表9', rows('9.00')))));
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('T10.items');
  });
});

describe('an empty table as published', () => {
  it.each([
    ['注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。'],
    ['注：本部门无政府性基金预算收入。'],
    ['本部门不涉及政府性基金预算。'],
  ])('"无" in the code column and the note %s are no rows and no warning', (note) => {
    const doc = recognizeWorkbook(
      workbook(
        sheet('表6', [
          ['2026年部门政府性基金预算支出功能分类预算表'],
          ['部门名称：测试局', '', '', '', '', '', '单位：元'],
          ['项目', '', '', '', '政府性基金预算支出', '', ''],
          ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'],
          ['类', '款', '项', '', '', '', ''],
          ['无', '', '', '', '', '', ''],
          ['', '', '', '合计', '', '', ''],
          [note],
        ]),
      ),
    );
    expect(doc.problems).toEqual([]);
    const t08 = doc.tables[0];
    expect(t08.id).toBe('T08');
    expect(t08.noDataNote).toBe(true);
    expect(t08.rows.map((r) => r.kind)).toEqual(['total']);
  });
});
