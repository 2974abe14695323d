import { spawn, spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

export const SOFFICE = '/usr/bin/soffice';
const PYTHON = '/usr/bin/python3';

export function requireLibreOffice(): void {
  if (!existsSync(SOFFICE)) {
    throw new Error('LibreOffice Calc is missing: run `apt-get install -y libreoffice-calc` (npm test does it when run as root).');
  }
}

/** A fresh LibreOffice profile that recalculates formulas on load (TOOLCHAIN.md recipe). */
function freshProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  const user = path.join(dir, 'user');
  require('fs').mkdirSync(user, { recursive: true });
  writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

export interface LoEdit {
  op: 'insertRow' | 'set';
  sheet: string;
  row: number;
  col?: number;
  text?: string;
  number?: number;
  /** Formula in Calc's English syntax, e.g. "=D10+E10". */
  formula?: string;
}

/**
 * Opens `input` in LibreOffice Calc (headless), applies edits as a user would (row insertion
 * adjusts formulas the spreadsheet's own way), recalculates and saves `output` as .xlsx.
 * soffice is started in its own process group and killed with it: no stray processes.
 */
export async function editWithLibreOffice(input: string, output: string, edits: LoEdit[]): Promise<void> {
  requireLibreOffice();
  const profile = freshProfile();
  const pipe = `budget_lo_${process.pid}_${Date.now()}`;
  const opsFile = path.join(profile, 'ops.json');
  writeFileSync(opsFile, JSON.stringify(edits));
  const office = spawn(
    SOFFICE,
    ['--headless', '--invisible', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=file://${profile}`, `--accept=pipe,name=${pipe};urp;`],
    { detached: true, stdio: 'ignore' },
  );
  try {
    const r = spawnSync(PYTHON, [path.join(__dirname, 'lo_edit.py'), pipe, path.resolve(input), path.resolve(output), opsFile], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`LibreOffice edit failed: ${r.stderr || r.error}`);
  } finally {
    await stopGroup(office.pid);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Recalculates every formula of `input` in LibreOffice and writes the result as .xlsx into outDir. */
export function recalcWithLibreOffice(input: string, outDir: string): string {
  requireLibreOffice();
  const profile = freshProfile();
  try {
    const r = spawnSync(
      SOFFICE,
      ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', outDir, input],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (r.status !== 0) throw new Error(`soffice --convert-to failed: ${r.stderr}`);
    return path.join(outDir, path.basename(input));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function stopGroup(pid: number | undefined): Promise<void> {
  if (!pid) return;
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(-pid, 0);
    } catch {
      return; // the whole group is gone
    }
    if (i === 20) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        return;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}
