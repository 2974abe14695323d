/**
 * Variations of the real documents that other departments and systems print: joined codes
 * instead of 类/款/项 columns, header synonyms, other empty-table notes and markers. Each is
 * built from ../shared/real with the project's own transformation, then checked through the
 * CLI: all tables recognized and no error (both documents have no table-level inconsistency).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../cli/run-cli';

const ROOT = path.resolve(__dirname, '..', '..');
const REAL = path.resolve(ROOT, '..', 'shared', 'real');
const BUILDER = path.resolve(ROOT, '..', 'shared', 'tools', 'real-to-xlsx.mjs');

interface RealTable {
  title: string;
  unit: string;
  header: string[][];
  rows: string[][];
  notes?: string;
}
interface RealDoc {
  tables: RealTable[];
  narrative?: unknown[];
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bda-variations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** 类 | 款 | 项 columns joined into one 科目编码 column ("204","06","01" → "2040601"). */
function joinCodes(t: RealTable): RealTable {
  const h = t.header;
  const split = h.length >= 3 && h[h.length - 1][0] === '类' && (h[h.length - 1][1] === '款');
  if (!split) return t;
  const hasItem = h[h.length - 1][2] === '项';
  const width = hasItem ? 3 : 2;
  const join = (row: string[]): string[] => [row.slice(0, width).join(''), ...row.slice(width)];
  return {
    ...t,
    header: h.slice(0, -1).map((row, i) => (i === h.length - 2 ? ['科目编码', ...row.slice(width)] : join(row))),
    rows: t.rows.map(join),
  };
}

const SYNONYMS: [RegExp, string][] = [
  [/^功能分类科目名称$/, '科目名称'],
  [/^部门预算经济分类科目编码$/, '经济分类科目编码'],
  [/^一般公共预算$/, '一般公共预算拨款'],
  [/^财政拨款收入$/, '财政拨款'],
];

function synonyms(t: RealTable): RealTable {
  const swap = (cell: string): string => SYNONYMS.reduce((c, [p, to]) => (p.test(c) ? to : c), cell);
  return { ...t, header: t.header.map((row) => row.map(swap)) };
}

const NOTES = ['注：本部门无政府性基金预算收支。', '本部门不涉及国有资本经营预算收支。', '说明：本部门2026年未安排此项预算，本表无数据。'];

function otherNotes(t: RealTable, k: number): RealTable {
  if (!t.notes) return t;
  return { ...t, notes: NOTES[k % NOTES.length], rows: t.rows.map((r) => (r[0] === '无' ? r.map((c, i) => (i === 0 ? '本部门无此项预算' : c)) : r)) };
}

/** The table starts one column to the right (a blank column A, as many exports print). */
function shiftRight(t: RealTable): RealTable {
  return { ...t, header: t.header.map((r) => ['', ...r]), rows: t.rows.map((r) => ['', ...r]) };
}

const VARIATIONS: [string, (t: RealTable, k: number) => RealTable][] = [
  ['columns shifted right by one', shiftRight],
  ['科目编码 in one column', joinCodes],
  ['header synonyms', synonyms],
  ['other empty-table notes and markers', otherNotes],
];

describe.each(['sh-putuo-sfj-2026', 'sh-putuo-swh-2025'])('%s', (name) => {
  const doc = JSON.parse(readFileSync(path.join(REAL, `${name}.json`), 'utf8')) as RealDoc;
  it.each(VARIATIONS)('%s: every table, no error', (label, vary) => {
    const varied: RealDoc = { ...doc, tables: doc.tables.map((t, k) => vary(t, k)), narrative: [] };
    const json = path.join(tmp, `${name}-${label.replace(/\W+/g, '')}.json`);
    writeFileSync(json, JSON.stringify(varied));
    const xlsx = json.replace(/\.json$/, '.xlsx');
    const built = spawnSync(process.execPath, [BUILDER, json, xlsx, '--layout', 'sheets'], { cwd: ROOT, encoding: 'utf8' });
    expect(built.stderr).toBe('');
    const r = runCli(['check', '--format', 'json', xlsx]);
    const report = JSON.parse(r.stdout) as { tables: { id: string }[]; findings: { rule: string; severity: string; message: string }[] };
    expect(report.tables.map((t) => t.id)).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T08', 'T09', 'T10', 'T11']);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'RECOGNIZE' && f.severity === 'warning').map((f) => f.message)).toEqual([]);
  });
});
