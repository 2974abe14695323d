#!/usr/bin/env node
// `npm test`: make sure the real components the tests use are on the machine (Debian's Chromium,
// LibreOffice Calc, xmllint), type-check, build the CLI, then run every jest test.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');

const SYSTEM_PACKAGES = [
  { file: '/usr/bin/chromium', pkg: 'chromium' },
  { file: '/usr/bin/soffice', pkg: 'libreoffice-calc' },
  { file: '/usr/bin/xmllint', pkg: 'libxml2-utils' },
  { file: '/usr/lib/python3/dist-packages/uno.py', pkg: 'python3-uno' },
];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n命令失败 / failed: ${cmd} ${args.join(' ')}`);
    process.exit(r.status || 1);
  }
}

const missing = SYSTEM_PACKAGES.filter((p) => !fs.existsSync(p.file)).map((p) => p.pkg);
if (missing.length) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`The tests need Debian packages that are missing: ${missing.join(', ')}.\nRun as root: ${command}`);
    process.exit(1);
  }
  console.log(`Installing test prerequisites: ${missing.join(' ')}`);
  run('bash', ['-c', `DEBIAN_FRONTEND=noninteractive ${command.replace('install -y', 'install -y -q')}`]);
}

run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('npx', ['tsc', '-p', 'tsconfig.cli.json']);
run('npx', ['jest', '--ci', ...process.argv.slice(2)]);
