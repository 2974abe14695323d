/**
 * A fresh machine has Node and npm only: the dependency tree must install without native
 * builds or unreviewed install scripts, and `npm start` sideloads into Excel desktop through
 * npx on Windows/macOS only (the sideload tool is never a project dependency).
 */
import { readFileSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const checkInstall = require(path.join(ROOT, 'scripts', 'check-install.js'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require(path.join(ROOT, 'scripts', 'start.js'));

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

describe('install on a machine with only Node and npm', () => {
  it('has no dependency with an install script that package.json does not allow', () => {
    expect(checkInstall.installScriptProblems(pkg, lock)).toEqual([]);
  });

  it('flags an unreviewed or denied install script (the check can fail)', () => {
    const withKeytar = { packages: { '': {}, 'node_modules/keytar': { version: '7.9.0', hasInstallScript: true } } };
    expect(checkInstall.installScriptProblems({}, withKeytar)[0]).toMatch(/keytar@7\.9\.0 .*nobody reviewed/);
    expect(checkInstall.installScriptProblems(pkg, withKeytar)[0]).toMatch(/keytar@7\.9\.0 .*denies/);
  });

  it('left no node-gyp build output in node_modules', () => {
    expect(checkInstall.nativeBuilds(path.join(ROOT, 'node_modules'))).toEqual([]);
  });

  it('keeps the desktop sideload tool out of the dependencies', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
    expect(Object.keys(all)).not.toContain('office-addin-debugging');
    expect(Object.keys(lock.packages)).not.toContain('node_modules/keytar');
  });
});

describe('npm start chooses what the machine can do', () => {
  it('serves the playground on Linux and sideloads on Windows/macOS unless --web', () => {
    expect(start.canSideloadDesktop([], 'linux', {})).toBe(false);
    expect(start.canSideloadDesktop([], 'win32', {})).toBe(true);
    expect(start.canSideloadDesktop([], 'darwin', {})).toBe(true);
    expect(start.canSideloadDesktop(['--web'], 'darwin', {})).toBe(false);
    expect(start.canSideloadDesktop([], 'win32', { BDA_START: 'web' })).toBe(false);
  });

  it('fetches the pinned sideload tool with npx when it is not installed', () => {
    const { command, args } = start.sideloadCommand(['stop', 'manifest.xml'], 'win32');
    expect(command).toBe('npx.cmd');
    expect(args).toEqual(['--yes', start.SIDELOAD_TOOL, 'stop', 'manifest.xml']);
    expect(start.SIDELOAD_TOOL).toMatch(/^office-addin-debugging@\d+\.\d+\.\d+$/);
  });
});
