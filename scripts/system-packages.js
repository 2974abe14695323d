#!/usr/bin/env node
// The Debian packages the tests use (real Chromium, LibreOffice Calc over UNO, xmllint), and
// their installation. `node scripts/system-packages.js --install` (in .ci/run, and from
// `npm test` as root) installs what is missing; as another user it prints the command to run.
// The project itself needs no system package to install or run: only its tests do.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');

const SYSTEM_PACKAGES = [
  { file: '/usr/bin/chromium', pkg: 'chromium' },
  { file: '/usr/bin/soffice', pkg: 'libreoffice-calc' },
  { file: '/usr/bin/xmllint', pkg: 'libxml2-utils' },
  { file: '/usr/lib/python3/dist-packages/uno.py', pkg: 'python3-uno' },
];

function missingPackages() {
  return SYSTEM_PACKAGES.filter((p) => !fs.existsSync(p.file)).map((p) => p.pkg);
}

/** Installs the missing packages as root; returns false (after saying what to run) otherwise. */
function ensureSystemPackages() {
  const missing = missingPackages();
  if (!missing.length) return true;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`测试需要的 Debian 软件包缺失：${missing.join(', ')}。请以 root 运行：${command}\n` +
      `The tests need Debian packages that are missing: ${missing.join(', ')}.\nRun as root: ${command}`);
    return false;
  }
  console.log(`Installing test prerequisites: ${missing.join(' ')}`);
  const r = spawnSync('bash', ['-c', `DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ${missing.join(' ')}`], { stdio: 'inherit' });
  return r.status === 0 && missingPackages().length === 0;
}

if (require.main === module) {
  if (process.argv.includes('--install')) process.exit(ensureSystemPackages() ? 0 : 1);
  console.log(missingPackages().join('\n'));
}
module.exports = { SYSTEM_PACKAGES, missingPackages, ensureSystemPackages };
