import type { Finding } from '../../src/domain/findings/types';
import { checkNarrativeText, splitNarrativeSections } from '../../src/domain/narrative';
import { codedTable, documentOf, simpleTable } from './model-builder';

/**
 * The Shanghai-style 情况说明 (…机构设置 / 部门预算编制说明 listing every 项 with last year's
 * 执行数 / 其他相关情况说明 / 项目经费情况说明), checked against a model built directly with
 * the figures of the real documents in ../shared/real (元 tables, text in 万元).
 */
const t05 = codedTable('T05', '表5', '元', [
  ['201', '一般公共服务支出', '21,601,733.00'],
  ['20113', '商贸事务', '21,601,733.00'],
  ['2011301', '行政运行', '9,389,913.00'],
  ['204', '公共安全支出', '87,267,272.44'],
  ['20406', '司法', '87,267,272.44'],
  ['2040601', '行政运行', '16,726,725.44'],
  ['2040699', '其他司法支出', '38,454,900.00'],
  ['208', '社会保障和就业支出', '3,343,704.00'],
  ['20805', '行政事业单位养老支出', '3,343,704.00'],
  ['2080501', '行政单位离退休', '578,040.00'],
  ['2080506', '机关事业单位职业年金缴费支出', '919,739.00'],
  ['210', '卫生健康支出', '1,149,678.00'],
  ['21011', '行政事业单位医疗', '1,149,678.00'],
  ['2101101', '行政单位医疗', '1,149,678.00'],
  ['221', '住房保障支出', '4,521,559.00'],
  ['22102', '住房改革支出', '4,521,559.00'],
  ['2210201', '住房公积金', '2,087,959.00'],
]);
const t11 = simpleTable('T11', '表9', '万元', [{ kind: 'total', name: '机关运行经费', role: 'total', value: '217.83' }]);
const doc = documentOf(2026, '上海市普陀区司法局', [t05, t11]);

const cellOf = (text: string, words: string): string => `情况说明!A${text.split('\n').findIndex((l) => l.includes(words)) + 1}`;

function check(text: string): Finding[] {
  return checkNarrativeText(doc, text, { lineCells: text.split('\n').map((_, i) => `情况说明!A${i + 1}`) });
}

const ITEM_1 =
  '1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。主要用于：行政单位的基本支出。2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。主要原因是：部分人员退休。';
const ITEM_6 =
  '6、公共安全支出（204类）司法（06款）其他司法支出（99项）3845.49万元。主要用于：依法治区、法制业务经费等支出。2025年当年预算执行数为3269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。主要原因是：业务量增加。';
const ITEM_7 =
  '7、社会保障和就业支出（208类）行政事业单位养老支出（05款）行政单位离退休（01项）57.8万元。主要用于：退休人员支出。2025年当年预算执行数为59.11万元，2026年预算安排57.8万元，比2025年预算执行数减少2.21%。主要原因是：退休实有人数减少。';
const ITEM_9 =
  '9、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位职业年金缴费支出（06项）91.97万元。主要用于：支付职业年金。2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.93%。主要原因是：职业年金支出增加。';
const ITEM_11 =
  '11、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）行政单位医疗（01项）114.97万元。主要用于：行政单位医疗保险缴费经费。2025年当年预算执行数为59.43万元，2026年预算安排114.97万元，比2025年预算执行数增加93.45%。主要原因是：支出增加。';
const ITEM_12 =
  '12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：行政事业单位为职工缴纳的住房公积金。2025年当年预算执行数为198.34万元，2026年预算安排208.80万元，比2025年预算执行数增加5.27%。主要原因是：支出增加。';

const TEXT = [
  '上海市普陀区司法局机构设置',
  '上海市普陀区司法局部门预算是包括区司法局本部以及下属1家预算单位的综合收支计划。本部门中，行政单位1家，参公单位1家，具体包括：1.普陀区司法局本部',
  '2026年部门预算编制说明',
  '支出预算9628.22万元，其中：财政拨款支出预算9628.22万元，比2025年预算增加793.14万元。',
  '财政拨款收入支出增加的主要原因是工作量增加',
  '财政拨款支出主要内容如下：',
  ITEM_1,
  ITEM_6,
  ITEM_7,
  ITEM_9,
  ITEM_11,
  ITEM_12,
  '其他相关情况说明 / 一、2026年“三公”经费预算情况说明',
  '2026年“三公”经费预算数为10.81万元，比2025年预算持平。',
  '其他相关情况说明 / 二、机关运行经费预算',
  '2026年上海市普陀区司法局下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为217.83万元。',
  '其他相关情况说明 / 三、政府采购预算情况',
  '2026年本部门政府采购预算1486.42万元，其中：政府采购货物预算3.66万元、政府采购工程预算36.44万元、政府采购服务预算1446.32万元。',
  '其他相关情况说明 / 四、绩效目标设置情况',
  '按照本区预算绩效管理工作的总体要求，本部门2个预算单位开展了2026年项目预算绩效目标编报工作。',
  '其他相关情况说明 / 五、国有资产占有使用情况',
  '截至2025年8月31日，上海市普陀区司法局共有车辆3辆。',
  '项目经费情况说明 / 人民调解项目经费情况说明 / 六、年度预算安排',
  '795万元',
  '项目经费情况说明 / 人民调解项目经费情况说明 / 七、绩效目标',
  '详见单位的项目绩效目标表',
].join('\n');

describe('sections of a Shanghai-style text', () => {
  it('reads the unnumbered part headings and heading paths; a project’s numbered headings are not the 情况说明’s sections', () => {
    const sections = splitNarrativeSections(TEXT);
    expect(sections.map((s) => [s.part, s.id ?? null, s.title])).toEqual([
      ['organization', null, '上海市普陀区司法局机构设置'],
      ['summary', '一', '2026年部门预算编制说明'],
      ['other', '七', '2026年“三公”经费预算情况说明'],
      ['other', '八', '机关运行经费预算'],
      ['other', '九', '政府采购预算情况'],
      ['other', '十', '绩效目标设置情况'],
      ['other', '十一', '国有资产占有使用情况'],
      ['projects', null, '年度预算安排'],
      ['projects', null, '绩效目标'],
    ]);
  });

  it('the published text as written checks clean: no missing section, no year slip, reasons found, items equal to 表5', () => {
    expect(check(TEXT)).toEqual([]);
  });
});

describe('the 项 listed with their 类/款/项 path', () => {
  it('are matched by code (an older 类 name is no slip) or by names level by level, with mixed brackets', () => {
    const wrong = check(TEXT.replace('行政单位医疗（01项）114.97万元', '行政单位医疗（01项）115.97万元'));
    expect(wrong).toEqual([
      expect.objectContaining({ rule: 'N.amount', severity: 'error', expected: '114.97', actual: '115.97', difference: '1.00', cells: ['表5!E18', cellOf(TEXT, ITEM_11.slice(0, 20))] }),
    ]);
    expect(wrong[0].message).toMatch(/写“行政单位医疗（01项）115\.97万元”，但表5 行政单位医疗（2101101）（表5!E18）为114\.97万元，相差1\.00万元/);

    const byNames = [
      '2025年部门预算编制说明',
      '1.“一般公共服务支出（类）商贸事务（款)行政运行（项）”938.99万元，主要用于机关行政运行和机关人员经费支出。',
      '2.“公共安全支出（类)司法（款）行政运行（项）”1672.67万元，主要用于行政单位的基本支出。',
    ].join('\n');
    const swh = documentOf(2025, '上海市普陀区商务委员会', [t05]);
    expect(checkNarrativeText(swh, byNames).filter((f) => f.rule === 'N.amount')).toEqual([]);
    const slip = checkNarrativeText(swh, byNames.replace('938.99', '939.99')).filter((f) => f.rule === 'N.amount');
    expect(slip).toEqual([expect.objectContaining({ severity: 'error', expected: '938.99', actual: '939.99', cells: ['表5!E7'] })]);
    expect(slip[0].message).toMatch(/写“行政运行（项）939\.99万元”/);
  });

  it('a path the tables do not hold names no figure (not applicable, no finding)', () => {
    const text = TEXT.replace('住房公积金（01项）208.8万元', '提租补贴（02项）208.8万元');
    expect(check(text).filter((f) => f.rule === 'N.amount')).toEqual([]);
  });
});

describe('a paragraph stating last year’s 执行数 beside this year’s budget', () => {
  it('a percentage wrong by the stated figures is a warning naming the table cell and the paragraph', () => {
    const text = TEXT.replace('比2025年预算执行数增加17.93%', '比2025年预算执行数增加17.66%');
    const found = check(text);
    expect(found).toEqual([
      expect.objectContaining({ rule: 'N.percent', severity: 'warning', expected: '增加17.93%', actual: '增加17.66%', cells: ['表5!E15', cellOf(text, '17.66%')] }),
    ]);
    expect(found[0].message).toMatch(/按“2025年当年预算执行数为77\.99万元”和“2026年预算安排91\.97万元”计算，应为增加17\.93%/);
  });

  it('a base that makes the stated increase a decrease is a warning (43269.3 for 3269.3)', () => {
    const text = TEXT.replace('执行数为3269.3万元', '执行数为43269.3万元');
    const found = check(text);
    expect(found).toEqual([expect.objectContaining({ rule: 'N.percent', severity: 'warning', expected: '减少91.11%', actual: '增加17.62%', cells: ['表5!E11', cellOf(text, '43269.3')] })]);
    expect(found[0].message).toMatch(/应为减少91\.11%。若上年数为3269\.3万元，则正好是增加17\.62%，请核对上年数是否多写了一位数字。$/);
  });

  it('this year’s figure restated differently from the 项 and 表5 is one warning; the percentage agreeing with 表5 is not reported again', () => {
    const text = TEXT.replace('2026年预算安排208.80万元', '2026年预算安排201.50万元');
    const found = check(text);
    expect(found).toEqual([expect.objectContaining({ rule: 'N.amount', severity: 'warning', expected: '208.80', actual: '201.50', cells: ['表5!E21', cellOf(text, '201.50')] })]);
    expect(found[0].message).toMatch(/写“2026年预算安排201\.50万元”，但本段开头写“住房公积金（01项）208\.8万元”，表5 住房公积金（2210201）（表5!E21）为208\.80万元/);
  });

  it('a percentage right with the table’s exact figure passes (57.804 ÷ 59.11: 减少2.21%); off only by rounding of the stated figures is an info', () => {
    expect(check(TEXT).filter((f) => f.rule === 'N.percent')).toEqual([]);
    const noTable = documentOf(2026, '上海市普陀区司法局', []);
    const found = checkNarrativeText(noTable, ['2026年部门预算编制说明', ITEM_7].join('\n')).filter((f) => f.rule === 'N.percent');
    // 57.8 has one decimal: 57.75 … 57.85 allows 2.13% … 2.30%; the stated figures give 2.22%.
    expect(found).toEqual([expect.objectContaining({ severity: 'info', expected: '减少2.22%', actual: '减少2.21%' })]);
  });
});

describe('other paragraphs that state last year’s figure', () => {
  const t01 = simpleTable('T01', '表1', '元', [
    { kind: 'grandTotal', side: 'income', name: '收入总计', role: 'amount', value: '96,282,213.44' },
    { kind: 'grandTotal', side: 'expenditure', name: '支出总计', role: 'currentYear', value: '96,282,213.44' },
  ]);
  const t10 = simpleTable('T10', '表9', '万元', [
    { kind: 'threePublic', key: 'reception', name: '公务接待费', role: 'total', value: '0.83' },
    { kind: 'total', name: '合计', role: 'total', value: '10.81' },
  ]);
  const full = documentOf(2026, '上海市普陀区司法局', [t01, t05, t10, t11]);
  const run = (text: string) => checkNarrativeText(full, text, { lineCells: text.split('\n').map((_, i) => `情况说明!A${i + 1}`) });

  it('“本年预算安排” in a 项’s paragraph is that 项, not 表1’s 本年支出', () => {
    const text = TEXT.replace('2026年预算安排208.80万元', '本年预算安排208.80万元');
    expect(run(text)).toEqual([]);
    const restated = run(TEXT.replace('2026年预算安排208.80万元', '本年预算安排201.50万元'));
    expect(restated).toEqual([expect.objectContaining({ rule: 'N.amount', severity: 'warning', actual: '201.50', cells: ['表5!E21', cellOf(TEXT, ITEM_12.slice(0, 20))] })]);
  });

  it('三公: 预算数 against last year’s stated 预算数, the amount and the percentage of the change', () => {
    const ok = TEXT.replace('2026年“三公”经费预算数为10.81万元，比2025年预算持平。', '2026年“三公”经费预算数为10.81万元，比2025年预算数11.00万元减少0.19万元，下降1.73%，主要原因是压减一般性支出。');
    expect(run(ok)).toEqual([]);
    const amount = run(ok.replace('减少0.19万元', '减少0.91万元'));
    expect(amount).toEqual([expect.objectContaining({ rule: 'N.change', severity: 'warning', expected: '减少0.19万元', actual: '减少0.91万元' })]);
    const wrong = run(ok.replace('下降1.73%', '下降1.37%'));
    expect(wrong).toEqual([expect.objectContaining({ rule: 'N.percent', severity: 'warning', expected: '减少1.73%', actual: '减少1.37%', cells: ['表9!B5', cellOf(ok, '三公”经费预算数为')] })]);
  });
});

describe('years', () => {
  it('last year’s 执行数 opening a sentence is a comparison base, not a stale year', () => {
    expect(check(TEXT).filter((f) => f.rule === 'N.year')).toEqual([]);
  });

  it('a comparison with the budget year itself is one warning per paragraph, however often repeated', () => {
    const text = TEXT.replace('比2025年预算增加793.14万元。', '比2026年预算增加793.14万元。一般公共预算拨款支出预算9628.22万元，比2026年预算增加793.14万元；政府性基金拨款支出预算0万元，与2026年预算持平。');
    const found = check(text).filter((f) => f.rule === 'N.year');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', expected: '2025年', actual: '2026年', cells: [cellOf(text, '比2026年预算增加')] })]);
    expect(found[0].message).toBe('情况说明“2026年部门预算编制说明”写“比2026年预算增加793.14万元”等3处：本预算是2026年度，应与2025年比较。请改正年份。');
  });

  it('a sentence opening with last year that is not about last year’s figure is still a warning', () => {
    const text = TEXT.replace('支出预算9628.22万元', '2025年，上海市普陀区司法局支出预算9628.22万元');
    expect(check(text).filter((f) => f.rule === 'N.year')).toEqual([expect.objectContaining({ severity: 'warning', expected: '2026年', actual: '2025年' })]);
  });
});

describe('reasons', () => {
  it('a reason given once in the paragraph after the changes covers them; without it each change lacks one', () => {
    expect(check(TEXT).filter((f) => f.rule === 'N.reason')).toEqual([]);
    const without = TEXT.replace('财政拨款收入支出增加的主要原因是工作量增加\n', '');
    expect(check(without).filter((f) => f.rule === 'N.reason')).toEqual([expect.objectContaining({ severity: 'warning', cells: [cellOf(without, '支出预算9628.22')] })]);
  });
});

describe('预算单位 count', () => {
  it('the same count everywhere (本部以及下属1家 = 行政1家 + 参公1家 = 1家机关和1家参公 = 2个预算单位): nothing', () => {
    expect(check(TEXT).filter((f) => f.rule === 'N.units')).toEqual([]);
  });

  it('a count that disagrees is one warning naming every paragraph that states one', () => {
    const text = TEXT.replace('本部门2个预算单位开展了', '本部门3个预算单位开展了');
    const found = check(text).filter((f) => f.rule === 'N.units');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(found[0].cells).toEqual([cellOf(text, '本部以及下属'), cellOf(text, '1家机关和1家参公'), cellOf(text, '3个预算单位')]);
    expect(found[0].message).toMatch(/“本部以及下属1家预算单位”（上海市普陀区司法局机构设置，共2家）/);
  });
});
