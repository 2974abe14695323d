/**
 * "运行时不联网", checked in Chromium: every page of the production build (served from a plain
 * static server, as on a 内网 server) and the dev server's playground make no request to any origin
 * but their own. office.js, run outside Office, frames a Microsoft telemetry page three seconds after
 * loading; the Content-Security-Policy refuses it. Page time is run ten minutes ahead (Playwright's
 * clock) so every timer office.js sets has fired before the requests are counted. A control run of
 * the same page without the policy shows the recorder does see that request.
 */
import { spawnSync } from 'child_process';
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  ROOT,
  SERVER_START_TIMEOUT_MS,
  closeChromium,
  launchChromium,
  startDevServer,
  stopDevServer,
  type Browser,
  type DevServer,
} from './devServer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONTENT_SECURITY_POLICY } = require(path.join(ROOT, 'webpack.config.js')) as { CONTENT_SECURITY_POLICY: string };

/** Its own output folder: tests/build/bundle.test.ts builds into dist-web/ at the same time. */
const BUILD_DIR = path.join(ROOT, '.tmp', 'no-outside-requests-dist');
const WEBPACK_CLI = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;
const TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com';
const PAGE_TIME_RUN_MS = 10 * 60 * 1000;
const ATTEMPT_WAIT_MS = 30_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves a folder as a static host would: files as they are, no headers of ours (the policy is the <meta>). */
function serveFolder(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = path.join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

interface Violation {
  blockedURI: string;
  directive: string;
}

interface Traffic {
  /** Every request the page started (main frame, iframes, workers), as URLs. */
  requests: string[];
  websockets: string[];
  /** What the policy refused, once each (the dev server sends it twice: header and <meta>). */
  violations(): Violation[];
  /** Resolves when the page tried `origin`: the policy refused it, or (without the policy) the request went out. */
  attempted(origin: string): Promise<void>;
  /** Resolves when every frame has finished loading: a frame's request is then recorded or refused. */
  settled(): Promise<void>;
}

/**
 * Records everything a page asks for. Requests to another origin are aborted here as well, so the
 * test itself never reaches the internet; they are still counted. A request the policy refuses never
 * becomes a request: it shows up as a securitypolicyviolation event instead.
 */
async function recordTraffic(page: Page, origin: string): Promise<Traffic> {
  const requests: string[] = [];
  const websockets: string[] = [];
  const violations = new Map<string, Violation>();
  const waiting: { origin: string; resolve: () => void }[] = [];
  const seen = (url: string) =>
    requests.some((request) => request.startsWith(url)) || [...violations.values()].some((v) => v.blockedURI.startsWith(url));
  const wake = () => {
    for (const waiter of waiting.filter((w) => seen(w.origin))) waiter.resolve();
  };
  page.on('request', (request) => {
    requests.push(request.url());
    wake();
  });
  page.on('websocket', (socket) => websockets.push(socket.url()));
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  await page.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
    violations.set(JSON.stringify(violation), violation);
    wake();
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation(v: { blockedURI: string; directive: string }): void })
      .__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      void report({ blockedURI: event.blockedURI, directive: event.effectiveDirective });
    });
  });
  return {
    requests,
    websockets,
    violations: () => [...violations.values()],
    attempted: (blocked) => {
      if (seen(blocked)) return Promise.resolve();
      let timer: NodeJS.Timeout | undefined;
      return Promise.race([
        new Promise<void>((resolve) => waiting.push({ origin: blocked, resolve })),
        new Promise<void>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`the page never tried ${blocked}`)), ATTEMPT_WAIT_MS);
        }),
      ]).finally(() => clearTimeout(timer));
    },
    settled: async () => {
      await Promise.all(page.frames().map((frame) => frame.waitForLoadState('load')));
    },
  };
}

function outsideOf(urls: string[], origin: string): string[] {
  const wsOrigin = origin.replace(/^http/, 'ws');
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`${wsOrigin}/`) && !url.startsWith('data:'));
}

/** Opens a page with a fake clock, waits until it is ready, then runs its timers ten minutes ahead. */
async function openAndRunTimers(page: Page, url: string, ready: (page: Page) => Promise<void>): Promise<void> {
  await page.clock.install();
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await ready(page);
  await page.clock.runFor(PAGE_TIME_RUN_MS);
}

async function paneShowsDemoMode(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: '预算公开助手' }).waitFor({ timeout: 30_000 });
  await page.getByText('当前不在 Excel 中（演示模式）').waitFor({ timeout: 30_000 });
}

/** Office.onReady answers (no host: a plain browser); commands.html has nothing else to show. */
async function officeReadyWithoutHost(page: Page): Promise<void> {
  const host = await page.evaluate(() =>
    (window as unknown as { Office: { onReady(): Promise<{ host: string | null }> } }).Office.onReady().then((info) => info.host),
  );
  expect(host).toBeNull();
}

async function helpShown(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: '预算公开助手 — 使用帮助' }).waitFor({ timeout: 30_000 });
}

let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchChromium('no-outside-requests');
  context = browser.context;
}, 60_000);

afterAll(async () => {
  await closeChromium(browser);
}, 30_000);

describe('production build on a static server', () => {
  let site: { server: Server; origin: string } | undefined;

  beforeAll(async () => {
    rmSync(BUILD_DIR, { recursive: true, force: true });
    const result = spawnSync(process.execPath, [WEBPACK_CLI, '--mode', 'production', '--output-path', BUILD_DIR], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0) throw new Error(`production build failed:\n${result.stdout}\n${result.stderr}`);
    site = await serveFolder(BUILD_DIR);
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await new Promise((resolve) => site?.server.close(resolve));
    rmSync(BUILD_DIR, { recursive: true, force: true });
  });

  test.each([
    ['taskpane.html', paneShowsDemoMode, true],
    ['commands.html', officeReadyWithoutHost, true],
    ['help.html', helpShown, false],
  ] as const)('%s works and asks nothing of any other origin', async (name, ready, loadsOfficeJs) => {
    const origin = site?.origin as string;
    expect(readFileSync(path.join(BUILD_DIR, name), 'utf8')).toContain(CONTENT_SECURITY_POLICY);
    const page = await (context as BrowserContext).newPage();
    const traffic = await recordTraffic(page, origin);
    await openAndRunTimers(page, `${origin}/${name}`, ready);
    if (loadsOfficeJs) await traffic.attempted(TELEMETRY_FRAME);
    await traffic.settled();

    expect(outsideOf(traffic.requests, origin)).toEqual([]);
    expect(traffic.websockets).toEqual([]);
    expect(traffic.requests).toContain(`${origin}/${name}`);
    const violations = traffic.violations();
    // Nothing of ours is refused by the policy (no inline script, no eval) ...
    expect(violations.filter((violation) => violation.blockedURI.startsWith(origin) || !/^https?:/.test(violation.blockedURI))).toEqual([]);
    // ... and office.js's telemetry frame was attempted and refused (what failed before the policy).
    expect(violations).toEqual(loadsOfficeJs ? [{ blockedURI: TELEMETRY_FRAME, directive: 'frame-src' }] : []);
    await page.close();
  }, 90_000);

  test('control: the same task pane without the policy does reach the telemetry host', async () => {
    const origin = site?.origin as string;
    const page = await (context as BrowserContext).newPage();
    const traffic = await recordTraffic(page, origin);
    const withoutPolicy = readFileSync(path.join(BUILD_DIR, 'taskpane.html'), 'utf8').replace(
      /<meta http-equiv="?Content-Security-Policy"?[^>]*>/i,
      '',
    );
    expect(withoutPolicy).not.toContain('Content-Security-Policy');
    await page.route(`${origin}/taskpane.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withoutPolicy }),
    );
    await openAndRunTimers(page, `${origin}/taskpane.html`, paneShowsDemoMode);
    await traffic.attempted(TELEMETRY_FRAME);
    await traffic.settled();

    expect(outsideOf(traffic.requests, origin)).toEqual([`${TELEMETRY_FRAME}/telemetryservice/telemetryproxy.html`]);
    expect(traffic.violations()).toEqual([]);
    await page.close();
  }, 90_000);
});

describe('dev server (npm start): playground and task pane', () => {
  let server: DevServer | undefined;

  beforeAll(async () => {
    server = await startDevServer('playground.html');
  }, SERVER_START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await stopDevServer(server);
  }, 30_000);

  test('the playground sends the policy as a header, works, and talks only to the dev server (its reload socket included)', async () => {
    const origin = server?.baseUrl as string;
    const page = await (context as BrowserContext).newPage();
    const traffic = await recordTraffic(page, origin);
    const header = page.waitForResponse(`${origin}/playground.html`).then((response) => response.headers()['content-security-policy']);
    await openAndRunTimers(page, `${origin}/playground.html`, async (p) => {
      await p.getByTestId('pane-frame').getByRole('tab', { name: '插入表格' }).waitFor({ timeout: 60_000 });
    });
    await traffic.settled();

    expect(await header).toBe(CONTENT_SECURITY_POLICY);
    expect(outsideOf(traffic.requests, origin)).toEqual([]);
    expect(outsideOf(traffic.websockets, origin)).toEqual([]);
    // 'self' covers the same-origin wss:// socket of hot reloading in Chromium: it connected, nothing refused.
    expect(traffic.websockets.length).toBeGreaterThanOrEqual(1);
    expect(traffic.violations()).toEqual([]);
    await page.close();
  }, 120_000);

  test('the development task pane (non-eval source maps) works under the policy', async () => {
    const origin = server?.baseUrl as string;
    const page = await (context as BrowserContext).newPage();
    const traffic = await recordTraffic(page, origin);
    await openAndRunTimers(page, `${origin}/taskpane.html`, paneShowsDemoMode);
    await traffic.attempted(TELEMETRY_FRAME);
    await traffic.settled();

    expect(outsideOf(traffic.requests, origin)).toEqual([]);
    expect(traffic.violations()).toEqual([{ blockedURI: TELEMETRY_FRAME, directive: 'frame-src' }]);
    await page.close();
  }, 90_000);
});
