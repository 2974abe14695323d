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
