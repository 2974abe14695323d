#!/usr/bin/env node
// `npm test`: make sure the real components the tests use are on the machine (Debian's Chromium,
// LibreOffice Calc, xmllint), lint, type-check, build the CLI, then run every jest test.
'use strict';
const { spawnSync } = require('child_process');

const { ensureSystemPackages } = require('./system-packages');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n命令失败 / failed: ${cmd} ${args.join(' ')}`);
    process.exit(r.status || 1);
  }
}

if (!ensureSystemPackages()) process.exit(1);

run('npm', ['run', '--silent', 'lint']);
run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('npx', ['tsc', '-p', 'tsconfig.cli.json']);
run('npx', ['jest', '--ci', ...process.argv.slice(2)]);
