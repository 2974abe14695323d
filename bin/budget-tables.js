#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');

// `budget-tables check … | head -1`: once the reader has gone, stop quietly (no EPIPE trace).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });
}

// A failure outside any file's own handling (an asynchronous error in a library): one Chinese
// line with the detail, exit 2, never a bare stack trace.
function crashed(e) {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`出错了：budget-tables 意外中止，请把这段信息和所用的文件发给维护人员。（${detail}）\n`);
  process.exit(2);
}
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('budget-tables 尚未编译：请在项目目录运行 npm install（或 npm run prepare）。\n');
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
