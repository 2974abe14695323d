import { spawnSync } from 'child_process';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'budget-tables.js');

/** Runs the real CLI as a user would (the compiled dist/ that `npm install` builds). */
export function runCli(args: string[], cwd?: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, timeout: 120_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
