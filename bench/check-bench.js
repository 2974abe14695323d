#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * Benchmark of `budget-tables check` (not a timed test: it prints, it does not assert).
 *
 *   npx tsc -p tsconfig.cli.json && node bench/check-bench.js [--workbooks 200] [--skip-big]
 *
 * 1. 200 workbooks of seed size (13 tables, ~25 rows in each coded table), written as .xlsx,
 *    checked by one `check a.xlsx b.xlsx …` run through the CLI code path (runCheck).
 * 2. One synthetic workbook of 13 tables × about 5,000 rows (where a table's shape allows:
 *    表1/表4 have 30 类 rows, 表10 five items, 表13 is empty), as .xlsx, through the same path.
 * Each is compared with a baseline measured in the same run: reading the .xlsx and
 * recognizing the tables without any rule. The workbooks are consistent (every relation
 * holds), so the time is the evaluation's, not the time of writing thousands of findings.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Writable } = require('stream');
const { performance } = require('perf_hooks');

const dist = path.join(__dirname, '..', 'dist');
if (!fs.existsSync(path.join(dist, 'domain', 'rules', 'index.js'))) {
  process.stderr.write('请先编译：npx tsc -p tsconfig.cli.json\n');
  process.exit(2);
}
const { readWorkbookBuffer, writeWorkbookBuffer } = require(path.join(dist, 'xlsx'));
const { recognizeWorkbook } = require(path.join(dist, 'domain', 'recognize'));
const { runRules } = require(path.join(dist, 'domain', 'rules'));
const { Catalog } = require(path.join(dist, 'domain', 'catalog'));
const { runCheck } = require(path.join(dist, 'cli', 'commands', 'check'));
const { budgetWorkbook } = require('./generate');

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--workbooks') + 1]) || 200;
const skipBig = args.includes('--skip-big');

const catalog = Catalog.builtIn();
/** Official names where the built-in list has the code (功能 or 收入 by the first digit). */
const catalogName = (code) => catalog.nameFor(code, 2023);
const sink = () => new Writable({ write(_chunk, _enc, done) { done(); } });

function ms(t) {
  return `${t.toFixed(1)} ms`;
}

function rowsOf(doc) {
  return doc.tables.reduce((a, t) => a + t.rows.length, 0);
}

async function baseline(files) {
  const start = performance.now();
  let rows = 0;
  for (const f of files) rows += rowsOf(recognizeWorkbook(await readWorkbookBuffer(fs.readFileSync(f))));
  return { time: performance.now() - start, rows };
}

async function cliCheck(files) {
  const out = [];
  const stream = new Writable({ write(chunk, _enc, done) { out.push(chunk); done(); } });
  const start = performance.now();
  const code = await runCheck([...files, '--format', 'json'], stream, sink());
  const time = performance.now() - start;
  const parsed = JSON.parse(Buffer.concat(out).toString('utf8'));
  const reports = Array.isArray(parsed) ? parsed : [parsed];
  const summary = reports.reduce((a, r) => ({ errors: a.errors + r.summary.errors, warnings: a.warnings + r.summary.warnings, infos: a.infos + r.summary.infos }), { errors: 0, warnings: 0, infos: 0 });
  return { time, code, summary };
}

function rulesOnly(docs) {
  const start = performance.now();
  let findings = 0;
  for (const d of docs) findings += runRules(d).findings.length;
  return { time: performance.now() - start, findings };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-bench-'));
  process.stdout.write(`budget-tables check benchmark (node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'})\n`);

  // 1. seed-size workbooks
  const files = [];
  let seedRows = 0;
  for (let i = 0; i < count; i++) {
    const { workbook, rows } = budgetWorkbook({ seed: i + 1, generalClasses: 4, classSections: 2, sectionItems: 2, catalogName });
    seedRows += rows;
    const file = path.join(dir, `seed-size-${String(i).padStart(3, '0')}.xlsx`);
    fs.writeFileSync(file, await writeWorkbookBuffer(workbook));
    files.push(file);
  }
  await cliCheck(files.slice(0, 5)); // warm-up (JIT), not measured
  await baseline(files.slice(0, 5));
  const base = await baseline(files);
  const cli = await cliCheck(files);
  const docs = [];
  for (const f of files) docs.push(recognizeWorkbook(await readWorkbookBuffer(fs.readFileSync(f))));
  const rules = rulesOnly(docs);
  process.stdout.write(`\n${count} workbooks of seed size (${Math.round(seedRows / count)} sheet rows, ${Math.round(base.rows / count)} table rows each)\n`);
  process.stdout.write(`  baseline (read .xlsx + recognize):  ${ms(base.time / count)} per workbook\n`);
  process.stdout.write(`  check through the CLI code path:    ${ms(cli.time / count)} per workbook, ${Math.round(base.rows / (cli.time / 1000))} rows/s, exit ${cli.code}\n`);
  process.stdout.write(`  ratio check / baseline:             ${(cli.time / base.time).toFixed(2)}\n`);
  process.stdout.write(`  rules alone (recognized document):  ${ms(rules.time / count)} per workbook\n`);
  process.stdout.write(`  findings: ${JSON.stringify(cli.summary)}\n`);

  if (skipBig) return;
  // 2. one synthetic workbook of 13 tables × ~5,000 rows
  const big = budgetWorkbook({ seed: 7, generalClasses: 27, classSections: 5, sectionItems: 36, fundSections: 67, fundItems: 36, stateSections: 99, stateItems: 50, catalogName });
  const bigFile = path.join(dir, 'synthetic-13x5000.xlsx');
  fs.writeFileSync(bigFile, await writeWorkbookBuffer(big.workbook));
  const bigBase = await baseline([bigFile]);
  const bigCli = await cliCheck([bigFile]);
  const bigDoc = recognizeWorkbook(big.workbook);
  const recognizeStart = performance.now();
  recognizeWorkbook(big.workbook);
  const recognizeTime = performance.now() - recognizeStart;
  const bigRules = rulesOnly([bigDoc]);
  process.stdout.write(`\nsynthetic workbook: ${bigBase.rows} table rows (${Object.entries(big.bodyRows).map(([s, n]) => `${s} ${n}`).join(', ')} sheet rows)\n`);
  process.stdout.write(`  baseline (read .xlsx + recognize):  ${ms(bigBase.time)}\n`);
  process.stdout.write(`  check through the CLI code path:    ${ms(bigCli.time)}, ${Math.round(bigBase.rows / (bigCli.time / 1000))} rows/s, exit ${bigCli.code}\n`);
  process.stdout.write(`  ratio check / baseline:             ${(bigCli.time / bigBase.time).toFixed(2)}\n`);
  process.stdout.write(`  in memory: recognize ${ms(recognizeTime)}, rules ${ms(bigRules.time)} (${Math.round(bigBase.rows / (bigRules.time / 1000))} rows/s)\n`);
  process.stdout.write(`  findings: ${JSON.stringify(bigCli.summary)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
