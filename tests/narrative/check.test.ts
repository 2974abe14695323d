import type { Finding } from '../../src/domain/findings/types';
import type { WorkbookGrid } from '../../src/domain/grid/types';
import { Money } from '../../src/domain/money';
import { checkNarrativeText, draftNarrative, findNarrativeSheet, renderNarrativeSheet, type NarrativeInputs } from '../../src/domain/narrative';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { seed000NarrativeText as text000, seed003NarrativeText as text003, seed003PriorInputs } from '../fixtures/narratives';
import { seed000, seed003, seedWorkbook } from '../fixtures/seeds/build';

const doc000 = recognizeWorkbook(seedWorkbook(seed000, 'sheets'));
const doc003 = recognizeWorkbook(seedWorkbook(seed003, 'sheets'));
const m = (s: string) => new Money(s);

/** The seed text with one edit; the edit must apply. */
function edit(text: string, from: string, to: string, all = false): string {
  expect(text).toContain(from);
  return all ? text.split(from).join(to) : text.replace(from, to);
}

/** Findings the edit adds to those of the published text. */
function added(doc: typeof doc000, published: string, edited: string, inputs?: NarrativeInputs): Finding[] {
  const before = new Set(checkNarrativeText(doc, published, { inputs }).map((f) => f.message));
  return checkNarrativeText(doc, edited, { inputs }).filter((f) => !before.has(f.message));
}

describe('amounts against the tables', () => {
  it('a wrong amount is one error naming the table cell, even where its share was left as it was', () => {
    const found = added(doc000, text000, edit(text000, '基本支出1,659.03万元，占61.61%', '基本支出1,659.30万元，占61.61%'));
    expect(found).toEqual([expect.objectContaining({ rule: 'N.amount', severity: 'error', cells: ['表3!D6'], expected: '1659.03', actual: '1659.30', difference: '0.27' })]);
  });

  it('amounts in 元 are compared in 万元; 万元 written as 元 is a unit slip', () => {
    expect(added(doc003, text003, edit(text003, '公用经费29.07万元', '公用经费290,700元'))).toEqual([]);
    const slip = added(doc003, text003, edit(text003, '公用经费29.07万元', '公用经费29.07元'));
    expect(slip).toEqual([expect.objectContaining({ rule: 'N.amount', severity: 'error', cells: ['表6!E6'] })]);
    expect(slip[0].message).toMatch(/单位写成了“元”/);
  });

  it('a figure rounded to fewer places is fine (1033.8, 1,222.79 as 1223 is not)', () => {
    expect(added(doc000, text000, edit(text000, '项目支出1,033.8万元', '项目支出1,034万元'))).toEqual([]);
    expect(added(doc000, text000, edit(text000, '项目支出1,033.8万元', '项目支出1,035万元')).map((f) => f.rule)).toEqual(['N.amount']);
  });

  it('四 lists each 类 with its 表4 amount; 五 with its 表5 amount', () => {
    const four = added(doc000, text000, edit(text000, '卫生健康支出56.61万元、', '卫生健康支出65.61万元、'));
    expect(four).toEqual([expect.objectContaining({ rule: 'N.amount', cells: ['表4!D16'] })]);
    const five = added(doc003, text003, edit(text003, '卫生健康支出32.06万元,占2.62%', '卫生健康支出32.60万元,占2.62%'));
    expect(five).toEqual([expect.objectContaining({ rule: 'N.amount', cells: ['表5!C17'] })]);
  });

  it('says there is no 三公 budget while 表10 has one', () => {
    const edited = edit(text000, /2023年财政拨款安排的“三公”经费预算[^\n]*/.exec(text000)![0], '本部门无“三公”经费预算。');
    expect(added(doc000, text000, edited)).toEqual([expect.objectContaining({ rule: 'N.amount', severity: 'error', cells: ['表10!B12'], expected: '0.50' })]);
  });
});

describe('percentages', () => {
  it('a share that is wrong by the text’s own amounts and by the tables is an error', () => {
    const found = added(doc000, text000, edit(text000, '占89.28%', '占89.82%'));
    expect(found).toEqual([expect.objectContaining({ rule: 'N.percent', severity: 'error', expected: '89.28%', actual: '89.82%' })]);
    expect(found[0].cells).toEqual(['表1!B7', '表1!B39']);
  });

  it('a share off only within the rounding of its amounts is an info (尾差)', () => {
    // 0.43 ÷ 1,222.79 = 0.0352% → 0.04%; 0.03% is possible when both are rounded to the cent.
    const found = added(doc003, text003, edit(text003, '上年结转0.43万元，占0.04%', '上年结转0.43万元，占0.03%'));
    expect(found).toEqual([expect.objectContaining({ rule: 'N.percent', severity: 'info', expected: '0.04%', actual: '0.03%' })]);
  });

  it('a change percentage is recomputed from the base the text states (本年 − 增加额)', () => {
    const found = added(doc000, text000, edit(text000, '增加71.58%', '增加71.85%'));
    expect(found).toEqual([expect.objectContaining({ rule: 'N.percent', severity: 'error', expected: '71.58%', actual: '71.85%' })]);
    expect(found[0].message).toMatch(/上年数 = 2,692\.83万元 − 1123\.43万元 = 1569\.40万元/);
  });
});

describe('changes against the 上年数 inputs', () => {
  it('a decrease that the inputs make an increase is an error', () => {
    const inputs = { ...seed003PriorInputs, revenueTotal: m('1200') };
    const found = added(doc003, text003, text003, inputs);
    expect(found).toEqual([]);
    const all = checkNarrativeText(doc003, text003, { inputs }).filter((f) => f.rule === 'N.change');
    expect(all).toEqual([expect.objectContaining({ severity: 'error', expected: '增加22.79万元', cells: ['表1!B39'] })]);
  });

  it('a change amount that disagrees with the inputs is an error', () => {
    const inputs = { ...seed003PriorInputs, revenueTotal: m('1256.00') };
    const all = checkNarrativeText(doc003, text003, { inputs }).filter((f) => f.rule === 'N.change');
    expect(all).toEqual([expect.objectContaining({ severity: 'error', expected: '33.21', actual: '33.48' })]);
  });

  it('与上年预算数相同 while the inputs differ is an error', () => {
    const inputs: NarrativeInputs = { threePublic: { total: m('0.60') } };
    const all = checkNarrativeText(doc000, text000, { inputs }).filter((f) => f.rule === 'N.change');
    expect(all).toEqual([expect.objectContaining({ severity: 'error', expected: '0.60', actual: '0.50', cells: ['表10!B12'] })]);
  });
});

describe('reasons', () => {
  it('a change without a reason is a warning', () => {
    const found = added(doc003, text003, edit(text003, '，主要原因是本年设备购置减少', '', true));
    expect(found.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning N.reason', 'warning N.reason']);
    expect(found[0].message).toMatch(/没有说明减少的原因/);
  });

  it('a reason that speaks of the opposite direction is a warning', () => {
    const found = added(doc003, text003, edit(text003, '本年设备购置减少', '本年新增设备购置', true));
    expect(found.map((f) => f.rule)).toEqual(['N.reason', 'N.reason']);
    expect(found[0].message).toMatch(/说的是增加/);
    const lead = added(doc000, text000, edit(text000, '减少的主要原因是', '增加的主要原因是'));
    expect(lead.map((f) => f.rule)).toEqual(['N.reason']);
  });
});

describe('wording', () => {
  it('placeholders left in the text are errors', () => {
    const edited = edit(text003, '主要原因是本年设备购置减少；', '主要原因是【请填写：主要原因】；')
      .replace('政府采购工程预算0万元', '政府采购工程预算XX万元')
      .replace('（二）其他\n\n无', '（二）其他\n\n待填写');
    const found = added(doc003, text003, edited);
    expect(found.filter((f) => f.rule === 'N.placeholder').map((f) => f.actual)).toEqual(['【请填写：主要原因】', 'XX', '待填写']);
  });

  it('a stale year at a sentence start and a comparison with the wrong year are warnings (wording for a person to judge)', () => {
    const stale = added(doc000, text000, edit(text000, '2023年度预算收入总计', '2022年度预算收入总计'));
    expect(stale).toEqual([expect.objectContaining({ rule: 'N.year', severity: 'warning', expected: '2023年', actual: '2022年' })]);
    const self = added(doc000, text000, edit(text000, '与2022年预算数相同', '与2023年预算数相同'));
    expect(self).toEqual([expect.objectContaining({ rule: 'N.year', severity: 'warning', expected: '2022年', actual: '2023年' })]);
    expect(self[0].message).toMatch(/写“与2023年预算数相同”：本预算是2023年度，应与2022年比较/);
    const future = added(doc003, text003, edit(text003, '截至2024年4月27日，长治市屯留区行政审批服务管理局共有', '截至2025年4月27日，长治市屯留区行政审批服务管理局共有'));
    expect(future).toEqual([expect.objectContaining({ rule: 'N.year', severity: 'warning' })]);
  });

  it('a missing section is a warning; a text without headings says so once', () => {
    const without = text000.replace(/九、政府采购情况[\s\S]*?(?=十、绩效管理情况)/, '');
    expect(added(doc000, text000, without).filter((f) => f.rule === 'N.section').map((f) => f.message)).toEqual(['情况说明缺少“九、政府采购情况”部分。请补上这一节。']);
    expect(checkNarrativeText(doc000, '本部门2023年度预算收入2,692.83万元。').filter((f) => f.rule === 'N.section')).toHaveLength(1);
  });

  it('an item named in 六 that 表6 does not hold under that column is a warning', () => {
    const found = added(doc003, text003, edit(text003, '办公费、其他交通费用等', '办公费、会议费、其他交通费用等'));
    expect(found).toEqual([expect.objectContaining({ rule: 'N.item', severity: 'warning', cells: ['表6!E6'] })]);
    expect(found[0].message).toMatch(/“会议费”/);
  });
});

describe('政府采购 and 绩效', () => {
  it('总额 ≠ 货物 + 工程 + 服务 is an error', () => {
    const found = added(doc000, text000, edit(text000, '政府采购服务预算58万元', '政府采购服务预算48万元'));
    expect(found).toEqual([expect.objectContaining({ rule: 'N.procurement', severity: 'error', expected: '60.00', actual: '70.00' })]);
  });

  it('中小企业预留 above 总额 is an error', () => {
    const found = added(doc003, text003, edit(text003, '政府采购服务预算50.00万元。', '政府采购服务预算50.00万元。预留中小企业采购份额70.00万元。'));
    expect(found.map((f) => f.rule)).toEqual(['N.procurement']);
  });

  it('绩效目标 funds above 项目支出 are an error; more projects than 表12 and 表13 a warning', () => {
    const money = added(doc003, text003, edit(text003, '涉及部门预算资金509.88万元', '涉及部门预算资金609.88万元'));
    expect(money).toEqual([expect.objectContaining({ rule: 'N.performance', severity: 'error', cells: ['表3!E6'] })]);
    const count = added(doc003, text003, edit(text003, '实行绩效目标管理的项目9个', '实行绩效目标管理的项目19个'));
    expect(count).toEqual([expect.objectContaining({ rule: 'N.performance', severity: 'warning', expected: '≤10' })]);
  });
});

describe('a 情况说明 in a sheet', () => {
  const withSheet = (name: string): WorkbookGrid => {
    const book = seedWorkbook(seed000, 'sheets');
    book.sheets.push({ name, values: text000.split('\n').map((line) => [line === '' ? null : line]) });
    return book;
  };

  it('is found by its name, or by its headings, and findings name its cell too', () => {
    const found = findNarrativeSheet(withSheet('情况说明'))!;
    expect(found.sheet).toBe('情况说明');
    expect(found.text).toBe(text000);
    expect(findNarrativeSheet(withSheet('Sheet14'))!.sheet).toBe('Sheet14');
    expect(findNarrativeSheet(seedWorkbook(seed000, 'sheets'))).toBeUndefined();
    const amount = checkNarrativeText(doc000, found.text, { lineCells: found.lineCells }).find((f) => f.rule === 'N.amount')!;
    const row = text000.split('\n').findIndex((l) => l.includes('154.36')) + 1;
    expect(amount.cells).toEqual(['表11!B6', `情况说明!A${row}`]);
  });

  it('a drafted 情况说明 written as a sheet reads back as the same text, headings bold', () => {
    const draft = draftNarrative(doc000);
    const sheet = renderNarrativeSheet(draft, { title: '第三部分 2023年度部门预算情况说明' });
    expect(sheet.name).toBe('情况说明');
    expect(sheet.values[2]).toEqual(['一、部门预算收支数据变动情况及原因']);
    expect(sheet.styles).toContainEqual({ range: { top: 2, left: 0, bottom: 2, right: 0 }, style: { bold: true } });
    const book = seedWorkbook(seed000, 'sheets');
    book.sheets.push(sheet);
    const found = findNarrativeSheet(book)!;
    expect(found.text).toBe(`第三部分 2023年度部门预算情况说明\n\n${draft.text}`);
    const first = checkNarrativeText(doc000, found.text, { lineCells: found.lineCells }).find((f) => f.rule === 'N.placeholder')!;
    expect(first.cells).toEqual(['情况说明!A4']);
  });
});
