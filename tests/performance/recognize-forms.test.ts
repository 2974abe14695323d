import type { PerformanceForm, RecognitionProblem } from '../../src/domain/model/types';
import { parseAmount } from '../../src/domain/money';
import { recognizePerformanceForms } from '../../src/domain/performance';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { seeds } from '../fixtures/seeds/build';
import {
  formSheets,
  seedForms,
  seedWorkbookAllInOneSheet,
  seedWorkbookWithForms,
  type FormLayout,
  type SeedForm,
} from '../fixtures/forms/build';

function amountText(text: string): string | null {
  const p = parseAmount(text);
  return p.kind === 'number' ? p.value.toString() : null;
}

/** What the acceptance compares: name and both fund totals, as numbers. */
function essentials(f: PerformanceForm): [string, string | null, string | null] {
  return [f.projectName, f.annualTotal.value?.toString() ?? null, f.totalFunds.value?.toString() ?? null];
}

function expected(forms: SeedForm[]): [string, string | null, string | null][] {
  return forms.map((f) => [f.projectName, amountText(f.annualFunds), amountText(f.totalFunds)]);
}

const CASES = (['000', '003'] as const).flatMap((seed) =>
  (['sheets', 'stacked'] as FormLayout[]).flatMap((layout) => (['text', 'number'] as const).map((amountsAs) => [seed, layout, amountsAs] as const)),
);

describe.each(CASES)('seed %s forms, layout %s, amounts as %s', (seed, layout, amountsAs) => {
  const forms = seedForms[seed];
  const read = recognizePerformanceForms({ sheets: formSheets(forms, layout, { amountsAs }) });

  it('reads every form: project name and both fund totals equal the text', () => {
    expect(read.map(essentials)).toEqual(expected(forms));
  });

  it('reads the department, the implementing unit and both source columns', () => {
    read.forEach((f, i) => {
      expect(f.department).toBe(forms[i].department);
      expect(f.implementingUnit).toBe(forms[i].implementingUnit);
      expect(f.projectPeriod).toBe(forms[i].projectPeriod);
      expect(f.year).toBe(seed === '000' ? 2023 : 2024);
      expect(f.annualSources.local.value?.toString()).toBe(amountText(forms[i].annualSources[2]));
      expect(f.totalSources.local.value?.toString()).toBe(amountText(forms[i].totalSources[2]));
      expect(f.annualSources.central.value?.toString()).toBe('0');
      expect(f.annualSources.other.value).toBeNull();
    });
  });

  it('reads every indicator row with a 三级指标 or a 指标值, for both periods', () => {
    read.forEach((f, i) => {
      const rows = forms[i].indicators.filter((r) => r[2] !== '' || r[3] !== '');
      expect(f.indicators.filter((x) => x.period === '实施期').map((x) => x.level3)).toEqual(rows.map((r) => r[2]));
      expect(f.indicators.filter((x) => x.period === '年度').map((x) => x.value)).toEqual(rows.map((r) => (r.length === 6 ? r[5] : r[3])));
    });
  });
});

/** The transcription's 一级/二级 filled down over the cells printed blank (merged). */
function filledDown(form: SeedForm): string[] {
  let level1 = '';
  let level2 = '';
  const out: string[] = [];
  for (const r of form.indicators) {
    if (r[0]) {
      level1 = r[0];
      level2 = '';
    }
    if (r[1]) level2 = r[1];
    if (r[2] !== '' || r[3] !== '') out.push(`${level1}/${level2}`);
  }
  return out;
}

describe('the 绩效指标 grid', () => {
  it.each(['000', '003'] as const)('seed %s: 一级 and 二级 are filled down over blank (merged) cells', (seed) => {
    const forms = seedForms[seed];
    const read = recognizePerformanceForms({ sheets: formSheets(forms, 'sheets') });
    read.forEach((f, i) => {
      expect(f.indicators.filter((x) => x.period === '实施期').map((x) => `${x.level1}/${x.level2}`)).toEqual(filledDown(forms[i]));
    });
  });

  it('each indicator names its 指标值 cell', () => {
    const [f] = recognizePerformanceForms({ sheets: formSheets([seedForms['003'][0]], 'sheets') });
    const cost = f.indicators.filter((x) => x.level2 === '成本指标');
    expect(cost.map((x) => [x.period, x.level3, x.value, `${x.cell.sheet}!${x.cell.row},${x.cell.col}`])).toEqual([
      ['实施期', '项目总成本', '≤19.62万元', `绩效目标1!${cost[0].cell.row},4`],
      ['年度', '代理服务总成本', '≤19.62万元', `绩效目标1!${cost[0].cell.row},7`],
    ]);
  });
});

describe('forms made elsewhere', () => {
  it('without title and year lines: still read, and the 13-table recognizer does not complain about the sheet', () => {
    const [sheet] = formSheets([seedForms['003'][5]], 'sheets');
    sheet.values = sheet.values.slice(2);
    sheet.numberFormats = sheet.numberFormats!.slice(2);
    sheet.merges = sheet.merges!.filter((m) => m.top >= 2).map((m) => ({ ...m, top: m.top - 2, bottom: m.bottom - 2 }));
    const doc = recognizeWorkbook({ sheets: [sheet] });
    expect(doc.forms!.map(essentials)).toEqual([['智慧政务建设', '553891.68', '2778840']]);
    expect(doc.forms![0].title).toBe('');
    expect(doc.problems).toEqual([]);
  });

  it('the project name written in the label cell ("项目名称：XX")', () => {
    const [sheet] = formSheets([seedForms['000'][0]], 'sheets');
    sheet.values[2] = ['项目名称：12345政府便民服务热线运行管理费', null, null, null, null, null, null, null];
    expect(recognizePerformanceForms({ sheets: [sheet] }).map(essentials)).toEqual([['12345政府便民服务热线运行管理费', '6606000', '20318000']]);
  });

  it('a form title with no form under it is reported, not skipped silently', () => {
    const problems: RecognitionProblem[] = [];
    const forms = recognizePerformanceForms({ sheets: [{ name: '附件', values: [['屯留区县(区)级预算部门(单位)项目支出绩效目标表'], ['(2024年度)'], ['见纸质附件']] }] }, problems);
    expect(forms).toEqual([]);
    expect(problems).toEqual([{ sheet: '附件', range: 'A1', message: expect.stringContaining('下面没有读到“项目名称”和“年度资金总额”') }]);
  });

  it('a 年度资金总额 that is not a number is reported and not taken as 0', () => {
    const [sheet] = formSheets([seedForms['003'][5]], 'sheets');
    const r = sheet.values.findIndex((row) => row.some((v) => typeof v === 'string' && v.startsWith('年度资金总额')));
    const c = sheet.values[r].findIndex((v) => v === '553,891.68');
    sheet.values[r][c] = '见附件';
    const doc = recognizeWorkbook({ sheets: [sheet] });
    expect(doc.forms![0].annualTotal.value).toBeNull();
    expect(doc.forms![0].annualTotal.problem).toMatch(/年度资金总额“见附件”不是金额/);
    expect(doc.problems.map((p) => p.range)).toEqual([`${String.fromCharCode(65 + c)}${r + 1}`]);
  });

  it('stacked right under 表13 in the sheet of the 13 tables: 表13 ends at the first form title', () => {
    const doc = recognizeWorkbook(seedWorkbookAllInOneSheet(seeds[1], seedForms['003']));
    expect(doc.forms!.map(essentials)).toEqual(expected(seedForms['003']));
    expect(doc.tables).toHaveLength(13);
    expect(doc.tables.find((t) => t.id === 'T13')!.rows.map((r) => r.name)).toEqual(['长治市屯留区行政审批服务管理局', '长治市屯留区行政审批服务管理局', '常村矿幼儿园消防鉴定与安全评估工作经费']);
  });

  it('with the 13 tables one per sheet: every form read, the tables unchanged', () => {
    const doc = recognizeWorkbook(seedWorkbookWithForms(seeds[0], seedForms['000'], 'sheets', 'stacked'));
    expect(doc.forms!.map(essentials)).toEqual(expected(seedForms['000']));
    expect(doc.forms!.every((f) => f.sheet === '绩效目标表')).toBe(true);
    expect(doc.tables).toHaveLength(13);
  });
});
