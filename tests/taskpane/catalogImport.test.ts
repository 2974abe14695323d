import type { WorkbookGrid } from '../../src/domain/grid/types';
import { catalogForWorkbook, catalogSheetIn, catalogStatusText, importCatalogSheet, paneCatalog, searchSubjects } from '../../src/taskpane/lib/catalog';

const LIST = [
  ['科目编码', '科目名称'],
  ['201', '一般公共服务支出'],
  ['20103', '政府办公厅（室）及相关机构事务'],
  [2010308, '信访事务'],
];

function workbook(sheets: Record<string, (string | number)[][]>): WorkbookGrid {
  return { sheets: Object.entries(sheets).map(([name, values]) => ({ name, values })) };
}

describe('科目表 import in the pane', () => {
  test('catalogSheetIn finds a 科目 or 科目表 sheet, 科目 first', () => {
    expect(catalogSheetIn(['表1', '科目表'])).toBe('科目表');
    expect(catalogSheetIn(['科目表', '科目', '表2'])).toBe('科目');
    expect(catalogSheetIn(['表1', '科目明细'])).toBeUndefined();
  });

  test('importCatalogSheet reads one sheet: its names take precedence, the built-in list is untouched', () => {
    const grid = workbook({ 表1: [['2010301', '别的名称']], 导出: LIST });
    const result = importCatalogSheet(grid, '导出');
    if (!result.ok) throw new Error(result.problem);
    expect(result.count).toBe(3);
    expect(result.catalog.nameFor('2010308')).toBe('信访事务');
    expect(result.catalog.lookup('2010308', '信访事务')).toEqual({ status: 'ok' });
    expect(paneCatalog().lookup('2010308', '信访事务')).toEqual({ status: 'notInList' });
    // Only the chosen sheet is read: 表1's row is not a 科目.
    expect(result.catalog.nameFor('2010301')).toBe(paneCatalog().nameFor('2010301'));
    expect(searchSubjects('信访', 2024, 40, result.catalog).map((e) => e.code)).toEqual(['2010308']);
    expect(searchSubjects('信访', 2024)).toEqual([]);
    // The same rows again give the same catalogue (a live re-read changes nothing).
    const again = importCatalogSheet(workbook({ 导出: LIST.map((r) => [...r]) }), '导出');
    expect(again.ok && again.catalog).toBe(result.catalog);
  });

  test('a sheet without code/name rows, or a missing sheet, is said in Chinese', () => {
    const grid = workbook({ 说明: [['本表为空'], ['金额', 12]] });
    expect(importCatalogSheet(grid, '说明')).toEqual({ ok: false, problem: expect.stringMatching(/^工作表“说明”：科目表里没有找到“编码 \+ 名称”的行/) });
    expect(importCatalogSheet(grid, '科目')).toEqual({ ok: false, problem: '找不到工作表“科目”，科目仍以内置科目目录为准。' });
  });

  test('catalogForWorkbook: the chosen sheet, else the workbook’s own 科目 sheet (automatic), else built-in', () => {
    const own = catalogForWorkbook(workbook({ 表1: [], 科目: LIST }));
    expect(own.imported).toEqual({ sheet: '科目', count: 3, auto: true });
    expect(catalogStatusText(own)).toBe('已自动导入工作表“科目”中的 3 个科目（名称以导入的为准）');

    const chosen = catalogForWorkbook(workbook({ 科目: [['本表为空']], 导出: LIST }), '导出');
    expect(chosen.imported).toEqual({ sheet: '导出', count: 3, auto: false });
    expect(catalogStatusText(chosen)).toBe('已导入 3 个科目（名称以导入的为准）');

    const none = catalogForWorkbook(workbook({ 表1: [] }));
    expect(none.imported).toBeUndefined();
    expect(none.catalog).toBe(paneCatalog());
    expect(catalogStatusText(none)).toMatch(/^正在使用内置科目目录/);

    const gone = catalogForWorkbook(workbook({ 表1: [] }), '导出');
    expect(gone.catalog).toBe(paneCatalog());
    expect(catalogStatusText(gone)).toBe('找不到工作表“导出”，科目仍以内置科目目录为准。');
  });
});
