// Task pane build. `npm run build` -> dist-web/ (dist/ belongs to the CLI's tsc output).
// `npm run dev-server` / `npm start` -> https://localhost:3000 (BDA_DEV_PORT overrides the port).
'use strict';

const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const OUTPUT_DIR = path.join(ROOT, 'dist-web');
const TASKPANE_DIR = path.join(ROOT, 'src', 'taskpane');
const PLAYGROUND_DIR = path.join(ROOT, 'src', 'playground');
const PLAYGROUND_ENTRY = path.join(PLAYGROUND_DIR, 'index.tsx');
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const DEFAULT_DEV_PORT = 3000;

/**
 * Every page we serve carries this policy, as a <meta> in the HTML (so it holds on any static or
 * 内网 server) and as a header from the dev server. The pages may load and connect only to their
 * own origin: office.js frames a Microsoft telemetry page (telemetryservice.firstpartyapps.oaspapps.com)
 * three seconds after loading, even outside Office, and its Aria logger (loaded in some hosts) posts
 * to *.pipe.aria.microsoft.com; both are refused here. No 'unsafe-eval' (the dev build uses a non-eval source map); inline styles
 * are allowed because Fluent UI (Griffel) inserts <style> elements at run time. A <meta> policy
 * cannot carry frame-ancestors, and must not: Office on the web shows the pane in its own iframe.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Packages that must never reach the production bundle, and why. */
const FORBIDDEN_IN_PRODUCTION = [
  { name: 'hyperformula', reason: 'GPL-3.0-only; it is only for ExcelSim in tests and the dev playground' },
];

/**
 * office.js loads host- and locale-specific scripts next to itself, so the whole
 * dist folder is served, minus debug builds and other Office apps (13 MB instead of 86 MB).
 */
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*vsdoc*',
  '**/office.d.ts',
  '**/outlook*',
  '**/word-*',
  '**/wordios-*',
  '**/powerpoint*',
  '**/onenote*',
  '**/project-*',
  '**/access-*',
  '**/visio*',
];

function devPort() {
  const port = Number(process.env.BDA_DEV_PORT || DEFAULT_DEV_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`BDA_DEV_PORT 不是有效端口 / BDA_DEV_PORT is not a valid port: ${process.env.BDA_DEV_PORT}`);
  }
  return port;
}

/** Fails the build when a forbidden package is part of the module graph, naming who imported it. */
class ForbidPackagesPlugin {
  constructor(packages) {
    this.packages = packages;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('ForbidPackagesPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('ForbidPackagesPlugin', (modules) => {
        for (const forbidden of this.packages) {
          const pattern = new RegExp(`[\\\\/]node_modules[\\\\/]${forbidden.name}[\\\\/]`);
          const offender = [...modules].find((module) => pattern.test(module.resource || ''));
          if (!offender) continue;
          const chain = [];
          for (let module = offender; module && chain.length < 12; module = compilation.moduleGraph.getIssuer(module)) {
            chain.push(path.relative(ROOT, module.resource || module.identifier()));
          }
          compilation.errors.push(
            new webpack.WebpackError(
              `"${forbidden.name}" must not be in the production bundle (${forbidden.reason}).\n` +
                `Import chain: ${chain.reverse().join(' -> ')}`,
            ),
          );
        }
      });
    });
  }
}

/**
 * Trusted localhost certificates from office-addin-dev-certs on Windows and macOS (installed in
 * the user's own certificate store: no administrator rights asked). On Linux there is no Excel
 * desktop and the trust step would call `sudo`, so webpack-dev-server makes a self-signed
 * certificate instead: the playground comes up over https, the browser asks once to continue.
 * BDA_DEV_CERTS=self-signed forces that everywhere.
 */
async function httpsServerOptions() {
  if (process.env.BDA_DEV_CERTS === 'self-signed') return undefined;
  if (process.platform === 'linux') {
    console.log('[预算公开助手] 开发服务器使用自签名证书：浏览器提示“连接不是私密连接”时选择继续访问即可。');
    return undefined;
  }
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    return await getHttpsServerOptions();
  } catch (error) {
    printCertificateFallback(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

function printCertificateFallback(reason) {
  console.warn(
    [
      '',
      '[预算公开助手] 无法安装受信任的 localhost 开发证书，已改用自签名证书。',
      '  浏览器会提示“连接不是私密连接”，Excel 可能拒绝加载任务窗格。',
      '  解决办法：以管理员身份运行 npx office-addin-dev-certs install 后重新启动。',
      '[Budget Disclosure Assistant] Could not install the trusted localhost development certificate;',
      '  using a self-signed one. Browsers will warn and Excel may refuse the task pane.',
      '  Fix: run `npx office-addin-dev-certs install` with admin rights, then restart.',
      `  (${reason})`,
      '',
    ].join('\n'),
  );
}

/** Puts the policy <meta> first in <head> of an HTML page we copy rather than template. */
function withPolicyMeta(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  if (!/<head[^>]*>/i.test(html)) throw new Error('office.js HTML page without <head>: cannot add the Content-Security-Policy');
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
}

function htmlPage(name, chunks, dir = TASKPANE_DIR) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: path.join(dir, `${name}.html`),
    // Each template puts it first in <head>, before anything it could govern.
    templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
    chunks,
  });
}

module.exports = async function createConfig(env = {}, argv = {}) {
  const mode = argv.mode || process.env.NODE_ENV || 'production';
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const withPlayground = !production && fs.existsSync(PLAYGROUND_ENTRY);

  const entry = {
    taskpane: path.join(TASKPANE_DIR, 'index.tsx'),
    commands: path.join(TASKPANE_DIR, 'commands.ts'),
  };
  if (withPlayground) entry.playground = PLAYGROUND_ENTRY;

  const https = serving ? await httpsServerOptions() : undefined;

  return {
    mode,
    context: ROOT,
    entry,
    target: 'web',
    // Not an eval-* source map: the Content-Security-Policy has no 'unsafe-eval', in dev either.
    devtool: production ? false : 'cheap-module-source-map',
    output: {
      path: OUTPUT_DIR,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative URLs: the same build works at https://host/ and at https://host/any/sub/path/.
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(ROOT, 'tsconfig.json'),
              // Type errors fail the production build; the dev server only transpiles (fast reloads).
              transpileOnly: !production,
              onlyCompileBundledFiles: true,
              // ES modules, not CommonJS: otherwise tree-shaking fails (Fluent grew to 3.5 MB).
              compilerOptions: {
                module: 'esnext',
                moduleResolution: 'bundler',
                sourceMap: !production,
                declaration: false,
                noEmit: false,
              },
            },
          },
        },
      ],
    },
    plugins: [
      htmlPage('taskpane', ['taskpane']),
      htmlPage('commands', ['commands']),
      htmlPage('help', []),
      ...(withPlayground ? [htmlPage('playground', ['playground'], PLAYGROUND_DIR)] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(ROOT, 'assets'), to: 'assets', globOptions: { ignore: ['**/.*'] } },
          // ES5, copied as it is: IE11 must parse it (an inline script would need 'unsafe-inline').
          { from: path.join(TASKPANE_DIR, 'legacy-browser.js'), to: 'legacy-browser.js', info: { minimized: true } },
          // Already minified by Microsoft: `minimized` keeps terser off them (saves ~40 s).
          { from: OFFICE_JS_DIST, to: 'office-js', globOptions: { ignore: [...OFFICE_JS_IGNORE, '**/*.html'] }, info: { minimized: true } },
          // office.js's own error page (AgaveErrorUX/index.html) is served by us too: it gets the policy.
          {
            from: '**/*.html',
            context: OFFICE_JS_DIST,
            to: 'office-js/[path][name][ext]',
            globOptions: { ignore: OFFICE_JS_IGNORE },
            transform: (content) => withPolicyMeta(content.toString('utf8')),
            info: { minimized: true },
          },
        ],
      }),
      ...(production ? [new ForbidPackagesPlugin(FORBIDDEN_IN_PRODUCTION)] : []),
    ],
    performance: {
      hints: production ? 'warning' : false,
      // office.js files are served as they are; only our bundle is budgeted here.
      assetFilter: (asset) => asset.endsWith('.js') && !asset.startsWith('office-js/'),
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    devServer: {
      host: 'localhost',
      port: devPort(),
      server: https ? { type: 'https', options: https } : { type: 'https' },
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      static: false,
      hot: true,
      client: { overlay: { errors: true, warnings: false } },
    },
    stats: production ? 'normal' : 'minimal',
  };
};

module.exports.OUTPUT_DIR = OUTPUT_DIR;
module.exports.FORBIDDEN_IN_PRODUCTION = FORBIDDEN_IN_PRODUCTION;
module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
