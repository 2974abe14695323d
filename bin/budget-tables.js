#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');

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
