/**
 * Issue 6, item 2 in Debian's Chromium: the 绩效目标表 section of 插入表格 over the seed-000
 * sample in the playground. One new sheet per 表12 project, 年度资金总额 a formula on the
 * 表12 合计 × 10,000 (a user edit of 表12 changes the form), projects with a form marked 已有,
 * and choosing one again adds a sheet instead of writing over the first.
 */
import Decimal from 'decimal.js';
import { mkdirSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS,
  SERVER_START_TIMEOUT_MS,
  closeChromium,
  groupAlive,
  launchChromium,
  processesMentioning,
  startDevServer,
  stopDevServer,
  type Browser,
  type DevServer,
} from './devServer';
import { openPlayground, openTab, paneOf, showSheet, simSheetNames, simValue, simValues, typeCell, type CellValue } from './playgroundPage';

const D = (v: string | number) => new Decimal(v);
const TEN_THOUSAND = D(10000);

let server: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startDevServer('playground.html');
  browser = await launchChromium('performance-forms', { width: 1280, height: 1400 });
}, SERVER_START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  const pgid = server?.process.pid;
  const userDataDir = browser?.userDataDir;
  await closeChromium(browser);
  await stopDevServer(server);
  // No stray processes: the server's group and this test's Chromium are gone.
  if (pgid) expect(groupAlive(pgid)).toBe(false);
  if (userDataDir) expect(processesMentioning(userDataDir)).toEqual([]);
}, 40_000);

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

interface T12Project {
  name: string;
  /** 1-based row in 表12. */
  row: number;
  amount: Decimal;
}

/** The project rows of 表12 as the sim holds them: a name in A and a number in B. */
async function t12ProjectsIn(page: Page): Promise<T12Project[]> {
  const rows = await simValues(page, '表12', 'A1:B60');
  return rows.flatMap(([name, amount], i) =>
    typeof name === 'string' && name.trim() !== '' && name.trim() !== '合计' && typeof amount === 'number' ? [{ name: name.trim(), row: i + 1, amount: D(amount) }] : [],
  );
}

/** The one cell of a form sheet whose formula refers to 表12, with that formula and its value. */
async function linkedCell(page: Page, sheet: string): Promise<{ formula: string; value: CellValue }> {
  const read = await page.evaluate((s) => window.__playground!.sim.read(s, 'A1:L40'), sheet);
  const found: { formula: string; value: CellValue }[] = [];
  read.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f === 'string' && f.includes('表12')) found.push({ formula: f, value: read.values[r][c] });
    }),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

function cents(value: CellValue): string {
  return D(value as number).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

test('绩效目标表 for every 表12 project: new sheets, 年度资金总额 linked to 表12 × 10000, 已有 marked, never overwritten', async () => {
  const page = await browser!.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await openPlayground(page, server!.baseUrl);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.getByRole('combobox', { name: '任务窗格宽度' }).selectOption('350');
  await eventually(async () => expect(await simSheetNames(page)).toHaveLength(13));
  const sheetsBefore = await simSheetNames(page);
  const projects = await t12ProjectsIn(page);
  expect(projects).toHaveLength(16);
  expect(projects[0]).toEqual({ name: '公共资源信息化平台运行维护费', row: 7, amount: D(50) });

  await openTab(page, '插入表格');
  const section = paneOf(page).getByTestId('performance-forms');
  const list = section.getByTestId('performance-projects');
  const boxes = list.getByRole('checkbox');
  await eventually(async () => expect(await boxes.count()).toBe(16));
  for (let i = 0; i < 16; i += 1) expect(await boxes.nth(i).isChecked()).toBe(true);
  const itemTexts = await list.locator('li').allInnerTexts();
  expect(itemTexts.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(projects.map((p) => `${p.name} ${p.amount.toFixed(2)} 万元`));

  mkdirSync(ARTIFACTS, { recursive: true });
  await section.screenshot({ path: path.join(ARTIFACTS, 'performance-forms-before.png') });

  await section.getByRole('button', { name: '为所选项目生成绩效目标表' }).click();
  const notice = section.getByTestId('performance-notice');
  await notice.waitFor({ timeout: 30_000 });

  // One new sheet per project, after the 13 tables, named after it; repeated names get (2).
  const seen = new Map<string, number>();
  const expectedNames = projects.map((p) => {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return `绩效目标-${p.name}${n > 1 ? `(${n})` : ''}`;
  });
  expect(await simSheetNames(page)).toEqual([...sheetsBefore, ...expectedNames]);
  expect(await notice.innerText()).toContain(`已生成 16 张绩效目标表（新工作表）：${expectedNames.join('、')}。`);

  // Each form: its project's name, and 年度资金总额 = that project's 表12 合计 × 10000, by formula.
  for (const [i, p] of projects.entries()) {
    const sheet = expectedNames[i];
    const linked = await linkedCell(page, sheet);
    // Excel (and the sim) may drop the quotes the add-in wrote around 表12.
    expect({ sheet, formula: linked.formula.replace(/'表12'/, '表12') }).toEqual({ sheet, formula: `=表12!B${p.row}*10000` });
    expect({ sheet, value: cents(linked.value) }).toEqual({ sheet, value: p.amount.times(TEN_THOUSAND).toFixed(2) });
    expect((await simValues(page, sheet, 'A1:H6')).flat()).toContain(p.name);
  }

  // The pane reads the forms back: every project 已有, none chosen, nothing to generate.
  await eventually(async () => {
    const texts = await list.locator('li').allInnerTexts();
    expect(texts.every((t) => t.includes('已有'))).toBe(true);
  });
  for (let i = 0; i < 16; i += 1) expect(await boxes.nth(i).isChecked()).toBe(false);
  expect(await section.getByRole('button', { name: '为所选项目生成绩效目标表' }).isDisabled()).toBe(true);

  // A user edit of a 表12 amount flows into the form.
  const first = projects[0];
  const firstForm = expectedNames[0];
  const formBefore = await simValues(page, firstForm, 'A1:L40');
  await typeCell(page, '表12', `B${first.row}`, '55.5');
  expect(cents((await linkedCell(page, firstForm)).value)).toBe(D('55.5').times(TEN_THOUSAND).toFixed(2));
  await eventually(async () => expect(await list.locator('li').first().innerText()).toMatch(/55\.50 万元/));

  // Choosing a project that has a form adds a second sheet; the first form is left as it was.
  await openTab(page, '插入表格');
  await boxes.first().check();
  await section.getByRole('button', { name: '为所选项目生成绩效目标表' }).click();
  await eventually(async () => expect(await notice.innerText()).toContain(`已生成 1 张绩效目标表（新工作表）：${firstForm}(2)。`));
  expect(await simSheetNames(page)).toEqual([...sheetsBefore, ...expectedNames, `${firstForm}(2)`]);
  expect(cents((await linkedCell(page, `${firstForm}(2)`)).value)).toBe('555000.00');
  const formAfter = await simValues(page, firstForm, 'A1:L40');
  expect(formAfter.map((r, i) => r.map((v, j) => (formBefore[i][j] === 500000 ? 'linked' : v)))).toEqual(
    formBefore.map((r) => r.map((v) => (v === 500000 ? 'linked' : v))),
  );
  expect(await simValue(page, firstForm, 'A1')).toBe(formBefore[0][0]);

  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(ARTIFACTS, 'performance-forms.png') });
  await showSheet(page, firstForm);
  await page.locator('.pg-workbook').screenshot({ path: path.join(ARTIFACTS, 'performance-forms-sheet.png') });
  expect(pageErrors).toEqual([]);
  await page.close();
}, 240_000);
