import type { BudgetDocument } from '../../src/domain/model/types';
import { Money } from '../../src/domain/money';
import { draftNarrative, type NarrativeDraft, type NarrativeInputs, type SectionId } from '../../src/domain/narrative';
import { change, percent } from '../../src/domain/narrative/format';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { renderWorkbook } from '../../src/domain/templates';
import { seed000NarrativeText, seed000PriorInputs, seed003PriorInputs } from '../fixtures/narratives';
import { seed000, seed003, seedWorkbook } from '../fixtures/seeds/build';

const doc000 = recognizeWorkbook(seedWorkbook(seed000, 'sheets'));
const doc003 = recognizeWorkbook(seedWorkbook(seed003, 'sheets'));
const m = (s: string) => new Money(s);
const section = (draft: NarrativeDraft, id: SectionId): string => draft.sections.find((s) => s.id === id)!.text;

describe('wording', () => {
  it('without inputs, every prior-year figure and reason is a visible placeholder, never a number', () => {
    const draft = draftNarrative(doc000);
    expect(draft.placeholders).toEqual([
      '【请填写：上年收入总计】',
      '【请填写：主要原因】',
      '【请填写：上年支出总计】',
      '【请填写：上年一般公共预算当年拨款】',
      '【请填写：上年“三公”经费预算】',
      '【请填写：上年因公出国（境）费】',
      '【请填写：上年公务接待费】',
      '【请填写：上年公务用车购置费】',
      '【请填写：上年公务用车运行维护费】',
      '【请填写：上年机关运行经费】',
      '【请填写：政府采购预算总额】',
      '【请填写：政府采购货物预算】',
      '【请填写：政府采购工程预算】',
      '【请填写：政府采购服务预算】',
    ]);
    expect(section(draft, '八')).toBe(
      '2023年晋中市行政审批服务管理局机关运行经费财政拨款预算154.37万元，比上年增减【请填写：上年机关运行经费】，主要原因是【请填写：主要原因】。',
    );
  });

  it('section 一 as the seeds word it, with thousands separators by default', () => {
    expect(section(draftNarrative(doc000, seed000PriorInputs), '一')).toBe(
      '2023年度晋中市行政审批服务管理局预算收入总计2,692.83万元，其中：本年收入2,692.83万元，上年结转0.00万元，比上年增加1,123.43万元，增长71.58%，' +
        '主要原因是新增考入人员故2023年基本支出预算增加，2023年项目支出中12345政府便民服务热线运行管理费预算增加610.6万元；' +
        '本年部门预算支出总计2,692.83万元，其中：本年预算安排2,692.83万元，上年结转0.00万元，比上年增加1,123.43万元，增长71.58%，' +
        '主要原因是新增考入人员故2023年基本支出预算增加，2023年项目支出中12345政府便民服务热线运行管理费预算增加610.6万元。',
    );
  });

  it('without separators and without the department name (seed 000’s style) when asked', () => {
    const draft = draftNarrative(doc000, seed000PriorInputs, { thousands: false, includeDepartment: false });
    expect(section(draft, '三')).toBe('2023年度支出预算2692.83万元，其中：基本支出1659.03万元，占61.61%；项目支出1033.80万元，占38.39%。');
    expect(section(draft, '九')).toBe('2023年本部门政府采购预算总额70.00万元。其中：政府采购货物预算12.00万元、政府采购工程预算0.00万元、政府采购服务预算58.00万元。');
  });

  it('a decrease says 减少/下降 and a reason already starting with 主要原因 is not doubled', () => {
    const inputs: NarrativeInputs = { ...seed003PriorInputs, reasons: { 五: '主要原因是设备购置减少。' } };
    expect(section(draftNarrative(doc003, inputs), '五')).toBe(
      '（一）一般公共预算当年拨款规模变化情况\n' +
        '2024年度长治市屯留区行政审批服务管理局一般公共预算当年拨款1,222.37万元，比上年减少33.90万元，下降2.70%，主要原因是设备购置减少。\n' +
        '（二）一般公共预算当年拨款结构情况\n' +
        '2024年度长治市屯留区行政审批服务管理局一般公共预算当年拨款1,222.37万元，主要用于以下方面：' +
        '一般公共服务支出1,059.34万元，占86.66%；社会保障和就业支出74.84万元，占6.12%；卫生健康支出32.06万元，占2.62%；住房保障支出56.13万元，占4.59%。',
    );
  });

  it('an unchanged figure reads 与上年持平 and asks for no reason', () => {
    const text = section(draftNarrative(doc000, { generalBudgetAppropriation: m('2404.11') }), '五');
    expect(text).toMatch(/一般公共预算当年拨款2,404\.11万元，与上年持平。/);
    expect(text).not.toMatch(/原因/);
  });

  it('六 names the non-zero items of 表6 under 人员经费 and 公用经费, each once, in table order', () => {
    expect(section(draftNarrative(doc003), '六')).toBe(
      '2024年度长治市屯留区行政审批服务管理局一般公共预算基本支出712.49万元，其中：\n' +
        '人员经费683.42万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出、生活补助等；\n' +
        '公用经费29.07万元，主要包括：办公费、其他交通费用等。',
    );
  });

  it('七 compares each 三公 item with last year and gives the reason once, after the items', () => {
    const inputs: NarrativeInputs = { threePublic: { total: m('0.3'), overseas: m('0'), reception: m('0.3'), vehiclePurchase: m('0'), vehicleOperation: m('0') }, reasons: { 七: '接待任务增加' } };
    expect(section(draftNarrative(doc000, inputs), '七')).toBe(
      '2023年财政拨款安排的“三公”经费预算0.50万元，比2022年预算数增加0.20万元，增长66.67%。' +
        '其中：因公出国（境）费0.00万元，与上年预算数相同；公务接待费0.50万元，比上年预算数增加0.20万元，增长66.67%；' +
        '公务用车购置费0.00万元，与上年预算数相同；公务用车运行维护费0.00万元，与上年预算数相同。增加的主要原因是接待任务增加。',
    );
  });

  it('十 counts the distinct projects of 表12 and their amount, by source when there are several', () => {
    expect(section(draftNarrative(doc000), '十')).toBe(
      '1、绩效管理情况\n2023年晋中市行政审批服务管理局实行绩效目标管理的项目14个，涉及项目支出预算1,033.80万元，其中：一般公共预算745.08万元、政府性基金预算288.72万元。\n' +
        '2、绩效目标情况\n（项目绩效目标表公开情况见附件）',
    );
    const withForms = draftNarrative(doc003, {}, {
      performanceForms: [
        { projectName: '“个转企”专业办企服务费', annualFundsWan: m('19.62') },
        { projectName: '2023年度运行经费', annualFundsWan: m('10') },
      ],
    });
    expect(section(withForms, '十')).toMatch(/2、绩效目标情况\n公开项目绩效目标表2个，涉及年度资金总额29\.62万元（项目绩效目标表见附件）。$/);
  });

  it('a table that was not recognized leaves a placeholder for its figures', () => {
    const withoutT11: BudgetDocument = { ...doc000, tables: doc000.tables.filter((t) => t.id !== 'T11'), missing: ['T11'] };
    expect(section(draftNarrative(withoutT11, seed000PriorInputs), '八')).toMatch(/^2023年晋中市行政审批服务管理局机关运行经费财政拨款预算【请填写：机关运行经费（未识别到表11）】万元，比上年增减【请填写：上年机关运行经费】/);
  });

  it('the whole text is the headings and the sections, one blank line between sections', () => {
    const draft = draftNarrative(doc003, seed003PriorInputs);
    expect(draft.text.split('\n\n')).toHaveLength(10);
    expect(draft.text.startsWith('一、部门预算收支数据变动情况及原因\n2024年度')).toBe(true);
  });
});

describe('percentages from exact decimals, half-up', () => {
  it('rounds half-up where binary floats would not', () => {
    expect(percent(m('0.00125'), m('1'))).toBe('0.13%');
    expect(percent(m('1.005'), m('100'))).toBe('1.01%');
    expect(percent(m('2'), m('3'))).toBe('66.67%');
  });

  it('a change from 0 has no percentage; a change to 0 is 下降100.00%', () => {
    const style = { thousands: true };
    const wording = { against: '比上年', missing: '上年数', same: '与上年持平' };
    expect(change(m('5'), m('0'), style, wording).text).toBe('比上年增加5.00万元');
    expect(change(m('0'), m('20'), style, wording).text).toBe('比上年减少20.00万元，下降100.00%');
  });
});

describe('zero-data cases read naturally', () => {
  it('no 三公 budget: the seeds’ sentence (seed 003), also for a blank workbook', () => {
    expect(section(draftNarrative(doc003, seed003PriorInputs), '七')).toBe('本部门无“三公”经费预算。');
    const blank = recognizeWorkbook(renderWorkbook({ year: 2024, department: '测试局' }, 'sheets'));
    expect(section(draftNarrative(blank), '七')).toBe('本部门无“三公”经费预算。');
  });

  it('三公 arranged this year after none last year: the increase without a percentage', () => {
    const none = { total: m('0'), overseas: m('0'), reception: m('0'), vehiclePurchase: m('0'), vehicleOperation: m('0') };
    const text = section(draftNarrative(doc000, { threePublic: none }), '七');
    expect(text).toMatch(/^2023年财政拨款安排的“三公”经费预算0\.50万元，比2022年预算数增加0\.50万元。/);
    expect(text).not.toMatch(/增长/);
  });

  it('no 政府性基金 (seed 003): zero as the seeds write it, no 城乡社区 类, no source split in 十', () => {
    const draft = draftNarrative(doc003, seed003PriorInputs);
    expect(section(draft, '二')).toMatch(/；政府性基金预算拨款收入0\.00万元，占0\.00%；/);
    expect(section(draft, '四')).toBe(
      '2024年度长治市屯留区行政审批服务管理局财政拨款收支总预算1,222.79万元。收入为一般公共预算拨款1,222.79万元，政府性基金预算拨款0.00万元，国有资本经营预算拨款0.00万元。' +
        '其中：当年拨款收入1,222.37万元，上年结转收入0.43万元。支出包括：一般公共服务支出1,059.77万元、社会保障和就业支出74.84万元、卫生健康支出32.06万元、住房保障支出56.13万元。',
    );
    expect(section(draft, '十')).toMatch(/涉及项目支出预算509\.88万元。\n/);
  });

  it('no 政府性基金 this year but some last year: 四 says so when the prior figure is given', () => {
    const text = section(draftNarrative(doc003, { fundBudgetAppropriation: m('20'), reasons: { 四: '土地出让项目结束' } }), '四');
    expect(text).toMatch(/政府性基金预算当年拨款0\.00万元，比上年减少20\.00万元，下降100\.00%，主要原因是土地出让项目结束。/);
  });

  it('no carry-over (seed 000): 上年结转0.00万元 as published', () => {
    const draft = draftNarrative(doc000, seed000PriorInputs);
    expect(section(draft, '一')).toMatch(/其中：本年收入2,692\.83万元，上年结转0\.00万元，/);
    expect(section(draft, '四')).toMatch(/其中：当年拨款收入2,692\.83万元，上年结转收入0\.00万元。/);
    expect(seed000NarrativeText).toMatch(/上年结转收入0\.00万元/);
  });

  it('a blank workbook: no shares of nothing, no 类 list, nothing undefined', () => {
    const blank = recognizeWorkbook(renderWorkbook({ year: 2024, department: '测试局' }, 'sheets'));
    const draft = draftNarrative(blank, { procurement: { total: m('0') } });
    expect(draft.text).not.toMatch(/undefined|NaN|占|支出包括|主要包括：/);
    expect(section(draft, '三')).toBe('2024年度测试局支出预算0.00万元，其中：基本支出0.00万元；项目支出0.00万元。');
    expect(section(draft, '八')).toBe('2024年测试局无机关运行经费财政拨款预算。');
    expect(section(draft, '九')).toBe('2024年测试局未安排政府采购预算。');
    expect(section(draft, '十')).toBe('2024年测试局未安排项目支出预算，无实行绩效目标管理的项目。');
  });
});
