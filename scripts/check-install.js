#!/usr/bin/env node
// After `npm ci` (in .ci/run): fail loudly when the install ran or needs a native build.
//  - every dependency in package-lock.json with install scripts must be reviewed in package.json
//    `allowScripts` (true = allowed to run); a denied or unreviewed one fails;
//  - no node-gyp build output may exist under node_modules (a native build was attempted: it
//    only passed because a system library was installed by hand on this machine).
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function installScriptProblems(pkg, lock) {
  const allow = pkg.allowScripts || {};
  const problems = [];
  for (const [location, entry] of Object.entries(lock.packages || {})) {
    if (!location || !entry.hasInstallScript) continue;
    const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const verdict = allow[`${name}@${entry.version}`] ?? allow[name];
    if (verdict !== true) {
      problems.push(
        verdict === false
          ? `${name}@${entry.version} has an install script and package.json allowScripts denies it: remove the dependency that pulls it in (npm ls ${name}).`
          : `${name}@${entry.version} has an install script nobody reviewed: decide in package.json allowScripts (true or false).`,
      );
    }
  }
  return problems;
}

function nativeBuilds(dir, found = [], depth = 0) {
  if (depth > 12 || !fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name === 'build' && fs.existsSync(path.join(full, 'config.gypi'))) found.push(full);
    else nativeBuilds(full, found, depth + 1);
  }
  return found;
}

function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const problems = [
    ...installScriptProblems(pkg, lock),
    ...nativeBuilds(path.join(ROOT, 'node_modules')).map(
      (dir) => `a native build ran in ${path.relative(ROOT, dir)}: a fresh machine without the system library it needs cannot install.`,
    ),
  ];
  if (problems.length) {
    console.error(`安装检查失败 / install check failed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log('install check: no dependency install scripts, no native builds.');
}

if (require.main === module) main();
module.exports = { installScriptProblems, nativeBuilds };
