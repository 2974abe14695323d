/**
 * Smoke test of the real task pane: `node scripts/start.js --web` (the https dev server)
 * on a free port, opened in Debian's Chromium through playwright-core. Checks the
 * demo mode (plain browser: Office.onReady reports no host), keyboard use of the tabs,
 * the layout at 320/350/450 px, and — with a stand-in office.js — the Excel and the
 * "Excel too old" states. Leaves test-artifacts/pane-smoke.png and no stray processes.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { createServer } from 'net';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SERVER_START_TIMEOUT_MS = 120_000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

function processesMentioning(text: string): string[] {
  const result = spawnSync('pgrep', ['-f', text], { encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => line.trim() !== '');
}

/** Stand-in for office.js, as Excel would answer Office.onReady and isSetSupported. */
function fakeOfficeJs(host: string, supportsExcelApi19: boolean): string {
  return `window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: function () { return Promise.resolve({ host: ${JSON.stringify(host)}, platform: 'PC' }); },
    context: { requirements: { isSetSupported: function (name, version) {
      return ${supportsExcelApi19} && name === 'ExcelApi' && Number(version) <= 1.9;
    } } }
  };`;
}

let server: ChildProcess | undefined;
let serverLog = '';
let baseUrl = '';
let context: BrowserContext | undefined;
let userDataDir = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (as root) and try again.`);
  }
  const port = await freePort();
  baseUrl = `https://localhost:${port}`;
  // detached: the server gets its own process group, so the whole group can be killed.
  server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js'), '--web'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BDA_DEV_PORT: String(port), BDA_DEV_CERTS: 'self-signed', BDA_START: 'web' },
  });
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      serverLog += chunk.toString();
      if (serverLog.includes(`${baseUrl}/taskpane.html`)) resolve();
    };
    server?.stdout?.on('data', onData);
    server?.stderr?.on('data', onData);
    server?.once('exit', (code) => reject(new Error(`dev server exited early (code ${code}):\n${serverLog}`)));
    timer = setTimeout(() => reject(new Error(`dev server did not start in time:\n${serverLog}`)), SERVER_START_TIMEOUT_MS);
  });
  await ready.finally(() => clearTimeout(timer));

  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'pane-smoke-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ignoreHTTPSErrors: true,
    viewport: { width: 350, height: 720 },
    locale: 'zh-CN',
  });
}, SERVER_START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  await context?.close();
  if (server?.pid) {
    const pgid = server.pid;
    try {
      process.kill(-pgid, 'SIGINT'); // start.js stops the dev server gracefully
    } catch {
      // already gone
    }
    if (!(await waitUntil(() => !groupAlive(pgid), 10_000))) {
      process.kill(-pgid, 'SIGKILL');
      await waitUntil(() => !groupAlive(pgid), 5_000);
    }
  }
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
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
    await expect(page.getByRole('tabpanel').innerText()).resolves.toContain('即将提供');
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
    await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 }).innerText()).resolves.toContain('一键检查');
    // Tab moves from the tab list into the panel, then to its (not yet available) button.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tabpanel');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('开始检查（即将提供）');
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
    await context?.close();
    context = undefined;
    expect(await waitUntil(() => processesMentioning(userDataDir).length === 0, 10_000)).toBe(true);

    const pgid = server?.pid as number;
    expect(groupAlive(pgid)).toBe(true);
    process.kill(-pgid, 'SIGINT');
    expect(await waitUntil(() => !groupAlive(pgid), 15_000)).toBe(true);
    expect(serverLog).toContain('正在停止开发服务器');
  }, 40_000);
});
