/**
 * The playground in Debian's Chromium: the real task pane beside an ExcelSim workbook
 * (`npm start` on a machine without Excel). Acceptance of issues 3 (insert, 科目 picker,
 * formulas and the live overview), 4 (检查, click a finding, the cell is selected) and
 * 5 (情况说明 follows the cells, never written over an existing sheet unconfirmed).
 * Expected figures are computed here with Decimal, not read from the page.
 */
import Decimal from 'decimal.js';
import { mkdirSync } from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import {
  ARTIFACTS,
  SERVER_START_TIMEOUT_MS,
  closeChromium,
  launchChromium,
  startDevServer,
  stopDevServer,
  type Browser,
  type DevServer,
} from './devServer';
import {
  addSubject,
  gridCell,
  insertAllTables,
  openPlayground,
  openTab,
  paneOf,
  rowOf,
  showSheet,
  simSelection,
  simSheetNames,
  simValue,
  simValues,
  typeCell,
} from './playgroundPage';

const D = (v: string | number) => new Decimal(v);
const wan = (v: Decimal) => v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const share = (part: Decimal, whole: Decimal) => `${part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;

let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startDevServer('playground.html');
  browser = await launchChromium('playground', { width: 1280, height: 1600 });
}, SERVER_START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  await closeChromium(browser);
  await stopDevServer(server);
}, 40_000);

async function newPage(): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser!.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await openPlayground(page, server!.baseUrl);
  return { page, pageErrors };
}

/** Retries an assertion until it holds (the pane refreshes ~400 ms after the last edit). */
async function eventually(check: () => Promise<void>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

async function lines(section: Locator): Promise<string[]> {
  return section.locator('[data-testid="share-line"]').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

async function rowContaining(page: Page, sheet: string, col: string, text: string): Promise<number> {
  const values = await simValues(page, sheet, `${col}1:${col}200`);
  const index = values.findIndex((r) => String(r[0]).includes(text));
  if (index < 0) throw new Error(`${text} not found in ${sheet}!${col}`);
  return index + 1;
}

describe('issue 3: insert, 科目 picker, live subtotals and overview in the playground', () => {
  test('all tables, 2101101 added through the picker, typed leaves flow into 类/款/合计 and the overview', async () => {
    const { page, pageErrors } = await newPage();
    expect(await simSheetNames(page)).toEqual(['Sheet1']);
    const sheet1Before = await simValues(page, 'Sheet1', 'A1:C12');

    const inserted = await insertAllTables(page, { year: 2024, department: '测试局', withCodes: false });
    expect(inserted).toContain('已插入 13 张表');
    expect(await simSheetNames(page)).toEqual(['Sheet1', ...Array.from({ length: 13 }, (_, i) => `表${i + 1}`)]);
    expect(await simValues(page, 'Sheet1', 'A1:C12')).toEqual(sheet1Before);
    expect(await simValue(page, '表1', 'A2')).toBe('2024年预算收支总表');

    const added = await addSubject(page, '2101101');
    expect(added).toContain('已在表2、表3、表5中添加 2101101 行政单位医疗');

    // 表5: 项 typed; 款 21011, 类 210 and 合计 are formulas.
    const r5 = await rowOf(page, '表5', 'A', '2101101');
    expect(await rowOf(page, '表5', 'A', '21011')).toBe(r5 - 1);
    expect(await rowOf(page, '表5', 'A', '210')).toBe(r5 - 2);
    const total5 = await rowOf(page, '表5', 'A', '合计');
    const basic5 = D('50.05');
    const project5 = D('0.2');
    await typeCell(page, '表5', `D${r5}`, '50.05');
    await typeCell(page, '表5', `E${r5}`, '0.2');
    for (const row of [r5, r5 - 1, r5 - 2, total5]) {
      expect(D(await simValue(page, '表5', `C${row}`) as number).toFixed(2)).toBe(wan(basic5.plus(project5)));
      expect(D(await simValue(page, '表5', `D${row}`) as number).toFixed(2)).toBe(wan(basic5));
      expect(D(await simValue(page, '表5', `E${row}`) as number).toFixed(2)).toBe(wan(project5));
    }
    // …and the grid shows them as Excel would (#,##0.00).
    await showSheet(page, '表5');
    await expect(textOf(gridCell(page, `C${total5}`))).resolves.toBe('50.25');
    await expect(textOf(gridCell(page, `C${r5 - 2}`))).resolves.toBe('50.25');
    await expect(textOf(gridCell(page, `D${r5 - 1}`))).resolves.toBe('50.05');

    // 表3 基本/项目, 表2 source, 表1 income and expenditure sides, 表10 and 表11.
    const r3 = await rowOf(page, '表3', 'A', '2101101');
    const basic3 = D('60');
    const project3 = D('40.35');
    await typeCell(page, '表3', `D${r3}`, '60');
    await typeCell(page, '表3', `E${r3}`, '40.35');
    const r2 = await rowOf(page, '表2', 'A', '2101101');
    await typeCell(page, '表2', `D${r2}`, '100.35');
    expect(await simValue(page, '表2', `C${await rowOf(page, '表2', 'A', '合计')}`)).toBeCloseTo(100.35, 9);

    const general = D('100.35');
    const fund = D('33.33');
    const health = await rowContaining(page, '表1', 'C', '卫生健康支出');
    const urban = await rowContaining(page, '表1', 'C', '城乡社区支出');
    await typeCell(page, '表1', 'B7', '100.35');
    await typeCell(page, '表1', 'B8', '33.33');
    await typeCell(page, '表1', `E${health}`, '100.35');
    await typeCell(page, '表1', `E${urban}`, '33.33');
    const reception = await rowContaining(page, '表10', 'A', '公务接待费');
    await typeCell(page, '表10', `C${reception}`, '0.5');
    const unit = await rowOf(page, '表11', 'A', '测试局');
    await typeCell(page, '表11', `C${unit}`, '12.3');

    const panel = await openTab(page, '实时概览');
    const income = general.plus(fund);
    await eventually(async () => {
      expect(await textOf(panel.getByTestId('income-total'))).toBe(wan(income));
      expect(await textOf(panel.getByTestId('expenditure-total'))).toBe(wan(income));
      expect(await textOf(panel.getByTestId('balance'))).toBe('收支平衡');
      expect(await textOf(panel.getByTestId('operating-costs'))).toBe('12.30');
    });
    expect((await lines(panel.getByTestId('overview-income'))).slice(0, 2)).toEqual([
      `一般公共预算${wan(general)}${share(general, income)}`,
      `政府性基金预算${wan(fund)}${share(fund, income)}`,
    ]);
    const total3 = basic3.plus(project3);
    expect(await lines(panel.getByTestId('overview-expenditure'))).toEqual([
      `基本支出${wan(basic3)}${share(basic3, total3)}`,
      `项目支出${wan(project3)}${share(project3, total3)}`,
    ]);
    expect(await lines(panel.getByTestId('overview-classes'))).toEqual([`卫生健康支出${wan(basic5.plus(project5))}100.00%`]);
    expect(await textOf(panel.getByTestId('overview-three-public'))).toContain('“三公”经费合计（表10）0.50');

    // Live: one more edit and the pane follows without a button.
    await typeCell(page, '表1', `E${urban}`, '33.3');
    await eventually(async () => {
      expect(await textOf(panel.getByTestId('balance'))).toBe(`不平衡 差额 ${wan(income.minus(general.plus('33.3')))} 万元`);
    });
    await typeCell(page, '表1', `E${urban}`, '33.33');
    await eventually(async () => expect(await textOf(panel.getByTestId('balance'))).toBe('收支平衡'));

    mkdirSync(ARTIFACTS, { recursive: true });
    await paneOf(page).screenshot({ path: path.join(ARTIFACTS, 'playground-overview.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 240_000);

  test('inserting at a selection that overlaps data is refused naming the cells; 插入到新工作表 then works', async () => {
    const { page } = await newPage();
    await showSheet(page, 'Sheet1');
    await gridCell(page, 'A7').click(); // Sheet1 holds 已有数据 in A7:B10
    const pane = paneOf(page);
    await pane.getByRole('radio', { name: /从当前选中的单元格开始/ }).check();
    await pane.getByRole('button', { name: '插入', exact: true }).click();
    const occupied = pane.getByTestId('occupied');
    await occupied.waitFor();
    const said = await occupied.innerText();
    expect(said).toContain('没有写入任何单元格');
    expect(said).toMatch(/Sheet1.*A7、B7、A8、B8/);
    expect(await simSheetNames(page)).toEqual(['Sheet1']);
    expect(await simValue(page, 'Sheet1', 'A7')).toBe('已有数据');
    await occupied.getByRole('button', { name: '插入到新工作表' }).click();
    await pane.getByTestId('insert-notice').waitFor();
    expect((await simSheetNames(page)).length).toBe(14);
    expect(await simValue(page, 'Sheet1', 'B10')).toBe(20.5);

    // 添加项目 puts a named row into 表12 inside its 合计.
    await pane.getByRole('textbox', { name: '项目名称' }).fill('12345热线运行经费');
    await pane.getByRole('button', { name: '添加项目' }).click();
    await expect(pane.getByTestId('project-notice').innerText()).resolves.toContain('已在表12中添加项目“12345热线运行经费”');
    const projectRow = await rowContaining(page, '表12', 'A', '12345热线运行经费').catch(() => rowContaining(page, '表12', 'B', '12345热线运行经费'));
    expect(projectRow).toBeGreaterThan(6);

    // A code the (partial) catalogue lacks: the picker asks for the names it needs.
    const combo = pane.getByRole('combobox', { name: /科目/ });
    await combo.click();
    await combo.fill('2240101');
    await page.getByRole('option', { name: /添加 2240101（目录中没有/ }).click();
    await pane.getByRole('textbox', { name: '科目 2240101 的名称' }).fill('行政运行');
    await pane.getByRole('button', { name: '添加', exact: true }).click();
    await expect(pane.getByTestId('subject-notice').innerText()).resolves.toContain('22401');
    await pane.getByRole('textbox', { name: '科目 22401 的名称' }).fill('应急管理事务');
    await pane.getByRole('button', { name: '添加', exact: true }).click();
    await eventually(async () => expect(await pane.getByTestId('subject-notice').innerText()).toContain('已在表2、表3、表5中添加 2240101 行政运行'));
    const r = await rowOf(page, '表5', 'A', '2240101');
    expect(await simValue(page, '表5', `B${r}`)).toBe('行政运行');
    expect(await simValue(page, '表5', `B${r - 1}`)).toBe('应急管理事务');
    expect(await simValue(page, '表5', `A${r - 2}`)).toBe('224');
    await page.close();
  }, 120_000);
});

describe('the pane at the widths Excel gives it', () => {
  test.each([320, 450])('at %i px no tab scrolls sideways (seed-000 sample loaded)', async (width) => {
    const { page, pageErrors } = await newPage();
    await page.getByRole('button', { name: '载入示例数据' }).click();
    await page.getByRole('combobox', { name: '任务窗格宽度' }).selectOption(String(width));
    const pane = paneOf(page);
    await pane.getByRole('tab', { name: '插入表格' }).waitFor();
    expect(await simSheetNames(page)).toHaveLength(13);
    const overflow = () => pane.evaluate((el) => el.scrollWidth - el.clientWidth);
    for (const tab of ['插入表格', '实时概览', '一键检查', '情况说明'] as const) {
      const panel = await openTab(page, tab);
      if (tab === '一键检查') {
        await panel.getByRole('button', { name: '检查', exact: true }).click();
        await panel.getByTestId('check-summary').waitFor();
      }
      if (tab === '实时概览') await eventually(async () => expect(await textOf(panel.getByTestId('income-total'))).toBe('2,692.83'));
      if (tab === '情况说明') await panel.getByTestId('narrative-text').waitFor();
      expect({ tab, overflow: await overflow() }).toEqual({ tab, overflow: 0 });
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('issue 4: 一键检查 in the pane', () => {
  test('a wrong figure is found; clicking the finding selects that cell in ExcelSim', async () => {
    const { page, pageErrors } = await newPage();
    await insertAllTables(page, { year: 2024, department: '测试局' });
    await typeCell(page, '表1', 'B7', '100'); // 一般公共预算 income with nothing behind it
    await showSheet(page, '表5'); // look elsewhere: the click must bring 表1 back

    const panel = await openTab(page, '一键检查');
    await panel.getByRole('button', { name: '检查', exact: true }).click();
    const summary = panel.getByTestId('check-summary');
    await summary.waitFor();
    expect(await textOf(summary)).toMatch(/^\d+ 个错误/);
    const finding = panel.locator('[data-testid="finding"][data-rule="X.T01-T02"]').filter({ hasText: '表1!B7' }).first();
    expect(await finding.getAttribute('data-severity')).toBe('error');
    expect(await finding.innerText()).toMatch(/应为 0(\.00)?，实为 100(\.00)?，差额 -?100(\.00)?/);
    await finding.locator('button').first().click();
    await eventually(async () => expect(await simSelection(page)).toEqual({ sheet: '表1', address: 'B7' }));
    // The grid draws the add-in's selection too.
    await eventually(async () => {
      expect(await page.locator('.pg-grid').getAttribute('data-sheet')).toBe('表1');
      expect(await page.locator('.pg-grid').getAttribute('data-selection')).toBe('B7');
    });

    // Keyboard: Enter on another finding selects its first cell.
    const other = panel.locator('[data-testid="finding"][data-rule="X.T05-T01"]').first();
    await other.locator('button').first().focus();
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await simSelection(page)).toEqual({ sheet: '表5', address: 'C7' }));

    // Fix the figure; re-check is one click and the finding is gone.
    await typeCell(page, '表1', 'B7', '0');
    await panel.getByRole('button', { name: '重新检查' }).first().click();
    await eventually(async () => expect(await panel.locator('[data-rule="X.T01-T02"]').count()).toBe(0));
    expect(await panel.locator('[data-testid="finding"][data-severity="error"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('issue 5: 情况说明 in the pane', () => {
  test('the draft follows the cells and the prior-year inputs; writing never replaces an existing sheet unconfirmed', async () => {
    const { page, pageErrors } = await newPage();
    await insertAllTables(page, { year: 2024, department: '测试局' });
    await typeCell(page, '表1', 'B7', '100');

    const panel = await openTab(page, '情况说明');
    const draft = panel.getByTestId('narrative-text');
    await panel.getByRole('button', { name: /^上年数（万元） · 已填 0\/10/ }).click();
    await panel.locator('input[data-path="revenueTotal"]').fill('80');
    await expect(textOf(panel.getByRole('button', { name: /^上年数（万元）/ }))).resolves.toContain('已填 1/10');
    await eventually(async () => {
      const text = await textOf(draft);
      expect(text).toContain('2024年度测试局预算收入总计100.00万元，其中：本年收入100.00万元');
      expect(text).toContain(`比上年增加${wan(D(100).minus(80))}万元，增长${share(D(100).minus(80), D(80))}`);
      expect(text).toContain('【请填写：主要原因】');
    });

    // A cell edit updates the draft (same debounced refresh as the overview).
    await typeCell(page, '表1', 'B7', '120');
    await eventually(async () => {
      const text = await textOf(draft);
      expect(text).toContain('预算收入总计120.00万元');
      expect(text).toContain('比上年增加40.00万元，增长50.00%');
    });

    // 保存到工作簿 writes the 上年数 sheet, which reads back.
    await panel.getByRole('button', { name: '保存到工作簿' }).click();
    await eventually(async () => expect(await simSheetNames(page)).toContain('上年数'));
    const keyRow = await rowOf(page, '上年数', 'D', 'revenueTotal');
    expect(await simValue(page, '上年数', `B${keyRow}`)).toBe(80);

    // First write: a new 情况说明 sheet.
    await panel.getByRole('button', { name: '写入“情况说明”工作表' }).click();
    await eventually(async () => expect(await simSheetNames(page)).toContain('情况说明'));
    expect(await simValue(page, '情况说明', 'A1')).toBe('第三部分 2024年度部门预算情况说明');
    await panel.getByTestId('narrative-check-summary').waitFor();

    // The user edits the sheet by hand; writing again only asks.
    await typeCell(page, '情况说明', 'A3', '手工修改的文字');
    const before = await simValues(page, '情况说明', 'A1:A60');
    const sheetsBefore = await simSheetNames(page);
    await openTab(page, '情况说明');
    await panel.getByRole('button', { name: '写入“情况说明”工作表' }).click();
    const confirm = panel.getByTestId('narrative-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('工作簿中已有“情况说明”工作表');
    expect(await simValues(page, '情况说明', 'A1:A60')).toEqual(before);
    expect(await simSheetNames(page)).toEqual(sheetsBefore);

    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await confirm.count()).toBe(0);
    expect(await simValues(page, '情况说明', 'A1:A60')).toEqual(before);

    await panel.getByRole('button', { name: '写入“情况说明”工作表' }).click();
    await confirm.getByRole('button', { name: '另存为新表' }).click();
    await eventually(async () => expect(await simSheetNames(page)).toContain('情况说明（2）'));
    expect(await simValues(page, '情况说明', 'A1:A60')).toEqual(before);

    await panel.getByRole('button', { name: '写入“情况说明”工作表' }).click();
    await confirm.getByRole('button', { name: '覆盖' }).click();
    await eventually(async () => expect(await simValue(page, '情况说明', 'A3')).toBe('一、部门预算收支数据变动情况及原因'));
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
