import fs from 'fs';
import path from 'path';

/**
 * HyperFormula is GPL-3.0-only and ExcelSim exists for tests and the dev playground:
 * production code (domain, excel adapter, task pane) must reach neither.
 */
const ROOT = path.join(__dirname, '..', '..');
const PRODUCTION = ['src/domain', 'src/excel', 'src/taskpane'];

function sources(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx|js)$/.test(e.name) ? [rel] : [];
  });
}

test('production folders import neither hyperformula nor excel-sim', () => {
  const offenders = PRODUCTION.flatMap(sources).filter((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    return /from\s+['"](hyperformula|[^'"]*excel-sim[^'"]*)['"]|require\(\s*['"](hyperformula|[^'"]*excel-sim[^'"]*)['"]\s*\)/.test(text);
  });
  expect(offenders).toEqual([]);
});

test('ExcelSim itself uses no Node-only modules, so the browser playground can bundle it', () => {
  const nodeOnly = /from\s+['"](fs|path|child_process|os|crypto|util|node:[a-z]+)['"]/;
  const offenders = sources('src/excel-sim').filter((file) => nodeOnly.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  expect(sources('src/excel-sim').length).toBeGreaterThan(5);
  expect(offenders).toEqual([]);
});
