import fs from 'fs';
import path from 'path';

/** The playground (ExcelSim, HyperFormula, seed fixtures) is a development page only. */
const ROOT = path.join(__dirname, '..', '..');
const createConfig = require(path.join(ROOT, 'webpack.config.js')) as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<{ entry: Record<string, string>; plugins: { constructor: { name: string }; userOptions?: { filename?: string } }[] }>;

function pages(config: Awaited<ReturnType<typeof createConfig>>): string[] {
  return config.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions?.filename ?? '');
}

test('development builds the playground page; production leaves it out', async () => {
  const dev = await createConfig({}, { mode: 'development' });
  expect(Object.keys(dev.entry)).toEqual(['taskpane', 'commands', 'playground']);
  expect(pages(dev)).toContain('playground.html');
  const prod = await createConfig({}, { mode: 'production' });
  expect(Object.keys(prod.entry)).toEqual(['taskpane', 'commands']);
  expect(pages(prod)).not.toContain('playground.html');
});

test('the task pane reaches the workbook only through the port (no Office.js calls in .tsx files)', () => {
  const dir = path.join(ROOT, 'src', 'taskpane');
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  const offenders = files.filter((f) => /\bExcel\.run\b|context\.sync\(|\.getRange\(/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  expect(offenders).toEqual([]);
});
