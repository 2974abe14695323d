/**
 * Evidence before errors: a comparison needs both sides read. Rows the recognizer left out and
 * columns a table does not print make the rule 未检查 with the reason, never an error against 0.
 */
import type { CellValue } from '../../src/domain/grid/types';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument, runRules } from '../../src/domain/rules';
import { sheet, workbook } from '../recognize/grid-helpers';

const coded = (title: string, head: string[], rows: CellValue[][]): CellValue[][] => [
  [title],
  ['部门名称：测试局', '', '', '', '单位：万元'],
  head,
  ...rows,
];

const T05 = coded('2024年一般公共预算支出表', ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], [
  ['201', '一般公共服务支出', '100.00', '60.00', '40.00'],
  ['20103', '政府办公厅（室）及相关机构事务', '100.00', '60.00', '40.00'],
  ['2010301', '行政运行', '60.00', '60.00', ''],
  ['2010350', '事业运行', '40.00', '', '40.00'],
  ['合计', '', '100.00', '60.00', '40.00'],
]);

const t02 = (codes: string[]): CellValue[][] =>
  coded('2024年收入预算总表', ['科目编码', '科目名称', '合计', '一般公共预算', '单位资金'], [
    [codes[0], '一般公共服务支出', '100.00', '100.00', ''],
    [codes[1], '政府办公厅（室）及相关机构事务', '100.00', '100.00', ''],
    [codes[2], '行政运行', '60.00', '60.00', ''],
    [codes[3], '事业运行', '40.00', '40.00', ''],
    ['合计', '', '100.00', '100.00', ''],
  ]);

describe('a 表2 whose codes could not be read', () => {
  const doc = recognizeWorkbook(workbook(sheet('表2', t02(['201', '201-03', '201-03-01', '201-03-50'])), sheet('表5', T05)));
  const check = checkDocument(doc);

  it('says which rows were not read, once per row', () => {
    expect(doc.problems.filter((p) => p.unreadRow).map((p) => `${p.sheet}!${p.range}`)).toEqual(['表2!A5', '表2!A6', '表2!A7']);
  });

  it('compares no 表5 row with 0: X.T05-T02 and the 表2 hierarchy are 未检查, naming the cells', () => {
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const reasons = check.notApplicable.filter((n) => n.rule === 'X.T05-T02' || n.rule === 'T02.hierarchy');
    expect(reasons.map((n) => n.rule).sort()).toEqual(['T02.hierarchy', 'X.T05-T02']);
    for (const n of reasons) expect(n.reason).toMatch(/表2（收入总表）有 3 行未能读取（表2!A5、表2!A6、表2!A7）/);
  });

  it('with every code read, a real difference is still an error', () => {
    const rows = t02(['201', '20103', '2010301', '2010350']);
    rows[5][2] = '41.00';
    rows[5][3] = '41.00';
    const result = runRules(recognizeWorkbook(workbook(sheet('表2', rows), sheet('表5', T05))));
    expect(result.findings.filter((f) => f.severity === 'error' && f.rule === 'X.T05-T02').map((f) => f.cells)).toEqual([['表5!C6', '表2!D6']]);
  });
});

describe('a column one table does not print', () => {
  it('is 未检查 when the rule needs it (表5 by code against a 表2 without 一般公共预算)', () => {
    const rows = t02(['201', '20103', '2010301', '2010350']).map((r, i) => (i === 2 ? ['科目编码', '科目名称', '合计', '财政拨款收入', '其他收入'] : r));
    const result = runRules(recognizeWorkbook(workbook(sheet('表2', rows), sheet('表5', T05))));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.notApplicable.find((n) => n.rule === 'X.T05-T02')?.reason).toBe('表2（收入总表）没有“一般公共预算”列，无法逐行对照');
  });
});
