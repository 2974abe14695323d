import type { WorkbookGrid } from '../../src/domain/grid/types';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { createdText, planFormsWrite, selectedByDefault, t12Projects } from '../../src/taskpane/lib/performanceForms';
import { seed000, seedWorkbook } from '../fixtures/seeds/build';

const workbook = (): WorkbookGrid => seedWorkbook(seed000, 'sheets', { amountsAs: 'number' });

describe('the 表12 projects the 绩效目标表 section lists', () => {
  test('seed 000: 16 projects in table order, amounts in 万元, all chosen by default', () => {
    const listing = t12Projects(recognizeWorkbook(workbook()))!;
    expect(listing.projects).toHaveLength(16);
    expect(listing.projects.slice(0, 3).map((p) => [p.name, p.amountWan?.toFixed(2)])).toEqual([
      ['公共资源信息化平台运行维护费', '50.00'],
      ['行政审批业务经费', '10.00'],
      ['残疾人就业保障金', '13.00'],
    ]);
    expect(listing.projects.every(selectedByDefault)).toBe(true);
    expect(new Set(listing.projects.map((p) => p.key)).size).toBe(16); // repeated names still apart
  });

  test('projects with a form are marked (by name, then amount among repeated names) and not chosen by default', () => {
    const grid = workbook();
    const projects = t12Projects(recognizeWorkbook(grid))!.projects;
    const second = projects.filter((p) => p.name === '市场主体倍增工作')[1]; // 2.00 万元, after the 8.00 one
    const firstPlan = planFormsWrite(grid, [projects[0].key, second.key]);
    const withForms: WorkbookGrid = { sheets: [...grid.sheets, ...firstPlan.request.newSheets] };
    const after = t12Projects(recognizeWorkbook(withForms))!.projects;
    const marked = after.filter((p) => p.formSheet !== undefined);
    expect(marked.map((p) => [p.name, p.amountWan?.toFixed(2), p.formSheet])).toEqual([
      ['公共资源信息化平台运行维护费', '50.00', '绩效目标-公共资源信息化平台运行维护费'],
      ['市场主体倍增工作', '2.00', '绩效目标-市场主体倍增工作'],
    ]);
    expect(after.filter(selectedByDefault)).toHaveLength(14);
  });
});

describe('planFormsWrite: one batch of new sheets, never an existing name', () => {
  test('new sheets only, 年度资金总额 linked to 表12 × 10000, the first form shown', () => {
    const grid = workbook();
    const keys = t12Projects(recognizeWorkbook(grid))!.projects.map((p) => p.key);
    const { request, created } = planFormsWrite(grid, keys);
    expect(request.blocks).toEqual([]);
    expect(request.allowOverwrite).toBeUndefined();
    expect(request.newSheets).toHaveLength(16);
    expect(request.activate).toBe('绩效目标-公共资源信息化平台运行维护费');
    const names = request.newSheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('绩效目标-市场主体倍增工作'))).toEqual(['绩效目标-市场主体倍增工作', '绩效目标-市场主体倍增工作(2)']);
    for (const name of names) expect(grid.sheets.map((s) => s.name)).not.toContain(name);
    expect(created[0].t12Cell).toBe('表12!B7');
    expect(grid.sheets.find((s) => s.name === '表12')!.values[6][1]).toBe(50);
    const [sheet, cell] = created[0].annualTotalCell.split('!');
    expect(sheet).toBe(names[0]);
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const row = Number(m[2]) - 1;
    const col = m[1].charCodeAt(0) - 65;
    expect(request.newSheets[0].formulas![row][col]).toBe("='表12'!B7*10000");
    expect(request.newSheets[0].values[row][col]).toBe(500000);
  });

  test('a department code goes before the department name', () => {
    const grid = workbook();
    const [first] = t12Projects(recognizeWorkbook(grid))!.projects;
    const { request } = planFormsWrite(grid, [first.key], { departmentCode: ' 435 ' });
    expect(request.newSheets[0].values.flat()).toContain('435-晋中市行政审批服务管理局');
  });

  test('nothing chosen, no 表12, or 表12 changed meanwhile: a Chinese message and no plan', () => {
    const grid = workbook();
    const [first] = t12Projects(recognizeWorkbook(grid))!.projects;
    expect(() => planFormsWrite(grid, [])).toThrow('请至少勾选一个项目。');
    expect(() => planFormsWrite({ sheets: grid.sheets.filter((s) => s.name !== '表12') }, [first.key])).toThrow(/找不到表12/);
    expect(() => planFormsWrite(grid, [first.key, '99:已删除的项目'])).toThrow(/表12 刚刚被修改.*没有生成任何绩效目标表/);
  });

  test('the success message names every sheet created', () => {
    const grid = workbook();
    const keys = t12Projects(recognizeWorkbook(grid))!.projects.slice(0, 2).map((p) => p.key);
    const text = createdText(planFormsWrite(grid, keys).created);
    expect(text).toMatch(/^已生成 2 张绩效目标表（新工作表）：绩效目标-公共资源信息化平台运行维护费、绩效目标-行政审批业务经费。/);
  });
});
