import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Finding } from '../../src/domain/findings/types';
import type { SheetGrid, WorkbookGrid } from '../../src/domain/grid/types';
import { checkNarrativeText, findNarrativeSheet } from '../../src/domain/narrative';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { readWorkbookBuffer } from '../../src/xlsx';

/**
 * The 情况说明 of the two real Shanghai documents in ../shared/real, checked against their
 * tables as the CLI does (workbook written by real-to-xlsx, read back, recognized): every
 * narrative finding of `expected_text` at its severity and paragraph cells, and no other
 * narrative warning or error but the true ones listed below.
 */
const REAL = path.resolve(__dirname, '../../../shared/real');
const TOOL = path.resolve(__dirname, '../../../shared/tools/real-to-xlsx.mjs');
const available = existsSync(REAL) && existsSync(TOOL);

interface Expected {
  what: string;
  severity: Finding['severity'];
  cells: string[];
}

interface Built {
  grid: WorkbookGrid;
  narr: Record<string, string>;
  expectedText: Expected[];
  json: { tables: { title: string; unit: string; header: string[][]; rows: string[][] }[] };
}

const dir = available ? mkdtempSync(path.join(tmpdir(), 'real-narrative-')) : '';

async function build(name: string, layout: 'sheets' | 'stacked'): Promise<Built> {
  const out = path.join(dir, `${name}-${layout}.xlsx`);
  execFileSync(process.execPath, [TOOL, path.join(REAL, `${name}.json`), out, '--layout', layout, ...(layout === 'stacked' ? ['--text-amounts'] : [])], {
    cwd: path.resolve(__dirname, '../..'),
  });
  const map = JSON.parse(readFileSync(`${out}.map.json`, 'utf8')) as { NARR: Record<string, string> };
  const expect_ = JSON.parse(readFileSync(path.join(REAL, `${name}.expect.json`), 'utf8')) as { expected_text: Expected[] };
  return {
    grid: await readWorkbookBuffer(readFileSync(out)),
    narr: map.NARR,
    expectedText: expect_.expected_text,
    json: JSON.parse(readFileSync(path.join(REAL, `${name}.json`), 'utf8')),
  };
}

function narrativeFindings(grid: WorkbookGrid): Finding[] {
  const doc = recognizeWorkbook(grid);
  const sheet = findNarrativeSheet(grid)!;
  expect(sheet).toBeDefined();
  return checkNarrativeText(doc, sheet.text, { lineCells: sheet.lineCells });
}

const narrCell = (b: Built, label: string): string => b.narr[label.replace(/^NARR /, '')];

/**
 * True findings the documents' labels leave out (their known_inconsistencies list them as
 * wording): the 2026 项目经费情况说明 keeps last year's 实施周期 "2025年1月1日-2025年12月31日".
 */
const TRUE_UNLABELLED: Record<string, { rule: string; paragraph: string }[]> = {
  'sh-putuo-sfj-2026': [{ rule: 'N.year', paragraph: 'p33' }],
  'sh-putuo-swh-2025': [],
};

function assertExpectedText(b: Built, name: string, findings: Finding[], textPrefix = '情况说明!'): void {
  const reported = findings.filter((f) => f.rule.startsWith('N.'));
  const matched = new Set<Finding>();
  for (const e of b.expectedText) {
    const cells = e.cells.map((c) => narrCell(b, c));
    const hits = reported.filter((f) => f.severity === e.severity && f.cells.some((c) => cells.includes(c)));
    hits.forEach((f) => matched.add(f));
    expect({ what: e.what, cells: [...new Set(hits.flatMap((f) => f.cells))] }).toEqual({ what: e.what, cells: expect.arrayContaining(cells) });
  }
  const allowed = TRUE_UNLABELLED[name].map((t) => `${t.rule} ${narrCell(b, t.paragraph)}`);
  const others = reported.filter((f) => !matched.has(f) && f.severity !== 'info').map((f) => `${f.rule} ${f.cells.filter((c) => c.startsWith(textPrefix)).join(',')}`);
  expect(others).toEqual(allowed);
  // One finding per cell and cause.
  const keys = reported.map((f) => `${f.rule}|${f.cells.join(',')}|${f.expected ?? ''}|${f.actual ?? ''}`);
  expect(keys.length).toBe(new Set(keys).size);
}

const describeReal = available ? describe : describe.skip;

describeReal.each(['sh-putuo-sfj-2026', 'sh-putuo-swh-2025'])('%s: the 情况说明 against the tables', (name) => {
  it.each(['sheets', 'stacked'] as const)('%s layout: the labelled narrative findings, at their severity and cells, and no false one', async (layout) => {
    const b = await build(name, layout);
    assertExpectedText(b, name, narrativeFindings(b.grid));
  });
});

/** The text as a .txt file (`check --text`) would hold it: each heading of a path on its own line, lines named "说明.txt:第N行". */
function asTextFile(name: string): { text: string; lineCells: string[]; narr: Record<string, string> } {
  const json = JSON.parse(readFileSync(path.join(REAL, `${name}.json`), 'utf8')) as { narrative: { heading: string; text: string }[] };
  const lines: string[] = [];
  const narr: Record<string, string> = {};
  let last: string[] = [];
  json.narrative.forEach((p, i) => {
    const headings = p.heading.split(' / ');
    headings.forEach((h, k) => {
      if (last[k] !== h) lines.push(h);
    });
    last = headings;
    lines.push(p.text);
    narr[`p${i}`] = `说明.txt:第${lines.length}行`;
  });
  return { text: lines.join('\n'), lineCells: lines.map((_, i) => `说明.txt:第${i + 1}行`), narr };
}

describeReal.each(['sh-putuo-sfj-2026', 'sh-putuo-swh-2025'])('%s: the same text as a .txt file, headings on their own lines', (name) => {
  it('gives the same findings, naming the lines', async () => {
    const b = await build(name, 'sheets');
    const file = asTextFile(name);
    const doc = recognizeWorkbook(b.grid);
    const findings = checkNarrativeText(doc, file.text, { lineCells: file.lineCells });
    const asLines = { ...b, narr: file.narr };
    assertExpectedText(asLines, name, findings, '说明.txt:');
  });
});

/**
 * 表9 (三公 and 机关运行经费 in one table, 万元 in a 元 document, three header rows) as published,
 * and laid out as a 项目 | 预算数 table with the document's own figures: either way the text's
 * 三公 and 机关运行经费 amounts are compared with it.
 */
function rowShapedThreePublic(b: Built): SheetGrid {
  const t = b.json.tables[8];
  const [total, abroad, reception, vehicle, purchase, operation, operating] = t.rows[0].map((v) => (v === '' ? null : Number(v.replace(/,/g, ''))));
  const title = t.title.replace('“三公”经费和机关运行经费', '一般公共预算“三公”经费及机关运行经费');
  return {
    name: '表9',
    values: [
      [title, null],
      [null, '单位：万元'],
      ['项目', '预算数'],
      ['因公出国（境）费', abroad],
      ['公务接待费', reception],
      ['公务用车购置及运行费', vehicle],
      ['其中：公务用车购置费', purchase],
      ['公务用车运行维护费', operation],
      ['“三公”经费合计', total],
      ['机关运行经费', operating],
    ],
  };
}

describeReal.each(['sh-putuo-sfj-2026', 'sh-putuo-swh-2025'])('%s: with 表9 read, its amounts in the text are checked too', (name) => {
  it.each(['as published', 'row-shaped'])('表9 %s: the stated 三公 and 机关运行经费 agree with it; a changed one is an error naming both cells', async (shape) => {
    const b = await build(name, 'sheets');
    const grid: WorkbookGrid = shape === 'as published' ? b.grid : { sheets: [...b.grid.sheets.filter((s) => s.name !== '表9'), rowShapedThreePublic(b)] };
    const doc = recognizeWorkbook(grid);
    expect(doc.tables.map((t) => t.id)).toEqual(expect.arrayContaining(['T10', 'T11']));
    assertExpectedText(b, name, narrativeFindings(grid));

    const sheet = findNarrativeSheet(grid)!;
    const operating = name === 'sh-putuo-sfj-2026' ? '217.83' : '171.01';
    const edited = sheet.text.replace(`机关运行经费预算为${operating}万元`, '机关运行经费预算为200.00万元');
    expect(edited).not.toBe(sheet.text);
    const found = checkNarrativeText(doc, edited, { lineCells: sheet.lineCells }).filter((f) => f.rule === 'N.amount' && f.actual === '200.00');
    const t11Cell = doc.tables.find((t) => t.id === 'T11')!;
    expect(found).toEqual([expect.objectContaining({ severity: 'error', expected: operating })]);
    expect(found[0].cells).toEqual([expect.stringMatching(/^表9![A-Z]+\d+$/), narrCell(b, name === 'sh-putuo-sfj-2026' ? 'p23' : 'p28')]);
    expect(t11Cell.sheet).toBe('表9');

    const reception = name === 'sh-putuo-sfj-2026' ? '公务接待费0.83万元' : '公务接待费1.00万元';
    const threePublic = checkNarrativeText(doc, sheet.text.replace(reception, '公务接待费0.50万元'), { lineCells: sheet.lineCells }).filter((f) => f.rule === 'N.amount' && f.severity === 'error');
    expect(threePublic).toEqual([expect.objectContaining({ severity: 'error', actual: '0.50', cells: [expect.stringMatching(/^表9![A-Z]+\d+$/), narrCell(b, name === 'sh-putuo-sfj-2026' ? 'p22' : 'p27')] })]);
  });
});
