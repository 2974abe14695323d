/**
 * Runs the production build once (`webpack --mode production` -> dist-web/) and checks
 * what an Excel (or 内网) deployment gets: the task pane page and its bundle, office.js
 * served from our own origin, no HyperFormula (GPL-3.0) anywhere in our JavaScript, and
 * a gzipped size that only stays small while tree-shaking works, and a Content-Security-Policy
 * first in every page (tests/e2e/no-outside-requests.test.ts shows it at work in Chromium).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist-web');
const WEBPACK_CLI = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONTENT_SECURITY_POLICY } = require(path.join(ROOT, 'webpack.config.js')) as { CONTENT_SECURITY_POLICY: string };
/** Tree-shaken pane: ~130 KB gzipped; CommonJS output (no tree-shaking) was 3.5 MB. */
const MAX_GZIPPED_JS_BYTES = 1.5 * 1024 * 1024;
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** src attributes of <script> tags, quoted or not (html-webpack-plugin minifies the HTML). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (match) => match[1] ?? match[2] ?? match[3],
  );
}

/** The content of the first element in <head> when it is the policy <meta>, quoted or not. */
function leadingPolicyMeta(html: string): string | undefined {
  const head = /<head[^>]*>\s*(?:<meta\s+charset=[^>]*>\s*)?(<[^>]+>)/i.exec(html)?.[1] ?? '';
  if (!/^<meta\s+http-equiv=["']?Content-Security-Policy["']?\s/i.test(head)) return undefined;
  return /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(head)?.slice(1).find((value) => value !== undefined);
}

/** Source of each directive of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...sources]) => [name, sources]),
  );
}

let build: { status: number | null; output: string };
let ourJs: string[];

beforeAll(() => {
  const result = spawnSync(process.execPath, [WEBPACK_CLI, '--mode', 'production'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  ourJs = existsSync(DIST)
    ? filesUnder(DIST).filter((file) => file.endsWith('.js') && !file.startsWith(path.join(DIST, 'office-js')))
    : [];
}, BUILD_TIMEOUT_MS);

describe('production build (dist-web/)', () => {
  test('webpack succeeds', () => {
    if (build.status !== 0) console.error(build.output);
    expect(build.status).toBe(0);
    expect(build.output).toMatch(/compiled successfully/);
  });

  test('emits taskpane.html with its bundle, and office.js from our own origin', () => {
    const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const sources = scriptSources(html);
    expect(sources[0]).toBe('office-js/office.js');
    const bundles = sources.filter((src) => /^taskpane\.[0-9a-f]{8}\.js$/.test(src));
    expect(bundles).toHaveLength(1);
    expect(sources).toContain('legacy-browser.js'); // the IE11 notice, not inline (the policy forbids inline scripts)
    for (const src of sources) {
      expect(src).not.toMatch(/^(https?:)?\/\//);
      expect(existsSync(path.join(DIST, src))).toBe(true);
    }
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
    expect(html).toContain('预算公开助手');
  });

  test('ships the files office.js loads next to itself (Excel host scripts, zh-cn strings)', () => {
    for (const file of [
      'office-js/office.js',
      'office-js/o15apptofilemappingtable.js',
      'office-js/excel-win32-16.01.js',
      'office-js/excel-web-16.00.js',
      'office-js/excel-mac-16.00.js',
      'office-js/zh-cn/office_strings.js',
      'office-js/en-us/office_strings.js',
    ]) {
      expect(existsSync(path.join(DIST, file))).toBe(true);
    }
    const officeJs = readFileSync(path.join(DIST, 'office-js', 'office.js'));
    const original = readFileSync(path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js'));
    expect(officeJs.equals(original)).toBe(true); // copied as is, not re-minified
    expect(existsSync(path.join(DIST, 'office-js', 'office.debug.js'))).toBe(false);
    expect(existsSync(path.join(DIST, 'office-js', 'word-win32-16.01.js'))).toBe(false);
  });

  test('emits every page and icon manifest.xml points to', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(urls).size).toBeGreaterThanOrEqual(7);
    expect(urls.filter((url) => !existsSync(path.join(DIST, url)))).toEqual([]);
  });

  test('every page carries the Content-Security-Policy first in <head>, and no inline script it would block', () => {
    const pages = filesUnder(DIST).filter((file) => file.endsWith('.html'));
    expect(pages.map((file) => path.relative(DIST, file)).sort()).toEqual([
      'commands.html',
      'help.html',
      'office-js/agaveerrorux/index.html',
      'taskpane.html',
    ]);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect({ page: path.relative(DIST, file), policy: leadingPolicyMeta(html) }).toEqual({
        page: path.relative(DIST, file),
        policy: CONTENT_SECURITY_POLICY,
      });
      const inlineScripts = [...html.matchAll(/<script\b([^>]*)>/gi)].filter((match) => !/\bsrc=/i.test(match[1]));
      expect(inlineScripts.map((match) => match[0])).toEqual([]);
    }
  });

  test('the policy lets scripts, connections and frames reach only our own origin', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    for (const name of ['default-src', 'script-src', 'connect-src', 'frame-src', 'font-src', 'base-uri', 'form-action']) {
      expect({ name, sources: policy.get(name) }).toEqual({ name, sources: ["'self'"] });
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]); // Griffel inserts <style> at run time
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy.has('frame-ancestors')).toBe(false); // ignored in <meta>; Office on the web frames the pane
  });

  test('no emitted JavaScript of ours mentions HyperFormula', () => {
    expect(ourJs.length).toBeGreaterThanOrEqual(2);
    const offenders = ourJs.filter((file) => /hyperformula/i.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('the gzipped JavaScript stays small (tree-shaking works)', () => {
    const sizes = ourJs.map((file) => ({
      file: path.relative(DIST, file),
      raw: readFileSync(file).length,
      gzipped: gzipSync(readFileSync(file), { level: 9 }).length,
    }));
    const total = sizes.reduce((sum, size) => sum + size.gzipped, 0);
    console.log(
      [
        'Task pane bundle (office-js/ not included):',
        ...sizes.map((size) => `  ${size.file}: ${(size.raw / 1024).toFixed(1)} KiB, gzipped ${(size.gzipped / 1024).toFixed(1)} KiB`),
        `  total gzipped: ${(total / 1024).toFixed(1)} KiB (limit ${(MAX_GZIPPED_JS_BYTES / 1024).toFixed(0)} KiB)`,
      ].join('\n'),
    );
    expect(total).toBeGreaterThan(20 * 1024); // React + Fluent really are in it
    expect(total).toBeLessThan(MAX_GZIPPED_JS_BYTES);
  });
});

describe('HyperFormula guard', () => {
  test('a production build that imports hyperformula fails and names the import chain', () => {
    const scratch = path.join(ROOT, '.tmp', 'hyperformula-guard');
    mkdirSync(scratch, { recursive: true });
    const entry = path.join(scratch, 'entry.js');
    writeFileSync(entry, "import { HyperFormula } from 'hyperformula';\nconsole.log(HyperFormula.version);\n");
    const script = `
      const webpack = require('webpack');
      const createConfig = require(${JSON.stringify(path.join(ROOT, 'webpack.config.js'))});
      createConfig({}, { mode: 'production' }).then((config) => {
        config.entry = { taskpane: ${JSON.stringify(entry)} };
        config.output.path = ${JSON.stringify(path.join(scratch, 'out'))};
        config.optimization = { minimize: false };
        config.plugins = config.plugins.filter((plugin) => plugin.constructor.name === 'ForbidPackagesPlugin');
        webpack(config, (error, stats) => {
          const errors = error ? [String(error)] : stats.toJson({ all: false, errors: true }).errors.map((e) => e.message);
          process.stdout.write(JSON.stringify(errors));
        });
      });
    `;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
    const errors = JSON.parse(result.stdout || '[]') as string[];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/"hyperformula" must not be in the production bundle \(GPL-3\.0-only/);
    expect(errors[0]).toMatch(/Import chain: \.tmp\/hyperformula-guard\/entry\.js -> node_modules\/hyperformula\//);
  }, BUILD_TIMEOUT_MS);
});
