/**
 * Smoke test of the real task pane: `node scripts/start.js --web` (the https dev server)
 * on a free port, opened in Debian's Chromium through playwright-core. Checks the
 * demo mode (plain browser: Office.onReady reports no host), keyboard use of the tabs,
 * the layout at 320/350/450 px, and — with a stand-in office.js — the Excel and the
 * "Excel too old" states. Leaves test-artifacts/pane-smoke.png and no stray processes.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  ARTIFACTS,
  SERVER_START_TIMEOUT_MS,
  closeChromium,
  groupAlive,
  launchChromium,
  processesMentioning,
  startDevServer,
  stopDevServer,
  waitUntil,
  type Browser,
  type DevServer,
} from './devServer';

/** Stand-in for office.js, as Excel would answer Office.onReady and isSetSupported. */
function fakeOfficeJs(host: string, supportsExcelApi19: boolean): string {
  return `window.Excel = { run: function () { return Promise.reject(new Error('stand-in office.js has no workbook')); } };
  window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: function () { return Promise.resolve({ host: ${JSON.stringify(host)}, platform: 'PC' }); },
    context: { requirements: { isSetSupported: function (name, version) {
      return ${supportsExcelApi19} && name === 'ExcelApi' && Number(version) <= 1.9;
    } } }
  };`;
}

let server: DevServer | undefined;
let browser: Browser | undefined;
let baseUrl = '';
let context: BrowserContext | undefined;

beforeAll(async () => {
  server = await startDevServer('taskpane.html');
  baseUrl = server.baseUrl;
  browser = await launchChromium('pane-smoke');
  context = browser.context;
}, SERVER_START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  await closeChromium(browser);
  await stopDevServer(server);
}, 30_000);

async function openPane(page: Page): Promise<string[]> {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  const response = await page.goto(`${baseUrl}/taskpane.html`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await page.getByRole('heading', { level: 1, name: '预算公开助手' }).waitFor({ timeout: 30_000 });
  return outside;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('task pane in Chromium (no Excel: demo mode)', () => {
  test('shows the title, the 演示模式 note and the four jobs, loading office.js only from our server', async () => {
    const page = await (context as BrowserContext).newPage();
    const officeJs = page.waitForResponse((response) => response.url() === `${baseUrl}/office-js/office.js`);
    const outside = await openPane(page);
    expect((await officeJs).status()).toBe(200);

    await expect(page.getByText('当前不在 Excel 中（演示模式）').isVisible()).resolves.toBe(true);
    const tabs = await page.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual(['插入表格', '实时概览', '一键检查', '情况说明']);
    await expect(page.getByRole('tabpanel').innerText()).resolves.toContain('需要在 Excel 中打开本加载项后使用');
    expect(outside).toEqual([]);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-smoke.png'), fullPage: true });
    await page.close();
  }, 60_000);

  test('the tabs work with the keyboard alone', async () => {
    const page = await (context as BrowserContext).newPage();
    await openPane(page);
    await page.getByRole('tab', { name: '插入表格' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: '一键检查' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('tabpanel').innerText()).resolves.toContain('检查表内、表间勾稽关系');
    // Tab moves from the tab list into the (only visible) panel.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tabpanel');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('panel-check');
    await page.close();
  }, 60_000);

  test.each([320, 350, 450])('fits a %i px wide pane without horizontal scrolling', async (width) => {
    const page = await (context as BrowserContext).newPage();
    await page.setViewportSize({ width, height: 720 });
    await openPane(page);
    await page.getByText('当前不在 Excel 中（演示模式）').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  }, 60_000);
});

describe('task pane with a stand-in office.js', () => {
  async function openWithHost(host: string, supported: boolean): Promise<Page> {
    const page = await (context as BrowserContext).newPage();
    await page.route(`${baseUrl}/office-js/office.js`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/javascript', body: fakeOfficeJs(host, supported) }),
    );
    await openPane(page);
    return page;
  }

  test('in Excel with ExcelApi 1.9 the jobs are shown without the demo note', async () => {
    const page = await openWithHost('Excel', true);
    await page.getByRole('tab', { name: '插入表格' }).waitFor();
    await expect(page.getByText('演示模式').count()).resolves.toBe(0);
    await page.close();
  }, 60_000);

  test('in an Excel without ExcelApi 1.9 it says which Excel to use and points to budget-tables', async () => {
    const page = await openWithHost('Excel', false);
    // #root holds the React pane; #legacy-browser is the hidden IE11 fallback with the same words.
    const message = page.locator('#root').getByText('请使用 Microsoft 365、Office 2021 或更新版本的 Excel', { exact: false });
    await message.waitFor();
    await expect(page.locator('#legacy-browser').isVisible()).resolves.toBe(false);
    await expect(message.innerText()).resolves.toContain('旧版 Office 或 WPS 请使用命令行工具 budget-tables 检查文件');
    await expect(page.getByRole('tab').count()).resolves.toBe(0);
    await page.close();
  }, 60_000);
});

describe('cleanup', () => {
  test('closing the browser and killing the server group leaves no process behind', async () => {
    const dir = browser?.userDataDir as string;
    await closeChromium(browser);
    browser = undefined;
    context = undefined;
    expect(processesMentioning(dir)).toEqual([]);

    const pgid = server?.process.pid as number;
    expect(groupAlive(pgid)).toBe(true);
    process.kill(-pgid, 'SIGINT');
    expect(await waitUntil(() => !groupAlive(pgid), 15_000)).toBe(true);
    expect(server?.log()).toContain('正在停止开发服务器');
    server = undefined;
  }, 40_000);
});
