#!/usr/bin/env node
// `npm start`:
//  - Windows / macOS: sideload manifest.xml into Excel desktop with office-addin-debugging,
//    fetched on demand by npx (it is not a project dependency: its native keytar does not
//    build on a plain Linux machine, and it is most of a 1.2 GB node_modules). It also starts
//    `npm run dev-server`.
//  - Elsewhere (Linux, CI) or with `npm start -- --web`: only the https dev server,
//    for the browser playground (printed first, and opened in the default browser at a
//    desktop unless --no-open) and for Excel on the web (上传我的加载项).
// Ctrl+C stops the server (and unregisters the sideloaded add-in on desktop).
'use strict';

const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const MANIFEST_PORT = 3000;

function resolveFromRoot(request) {
  try {
    return require.resolve(request, { paths: [ROOT] });
  } catch {
    return undefined;
  }
}

/** Pinned: the sideload tool is fetched by npx on Windows/macOS only, never installed with the project. */
const SIDELOAD_TOOL = 'office-addin-debugging@7.0.0';

function canSideloadDesktop(args, platform = process.platform, env = process.env) {
  if (args.includes('--web') || env.BDA_START === 'web') return false;
  return platform === 'win32' || platform === 'darwin';
}

/** The command that sideloads into Excel desktop: a locally installed tool if present, else npx. */
function sideloadCommand(subcommand, platform = process.platform) {
  const local = resolveFromRoot('office-addin-debugging/package.json');
  if (local) return { command: process.execPath, args: [path.join(path.dirname(local), 'cli.js'), ...subcommand] };
  const npx = platform === 'win32' ? 'npx.cmd' : 'npx';
  return { command: npx, args: ['--yes', SIDELOAD_TOOL, ...subcommand] };
}

/**
 * Opens the playground in the default browser when someone is at a desktop (a terminal,
 * and a display on Linux); never in CI or tests (stdout piped) or with --no-open.
 */
function maybeOpenBrowser(url, args) {
  if (args.includes('--no-open') || process.env.BDA_NO_OPEN || !process.stdout.isTTY || process.env.CI) return;
  const linuxDisplay = process.platform === 'linux' && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const command =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : linuxDisplay ? ['xdg-open', [url]] : undefined;
  if (!command) return;
  try {
    const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser to open: the URL is printed above
  }
}

function run({ command, args }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
    child.on('error', () => resolve(1));
  });
}

async function startDesktop() {
  console.log('正在把预算公开助手旁加载到 Excel 桌面版（首次会通过 npm 下载旁加载工具）… / Sideloading into Excel desktop…');
  const startCode = await run(sideloadCommand([
    'start',
    MANIFEST,
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'npm run dev-server',
    '--dev-server-port',
    String(MANIFEST_PORT),
  ]));
  if (startCode !== 0) {
    console.error(
      '旁加载失败。可改用 `npm start -- --web` 只启动开发服务器，再按 docs/sideload.md 手动加载。\n' +
        'Sideloading failed. Try `npm start -- --web` and load the add-in by hand (docs/sideload.md).',
    );
    process.exit(startCode);
  }
  console.log('按 Ctrl+C 停止开发服务器并卸载加载项。 / Press Ctrl+C to stop and unregister the add-in.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const code = await run(sideloadCommand(['stop', MANIFEST]));
    process.exit(code);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30); // keep the process alive until Ctrl+C
}

function playgroundUrl(port) {
  return `https://localhost:${port}/playground.html`;
}

function printUrls(port, hasPlayground) {
  const base = `https://localhost:${port}`;
  const lines = ['', '预算公开助手开发服务器已启动 / Budget Disclosure Assistant dev server is running:'];
  if (hasPlayground) {
    lines.push(
      `  演示环境 Playground:  ${playgroundUrl(port)}`,
      '    没有 Excel 也能试用：左边是浏览器中的工作簿，右边是真实的任务窗格。',
      '    No Excel needed: an in-browser workbook on the left, the real task pane on the right.',
    );
  }
  lines.push(`  任务窗格 Task pane:   ${base}/taskpane.html`);
  lines.push(
    `  清单 Manifest:        ${MANIFEST}`,
    '  Excel 网页版：插入 > 加载项 > 上传我的加载项，选择 manifest.xml（见 docs/sideload.md）。',
    '  Excel on the web: Insert > Add-ins > Upload My Add-in, choose manifest.xml.',
  );
  if (port !== MANIFEST_PORT) {
    lines.push(`  注意：manifest.xml 指向端口 ${MANIFEST_PORT}，Excel 只能在该端口加载。 / manifest.xml expects port ${MANIFEST_PORT}.`);
  }
  lines.push('按 Ctrl+C 停止。 / Press Ctrl+C to stop.', '');
  console.log(lines.join('\n'));
}

async function startWebServer(args) {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const createConfig = require(path.join(ROOT, 'webpack.config.js'));

  const config = await createConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
  config.infrastructureLogging = { level: 'warn' };
  const port = config.devServer.port;
  const hasPlayground = Object.prototype.hasOwnProperty.call(config.entry, 'playground');

  const compiler = webpack(config);
  let announced = false;
  compiler.hooks.done.tap('print-urls', (stats) => {
    if (stats.hasErrors()) console.error('编译出错，见上方信息。 / Compilation failed, see above.');
    if (!announced) {
      announced = true;
      printUrls(port, hasPlayground);
      if (hasPlayground) maybeOpenBrowser(playgroundUrl(port), args);
    }
  });

  const server = new WebpackDevServer(config.devServer, compiler);
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) {
      process.exit(1); // second Ctrl+C: do not wait any longer
    }
    stopping = true;
    console.log(`\n正在停止开发服务器… / Stopping the dev server (${signal})…`);
    await server.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    await server.start();
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      console.error(
        `端口 ${port} 已被占用（可能已有一个开发服务器在运行）。可先关闭它，或设置 BDA_DEV_PORT 换一个端口（仅浏览器演示可用）。\n` +
          `Port ${port} is already in use. Stop the other server or set BDA_DEV_PORT (browser demo only).`,
      );
    } else {
      console.error('开发服务器无法启动 / The dev server could not start:', error);
    }
    process.exit(1);
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (canSideloadDesktop(args)) {
    await startDesktop();
  } else {
    await startWebServer(args);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { canSideloadDesktop, sideloadCommand, SIDELOAD_TOOL };
