/**
 * The pane's 一键检查 and `budget-tables check` are one analysis: for the same workbook they give
 * the same findings (before, the pane did not pass the 情况说明 to the 绩效目标表 rules and listed
 * P.narrative-count as 未检查 on seed 003 while the CLI reported it).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { Finding } from '../../src/domain/findings/types';
import type { SheetGrid, WorkbookGrid } from '../../src/domain/grid/types';
import { appendForms, seed003Forms } from '../fixtures/forms/build';
import { describeCheck } from '../../src/taskpane/lib/analysis';
import { readDocument } from '../../src/taskpane/hooks/useLiveWorkbook';
import { computeUncalculatedFormulas, readWorkbookBuffer, writeWorkbookBuffer } from '../../src/xlsx';
import { seed000NarrativeText, seed003NarrativeText } from '../fixtures/narratives';
import { seed000, seed003, seedWorkbook } from '../fixtures/seeds/build';
import { runCli } from '../cli/run-cli';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bda-parity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function key(f: Finding): string {
  return `${f.severity} ${f.rule} ${[...f.cells].sort().join(',')} ${f.message}`;
}

function withNarrative(grid: WorkbookGrid, text: string): WorkbookGrid {
  return { sheets: [...grid.sheets, { name: '情况说明', values: text.split('\n').map((l) => [l === '' ? null : l]) }] };
}

async function seedFile(name: string, grid: WorkbookGrid): Promise<string> {
  const file = path.join(tmp, `${name}.xlsx`);
  writeFileSync(file, await writeWorkbookBuffer(grid));
  return file;
}

function realFile(doc: string, ...options: string[]): string {
  const file = path.join(tmp, `${doc}${options.join('')}.xlsx`);
  const built = spawnSync(process.execPath, [path.join(SHARED, 'tools', 'real-to-xlsx.mjs'), path.join(SHARED, 'real', `${doc}.json`), file, ...options], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
  return file;
}

describe('the pane and the CLI give the same findings for the same workbook', () => {
  const cases: [string, () => Promise<string>][] = [
    ['seed 000 with its 情况说明', () => seedFile('s000', withNarrative(seedWorkbook(seed000, 'sheets'), seed000NarrativeText))],
    [
      'seed 003 with its 情况说明 and 绩效目标表',
      () => {
        const grid = withNarrative(seedWorkbook(seed003, 'stacked'), seed003NarrativeText);
        const forms: SheetGrid = { name: '绩效目标表', values: [] };
        appendForms(forms, seed003Forms);
        return seedFile('s003', { sheets: [...grid.sheets, forms] });
      },
    ],
    ['上海 司法局 2026', async () => realFile('sh-putuo-sfj-2026')],
    ['上海 商务委员会 2025', async () => realFile('sh-putuo-swh-2025')],
    ['上海 商务委员会 2025, stacked in one sheet, amounts as text', async () => realFile('sh-putuo-swh-2025', '--layout', 'stacked', '--text-amounts')],
    [
      'generated: `budget-tables new --codes`, never calculated',
      async () => {
        const file = path.join(tmp, 'new.xlsx');
        const made = runCli(['new', '--year', '2024', '--department', '某某局', '--out', file, '--codes', '2010301,2080505,2101101']);
        if (made.status !== 0) throw new Error(made.stderr);
        return file;
      },
    ],
  ];
  it.each(cases)('%s', async (_name, make) => {
    const file = await make();
    const cli = JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as { findings: Finding[]; summary: unknown; packs: string[] };
    // What the pane's 一键检查 shows: the live reading's analysis (readDocument), grouped. Excel has
    // calculated the formulas the pane reads; the CLI calculates them itself and says so (its own findings).
    const computed = computeUncalculatedFormulas(await readWorkbookBuffer(readFileSync(file)));
    const pane = describeCheck(readDocument(computed.grid).analysis);
    const paneFindings = [...computed.findings, ...pane.groups.flatMap((g) => g.findings)];
    expect(paneFindings.map(key).sort()).toEqual(cli.findings.map(key).sort());
    expect(pane.packs).toEqual(cli.packs);
    expect(paneFindings.length).toBe(cli.findings.length);
    expect(pane.notApplicable.some((n) => n.rule === 'P.narrative-count' && /情况说明/.test(n.reason))).toBe(false);
  });
});
