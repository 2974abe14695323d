import { HyperFormula } from 'hyperformula';
import type { SheetGrid } from '../../src/domain/grid/types';
import type { BudgetDocument, TableModel } from '../../src/domain/model/types';
import { planPerformanceForms, regionOf } from '../../src/domain/performance';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { runRules } from '../../src/domain/rules';
import { seeds, seedWorkbook } from '../fixtures/seeds/build';

function t12Of(doc: BudgetDocument): TableModel {
  return doc.tables.find((t) => t.id === 'T12')!;
}

const workbook003 = seedWorkbook(seeds[1], 'sheets', { amountsAs: 'number' });
const doc003 = recognizeWorkbook(workbook003);
const names003 = workbook003.sheets.map((s) => s.name);

describe('planPerformanceForms: one new form per 表12 project', () => {
  const planned = planPerformanceForms(doc003, t12Of(doc003), { existingSheetNames: names003 });

  it('plans a sheet for each of the 9 projects of seed 003, in 表12 order', () => {
    expect(planned.map((p) => p.projectName)).toEqual([
      '单位运转经费', '综合监管一件事项目', '智慧政务项目运维服务费', '政务大厅升级改造项目', '智慧政务建设',
      '乡村振兴工作队补贴', '新开办市场主体免费刻章费', '2023年度运行经费', '“个转企”专业办企服务费',
    ]);
    expect(planned.map((p) => p.sheet.name)).toEqual(planned.map((p) => `绩效目标-${p.projectName}`));
  });

  it('links 年度资金总额 to the 表12 合计 × 10,000 by formula, with the value it computes now', () => {
    const p = planned.find((x) => x.projectName === '智慧政务建设')!;
    expect(p.t12Cell).toBe('表12!B13');
    expect(p.annualTotalCell).toBe('绩效目标-智慧政务建设!G6');
    expect(p.sheet.formulas![5][6]).toBe("='表12'!B13*10000");
    expect(p.sheet.values[5][6]).toBe(555900);
  });

  it('pre-fills the 2024 县(区)级 form: title, year, project name, department', () => {
    const s = planned[0].sheet;
    expect(s.values[0][0]).toBe('屯留区县(区)级预算部门(单位)项目支出绩效目标表');
    expect(s.values[1][0]).toBe('(2024年度)');
    expect(s.values[2][2]).toBe('单位运转经费');
    expect(s.values[3][2]).toBe('长治市屯留区行政审批服务管理局');
    expect(s.values[3][5]).toBe('长治市屯留区行政审批服务管理局');
  });

  it('a department code is printed before the name, as the seeds do (052-…)', () => {
    const [p] = planPerformanceForms(doc003, t12Of(doc003), { existingSheetNames: names003, departmentCode: '052', rows: [t12Of(doc003).rows.find((r) => r.kind === 'project')!.row] });
    expect(p.sheet.values[3][2]).toBe('052-长治市屯留区行政审批服务管理局');
  });

  it('never takes an existing sheet name, nor one twice; names fit Excel (31 characters, no []:*?/\\)', () => {
    const existing = [...names003, '绩效目标-智慧政务建设', '绩效目标-单位运转经费', '绩效目标-单位运转经费(2)'];
    const again = planPerformanceForms(doc003, t12Of(doc003), { existingSheetNames: existing });
    const names = again.map((p) => p.sheet.name);
    expect(names).toContain('绩效目标-智慧政务建设(2)');
    expect(names).toContain('绩效目标-单位运转经费(3)');
    expect(new Set([...names, ...existing].map((n) => n.toLowerCase())).size).toBe(names.length + existing.length);
    const long = planPerformanceForms(
      { ...doc003 },
      { ...t12Of(doc003), rows: t12Of(doc003).rows.map((r) => (r.kind === 'project' ? { ...r, name: '关于[某某]项目:一个名字非常非常非常非常长的专项资金/补助项目*' } : r)) },
      { existingSheetNames: names003 },
    ).map((p) => p.sheet.name);
    for (const n of long) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(long).size).toBe(long.length);
  });

  it('plans only the chosen rows', () => {
    const t12 = t12Of(doc003);
    const chosen = t12.rows.filter((r) => r.name === '智慧政务建设' || r.name === '乡村振兴工作队补贴').map((r) => r.row);
    expect(planPerformanceForms(doc003, t12, { existingSheetNames: names003, rows: chosen }).map((p) => p.projectName)).toEqual(['智慧政务建设', '乡村振兴工作队补贴']);
  });

  it('the 2023 市级 申报表 for seed 000, region and level from the department name', () => {
    const doc000 = recognizeWorkbook(seedWorkbook(seeds[0], 'sheets'));
    const p = planPerformanceForms(doc000, t12Of(doc000), { existingSheetNames: [] });
    expect(p).toHaveLength(16);
    expect(p[0].sheet.values[0][0]).toBe('晋中市市级预算部门（单位）项目支出绩效目标申报表');
    expect(p[0].sheet.values[5][1]).toBe('实施期资金总额：');
    expect(p.map((x) => x.sheet.name).filter((n) => n.startsWith('绩效目标-市场主体倍增工作'))).toEqual(['绩效目标-市场主体倍增工作', '绩效目标-市场主体倍增工作(2)']);
    expect(regionOf('长治市屯留区行政审批服务管理局')).toBe('屯留区');
    expect(regionOf('晋中市行政审批服务管理局')).toBe('晋中市');
  });

  it('planned forms are recognized and agree with 表12: no P.t12-amount finding, P.missing-form silent', () => {
    const wb = { sheets: [...workbook003.sheets, ...planned.map((p) => p.sheet)] };
    const doc = recognizeWorkbook(wb);
    expect(doc.forms).toHaveLength(9);
    expect(doc.problems).toEqual(doc003.problems);
    const findings = runRules(doc).findings.filter((f) => f.rule.startsWith('P.'));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // Sources not yet filled: said once per form, as an info.
    expect(findings.map((f) => f.rule)).toEqual(new Array(9).fill('P.sources-annual'));
  });

  it('in a spreadsheet, changing the 表12 amount changes the form (HyperFormula)', () => {
    const p = planned.find((x) => x.projectName === '智慧政务建设')!;
    const t12Sheet = workbook003.sheets.find((s) => s.name === '表12')!;
    const cells = (s: SheetGrid) => s.values.map((row, r) => row.map((v, c) => s.formulas?.[r]?.[c] ?? (typeof v === 'boolean' ? null : v)));
    const hf = HyperFormula.buildFromSheets({ 表12: cells(t12Sheet), [p.sheet.name]: cells(p.sheet) }, { licenseKey: 'gpl-v3' });
    const formSheet = hf.getSheetId(p.sheet.name)!;
    expect(hf.getCellValue({ sheet: formSheet, row: 5, col: 6 })).toBe(555900);
    hf.setCellContents({ sheet: hf.getSheetId('表12')!, row: 12, col: 1 }, [[55.39]]);
    expect(hf.getCellValue({ sheet: formSheet, row: 5, col: 6 })).toBeCloseTo(553900, 6);
    hf.destroy();
  });
});
