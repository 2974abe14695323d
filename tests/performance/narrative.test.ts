import { draftNarrative } from '../../src/domain/narrative';
import { Money } from '../../src/domain/money';
import { statedPerformanceFigures } from '../../src/domain/performance';
import { runRules } from '../../src/domain/rules';
import { seed000NarrativeText, seed003NarrativeText } from '../fixtures/narratives';
import { docWithForms, ofRule } from './helpers';

function sectionTen(text: string): string {
  return text.slice(text.indexOf('十、'));
}

describe('情况说明 十 drafted with the forms', () => {
  it('counts the forms of the workbook and their 年度资金总额 (seed 003: 8 forms, 265.27 万元)', () => {
    const draft = draftNarrative(docWithForms('003'));
    expect(draft.sections.find((s) => s.id === '十')!.text).toBe(
      '1、绩效管理情况\n2024年长治市屯留区行政审批服务管理局实行绩效目标管理的项目9个，涉及项目支出预算509.88万元。\n' +
        '2、绩效目标情况\n公开项目绩效目标表8个，涉及年度资金总额265.27万元（项目绩效目标表见附件）。',
    );
  });

  it('seed 000: 16 forms of 1,033.80 万元, the same as 表12', () => {
    const ten = draftNarrative(docWithForms('000')).sections.find((s) => s.id === '十')!.text;
    expect(ten).toMatch(/公开项目绩效目标表16个，涉及年度资金总额1,033\.80万元（项目绩效目标表见附件）。$/);
  });

  it('options.performanceForms still wins over the forms of the workbook', () => {
    const ten = draftNarrative(docWithForms('003'), {}, { performanceForms: [{ projectName: '单位运转经费', annualFundsWan: new Money(80) }] }).sections.find((s) => s.id === '十')!.text;
    expect(ten).toMatch(/公开项目绩效目标表1个，涉及年度资金总额80\.00万元/);
  });

  it('the draft agrees with P.narrative-count where the forms agree with 表12 (seed 000)', () => {
    const doc = docWithForms('000');
    const text = draftNarrative(doc).text;
    expect(ofRule(runRules(doc, { narrative: { text } }).findings, 'P.narrative-count')).toEqual([]);
  });

  it('and where a project has no form (seed 003) the check says so, against the forms only', () => {
    const doc = docWithForms('003');
    const findings = ofRule(runRules(doc, { narrative: { text: draftNarrative(doc).text } }).findings, 'P.narrative-count');
    expect(findings.map((f) => `${f.actual}/${f.expected}`)).toEqual(['9/8', '509.88/265.27']);
    expect(findings.every((f) => f.message.includes('与绩效目标表'))).toBe(true);
  });
});

describe('statedPerformanceFigures: what 十 says about projects', () => {
  const said = (text: string): string[] => statedPerformanceFigures(text).map((f) => `${f.kind} ${f.about} ${f.figure.value.toString()}`);

  it('seed 000: 14 projects, 745.08 万元 一般公共预算, 1033.8 万元 in all', () => {
    expect(said(seed000NarrativeText)).toEqual(['count projects 14', 'amount general 745.08', 'amount total 1033.8', 'count projects 14']);
    expect(sectionTen(seed000NarrativeText)).toContain('共涉及14个项目');
  });

  it('seed 003: the 9 projects and 509.88 万元, not the 其他运转类 / 特定目标类 breakdown nor the units', () => {
    expect(said(seed003NarrativeText)).toEqual([
      'count projects 9',
      'amount total 509.88',
      'amount total 509.88',
      'amount total 509.88',
      'count projects 9',
      'amount total 509.88',
      'count forms 9',
      'amount formFunds 509.88',
    ]);
  });
});
