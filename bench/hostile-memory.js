#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * Peak memory of `budget-tables check` on large workbooks (prints, asserts nothing).
 *
 *   npx tsc -p tsconfig.cli.json && node bench/hostile-memory.js [--rows 1000000] [--near-limit 120000]
 *
 * 1. A sheet of 1,000,000 rows × 16 columns (numbers and text): refused with exit 2 by the cell
 *    limit (READ_LIMITS.cells) before ExcelJS loads anything, so memory stays near the file size.
 * 2. A sheet just under the limit (120,000 rows × 16 columns = 1,920,000 cells): read and checked.
 * Each check runs in its own process; its peak RSS comes from process.resourceUsage().maxRSS,
 * reported by a small wrapper that runs the CLI in the same process.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const bigRows = option('--rows', 1_000_000);
const nearRows = option('--near-limit', 120_000);
const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('请先编译：npx tsc -p tsconfig.cli.json\n');
  process.exit(2);
}

/** rows × 16 columns with the streaming writer (the file never sits in memory whole). */
async function writeSheet(file, rows) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('表1');
  for (let r = 0; r < rows; r++) {
    const row = [`项目${r % 1000}`];
    for (let c = 1; c < 16; c++) row.push(((r * 16 + c) % 100000) / 100);
    ws.addRow(row).commit();
  }
  ws.commit();
  await wb.commit();
}

const wrapper = `
const { main } = require(${JSON.stringify(main)});
const { Writable } = require('stream');
const sink = new Writable({ write(_c, _e, done) { done(); } });
const started = Date.now();
main(['check', process.argv[1]], sink, sink).then((code) => {
  process.stdout.write(JSON.stringify({ code, seconds: (Date.now() - started) / 1000, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
});`;

function measure(file) {
  const r = spawnSync(process.execPath, ['-e', wrapper, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) return { crashed: true, status: r.status, stderr: r.stderr.slice(-400) };
  return JSON.parse(r.stdout);
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-memory-'));
  for (const [label, rows] of [
    ['over the cell limit', bigRows],
    ['just under the cell limit', nearRows],
  ]) {
    const file = path.join(dir, `rows-${rows}.xlsx`);
    const t = Date.now();
    await writeSheet(file, rows);
    const size = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
    process.stdout.write(`${label}: ${rows.toLocaleString('en-US')} rows × 16 columns, ${size} MB (written in ${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
    process.stdout.write(`  check: ${JSON.stringify(measure(file))}\n`);
    fs.rmSync(file);
  }
  fs.rmSync(dir, { recursive: true });
})();
