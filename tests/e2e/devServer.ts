/**
 * Shared by the browser tests: `node scripts/start.js --web` (the https dev server) on a
 * free port in its own process group, Debian's Chromium through playwright-core, and a
 * clean stop of both (no stray processes).
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { createServer } from 'net';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const SERVER_START_TIMEOUT_MS = 180_000;
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function freePort(): Promise<number> {
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

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

export function processesMentioning(text: string): string[] {
  const result = spawnSync('pgrep', ['-f', text], { encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => line.trim() !== '');
}

export interface DevServer {
  process: ChildProcess;
  baseUrl: string;
  /** Everything the server printed so far. */
  log(): string;
}

/** Starts the dev server in its own process group; resolves once it printed `readyPath`'s URL. */
export async function startDevServer(readyPath = 'taskpane.html'): Promise<DevServer> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (as root) and try again.`);
  }
  const port = await freePort();
  const baseUrl = `https://localhost:${port}`;
  let output = '';
  // detached: the server gets its own process group, so the whole group can be killed.
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js'), '--web'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BDA_DEV_PORT: String(port), BDA_DEV_CERTS: 'self-signed', BDA_START: 'web' },
  });
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`${baseUrl}/${readyPath}`)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`dev server exited early (code ${code}):\n${output}`)));
    timer = setTimeout(() => reject(new Error(`dev server did not start in time:\n${output}`)), SERVER_START_TIMEOUT_MS);
  });
  try {
    await ready.finally(() => clearTimeout(timer));
  } catch (error) {
    await stopDevServer({ process: child, baseUrl, log: () => output });
    throw error;
  }
  return { process: child, baseUrl, log: () => output };
}

/** SIGINT to the group (start.js stops the server gracefully), SIGKILL if it lingers. */
export async function stopDevServer(server: DevServer | undefined): Promise<void> {
  const pgid = server?.process.pid;
  if (!pgid) return;
  try {
    process.kill(-pgid, 'SIGINT');
  } catch {
    return; // already gone
  }
  if (!(await waitUntil(() => !groupAlive(pgid), 10_000))) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    await waitUntil(() => !groupAlive(pgid), 5_000);
  }
}

export interface Browser {
  context: BrowserContext;
  userDataDir: string;
}

export async function launchChromium(prefix: string, viewport = { width: 350, height: 720 }): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-chromium-`));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ignoreHTTPSErrors: true,
    viewport,
    locale: 'zh-CN',
  });
  return { context, userDataDir };
}

export async function closeChromium(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await browser.context.close().catch(() => undefined);
  await waitUntil(() => processesMentioning(browser.userDataDir).length === 0, 10_000);
  rmSync(browser.userDataDir, { recursive: true, force: true });
}
