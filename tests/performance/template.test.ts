import { a1 } from '../../src/domain/grid/address';
import type { CellValue } from '../../src/domain/grid/types';
import {
  FORM_AMOUNT_FORMAT,
  formTitle,
  INDICATOR_TREE,
  performanceFormSheet,
  recognizePerformanceForms,
  renderPerformanceForm,
  type FormIndicatorInput,
  type FormTemplateOptions,
} from '../../src/domain/performance';
import { parseAmount } from '../../src/domain/money';
import { seed000Forms, seed003Forms, type SeedForm } from '../fixtures/forms/build';

const row = (values: CellValue[][], r: number): string[] => values[r].map((v) => (v === null ? '' : String(v)));

/** The options that reproduce a transcribed seed form with the template. */
function optionsOf(form: SeedForm, year: number, region: string): FormTemplateOptions {
  const amount = (t: string): number | undefined => {
    const p = parseAmount(t);
    return p.kind === 'number' ? Number(p.value.toString()) : undefined;
  };
  const sources = (list: SeedForm['totalSources']) => {
    const keys = ['central', 'provincial', 'local', 'selfRaised', 'other'] as const;
    return Object.fromEntries(keys.flatMap((k, i) => (amount(list[i]) === undefined ? [] : [[k, amount(list[i])!]])));
  };
  const known = new Set(INDICATOR_TREE.flatMap((t) => t.level2));
  let level2 = '';
  const indicators: FormIndicatorInput[] = [];
  for (const r of form.indicators) {
    if (r[1]) level2 = known.has(r[1]) ? r[1] : r[1].startsWith('可持续') ? '可持续影响指标' : '服务对象满意度指标';
    if (!r[2] && !r[3]) continue;
    indicators.push({ level2, level3: r[2], value: r[3], ...(r.length === 6 ? { annualLevel3: r[4], annualValue: r[5] } : {}) });
  }
  return {
    year,
    region,
    projectName: form.projectName,
    department: form.department,
    implementingUnit: form.implementingUnit,
    projectType: form.projectType,
    projectPeriod: form.projectPeriod,
    totalFunds: amount(form.totalFunds),
    annualTotal: amount(form.annualFunds),
    totalSources: sources(form.totalSources),
    annualSources: sources(form.annualSources),
    texts: { overview: form.overview, basis: form.basis, necessity: form.necessity, measures: form.measures, plan: form.plan },
    goals: form.goals,
    indicators,
    signer: form.signer,
  };
}

describe('P01 template: the two printed variants', () => {
  it('titles: 2023 市级 申报表 with full-width brackets, 2024 县(区)级 表 with half-width ones', () => {
    expect(formTitle({ year: 2023, region: '晋中市' })).toBe(seed000Forms[0].title);
    expect(formTitle({ year: 2024, region: '屯留区' })).toBe(seed003Forms[0].title);
    expect(formTitle({ year: 2024, region: '晋中市', level: '市级', variant: '2023' })).toBe('晋中市市级预算部门（单位）项目支出绩效目标申报表');
  });

  it('2023 variant: every row of the form as printed, 8 columns', () => {
    const b = renderPerformanceForm({ year: 2023, region: '晋中市' });
    const v = b.values;
    expect(v[0][0]).toBe('晋中市市级预算部门（单位）项目支出绩效目标申报表');
    expect(v[1][0]).toBe('(2023年度)');
    expect(row(v, 2)).toEqual(['项目名称', '', '', '', '', '', '', '']);
    expect(row(v, 3)).toEqual(['主管部门及代码', '', '', '', '实施单位', '', '', '']);
    expect(row(v, 4)).toEqual(['项目属性', '', '', '', '项目期', '', '', '']);
    expect(row(v, 5)).toEqual(['项目资金（元）', '实施期资金总额：', '', '', '年度资金总额：', '', '', '']);
    expect(v.slice(6, 11).map((r) => r[1])).toEqual(['其中：中央财政资金', '省级财政资金', '市县（区）财政资金', '单位自筹', '其他资金']);
    expect(v.slice(6, 11).map((r) => r[4])).toEqual(['其中：中央财政资金', '省级财政资金', '市县（区）财政资金', '单位自筹', '其他资金']);
    expect(v.slice(11, 16).map((r) => r[0])).toEqual(['项目概况', '立项依据', '项目设立必要性', '保证项目实施的制度、措施', '项目实施计划']);
    expect(row(v, 16)).toEqual(['总体目标', '', '实施期目标', '', '', '年度目标', '', '']);
    expect(row(v, 18)).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值']);
    const grid = v.slice(19, -1);
    expect(grid.map((r) => r[2])).toEqual(INDICATOR_TREE.flatMap((t) => t.level2));
    expect(grid.map((r) => r[5])).toEqual(INDICATOR_TREE.flatMap((t) => t.level2));
    expect(grid.map((r) => r[1]).filter(Boolean)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(row(v, v.length - 1)).toEqual(['负责人：', '', '经办人：', '', '联系电话：', '', '填报日期：', '']);
  });

  it('2024 variant: half-width labels as seed 003 prints them', () => {
    const v = renderPerformanceForm({ year: 2024, region: '屯留区' }).values;
    expect(v[0][0]).toBe('屯留区县(区)级预算部门(单位)项目支出绩效目标表');
    expect(v[1][0]).toBe('(2024年度)');
    expect(row(v, 5).filter(Boolean)).toEqual(['项目资金(元)', '实施期资金总额:', '年度资金总额:']);
    expect(v[6][1]).toBe('其中:中央财政资金');
    expect(v[8][4]).toBe('市县(区)财政资金');
    expect(row(v, v.length - 1).filter(Boolean)).toEqual(['负责人:', '经办人:', '联系电话:', '填报日期:']);
  });

  it('merges: title, labels, the 项目资金 block, 总体目标, the grid groups, 绩效指标 down the grid', () => {
    const b = renderPerformanceForm({ year: 2023, region: '晋中市', indicators: [{ level2: '数量指标', level3: 'a', value: '1' }, { level2: '数量指标', level3: 'b', value: '2' }] });
    const m = b.merges.map((x) => `${a1(x.top, x.left)}:${a1(x.bottom, x.right)}`);
    expect(m).toEqual(
      expect.arrayContaining([
        'A1:H1', 'A2:H2', 'A3:B3', 'C3:H3', 'C4:D4', 'F4:H4', 'A6:A11', 'B6:C6', 'E6:F6', 'G6:H6', 'A12:B12', 'C12:H12', 'A17:B18', 'C17:E17', 'F17:H17',
        'A19:A29', // 绩效指标: header + 10 grid rows (9 二级指标, 数量指标 twice)
        'B20:B24', // 产出指标 over 数量(2) 质量 时效 成本
        'B25:B28', // 效益指标 over its 4
        'C20:C21', 'F20:F21', // 数量指标 on both sides
      ]),
    );
  });

  it('amounts in 元 formatted #,##0.00; indicators under their 二级指标, 年度 side defaulting to 实施期', () => {
    const b = renderPerformanceForm({
      year: 2024,
      region: '屯留区',
      totalFunds: '2,778,840',
      annualTotal: 553891.68,
      annualSources: { local: 553891.68, central: 0 },
      indicators: [
        { level2: '成本指标', level3: '项目总成本', value: '≤19.62万元', annualLevel3: '代理服务总成本' },
        { level2: '数量指标', level3: '系统开发数', value: '≥5套' },
      ],
    });
    const f = b.layout.fields;
    expect(b.values[f.totalFunds!.row][f.totalFunds!.col]).toBe(2778840);
    expect(b.values[f.annualTotal!.row][f.annualTotal!.col]).toBe(553891.68);
    expect(b.numberFormats[f.annualTotal!.row][f.annualTotal!.col]).toBe(FORM_AMOUNT_FORMAT);
    expect(b.numberFormats[f['annual.local']!.row][f['annual.local']!.col]).toBe('#,##0.00');
    expect(b.values[f['annual.central']!.row][f['annual.central']!.col]).toBe(0);
    const ind = b.layout.indicators;
    expect(ind[0]).toMatchObject({ level1: '产出指标', level2: '数量指标' });
    expect(b.values[ind[0].level3.row][ind[0].level3.col]).toBe('系统开发数');
    const cost = ind.find((i) => i.level2 === '成本指标')!;
    expect([cost.level3, cost.value, cost.annualLevel3, cost.annualValue].map((p) => b.values[p.row][p.col])).toEqual(['项目总成本', '≤19.62万元', '代理服务总成本', '≤19.62万元']);
  });

  it('a formula amount keeps its text and the value it computes', () => {
    const b = renderPerformanceForm({ year: 2024, region: '屯留区', annualTotal: { formula: "='表12'!B13*10000", value: 555900 } });
    const at = b.layout.fields.annualTotal!;
    expect(b.formulas[at.row][at.col]).toBe("='表12'!B13*10000");
    expect(b.values[at.row][at.col]).toBe(555900);
  });

  it('rejects a 二级指标 that is not a standard name', () => {
    expect(() => renderPerformanceForm({ year: 2024, region: '屯留区', indicators: [{ level2: '效率指标', level3: 'x', value: '1' }] })).toThrow(/二级指标“效率指标”不是标准名称/);
  });
});

describe('P01 read back by the recognizer', () => {
  it.each([
    ['000', seed000Forms, 2023, '晋中市'],
    ['003', seed003Forms, 2024, '屯留区'],
  ] as const)('every form of seed %s filled into the template reads back with its name, funds and indicators', (_seed, forms, year, region) => {
    const sheets = forms.map((f, i) => performanceFormSheet(`P${i + 1}`, optionsOf(f, year, region)));
    const read = recognizePerformanceForms({ sheets });
    expect(read.map((f) => [f.projectName, f.annualTotal.value?.toString(), f.totalFunds.value?.toString(), f.title, f.year])).toEqual(
      forms.map((f) => [f.projectName, parseAmount(f.annualFunds).kind === 'number' ? String(Number(f.annualFunds.replace(/,/g, ''))) : undefined, String(Number(f.totalFunds.replace(/,/g, ''))), formTitle({ year, region }), year]),
    );
    read.forEach((f, i) => {
      const expected = optionsOf(forms[i], year, region).indicators!;
      expect(f.indicators.filter((x) => x.period === '实施期').map((x) => `${x.level2}/${x.level3}/${x.value}`).sort()).toEqual(expected.map((x) => `${x.level2}/${x.level3}/${x.value}`).sort());
      expect(f.annualSources.local.value?.toString()).toBe(String(Number(forms[i].annualSources[2].replace(/,/g, ''))));
      expect(f.department).toBe(forms[i].department);
    });
  });

  it('a blank template is read as a form without a name or amounts (nothing to misread)', () => {
    const [form] = recognizePerformanceForms({ sheets: [performanceFormSheet('空表', { year: 2024, region: '屯留区' })] });
    expect(form.projectName).toBe('');
    expect(form.annualTotal.value).toBeNull();
    expect(form.indicators).toEqual([]);
  });
});
