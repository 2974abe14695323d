import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { WorkbookGrid } from '../../src/domain/grid/types';
import { writeWorkbookBuffer } from '../../src/xlsx';
import { runCli } from '../cli/run-cli';
import { seed003NarrativeText } from '../fixtures/narratives';
import { seeds } from '../fixtures/seeds/build';
import { seedForms, seedWorkbookWithForms } from '../fixtures/forms/build';

// Runs the compiled CLI (dist/): build it first with `npx tsc -p tsconfig.cli.json`.
const dir = mkdtempSync(path.join(tmpdir(), 'check-forms-'));

async function save(name: string, wb: WorkbookGrid): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await writeWorkbookBuffer(wb));
  return file;
}

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  cells: string[];
  expected?: string;
  actual?: string;
}

describe('budget-tables check on a workbook with 项目支出绩效目标表', () => {
  it('seed 003 with its 8 forms: exits 1 with the 智慧政务建设 error naming both cells, and the missing form', async () => {
    const file = await save('seed003-forms.xlsx', seedWorkbookWithForms(seeds[1], seedForms['003'], 'sheets', 'sheets', { amountsAs: 'number' }));
    const r = runCli(['check', file, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'P.t12-amount', cells: ['绩效目标6!F6', '表12!B13'], expected: '555900.00', actual: '553891.68' });
    expect(errors[0].message).toContain('553,891.68 元');
    expect(errors[0].message).toContain('55.59 万元');
    expect(report.findings.filter((f) => f.rule === 'P.missing-form').map((f) => f.cells)).toEqual([['表12!A12']]);
  });

  it('the text report shows the error and lists the 情况说明 check as not done', async () => {
    const file = await save('seed003-forms-text.xlsx', seedWorkbookWithForms(seeds[1], seedForms['003']));
    const r = runCli(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[P.t12-amount] 绩效目标表年度资金与表12不符');
    expect(r.stdout).toContain('P.narrative-count：工作簿中没有情况说明');
    expect(r.stdout).toContain('识别到 8 张项目支出绩效目标表：');
    expect(r.stdout).toMatch(/  智慧政务建设（绩效目标6!A1:H\d+）/);
  });

  it('with a 情况说明 sheet, 十 is compared with the forms (9 projects stated, 8 forms)', async () => {
    const wb = seedWorkbookWithForms(seeds[1], seedForms['003']);
    const lines = seed003NarrativeText.split('\n');
    wb.sheets.push({ name: '情况说明', values: lines.map((l) => [l === '' ? null : l]) });
    const r = runCli(['check', await save('seed003-forms-narrative.xlsx', wb), '--format', 'json']);
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.rule === 'P.narrative-count');
    expect(findings.map((f) => `${f.actual}/${f.expected}`)).toEqual(['9/8', '509.88/265.27']);
    expect(findings[0].cells.some((c) => /^情况说明!A\d+$/.test(c))).toBe(true);
  });

  it('seed 000 with its 16 forms: no error, exit 0', async () => {
    const file = await save('seed000-forms.xlsx', seedWorkbookWithForms(seeds[0], seedForms['000'], 'sheets', 'stacked'));
    const r = runCli(['check', file, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { errors: number } };
    expect(report.summary.errors).toBe(0);
    expect(report.findings.filter((f) => f.rule === 'P.cost-indicator')).toHaveLength(1);
  });
});
