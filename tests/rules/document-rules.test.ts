import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { WorkbookGrid } from '../../src/domain/grid/types';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument, runRules } from '../../src/domain/rules';
import { formatCheckReportText, buildCheckReport } from '../../src/domain/report';
import { writeWorkbookBuffer } from '../../src/xlsx';
import { isAmountColumn, seed003, seedTable, seedWorkbook } from '../fixtures/seeds/build';
import type { Seed } from '../fixtures/seeds/types';
import { runCli } from '../cli/run-cli';
import { brief, cloneSeed, editSeed, fixedSeed000, ofRule } from './helpers';

function check(seed: Seed, layout: 'sheets' | 'stacked' = 'sheets') {
  const doc = recognizeWorkbook(seedWorkbook(seed, layout));
  return { doc, ...checkDocument(doc) };
}

function everyAmount(seed: Seed, value: (text: string) => string): Seed {
  const s = cloneSeed(seed);
  for (const t of s.tables) t.rows = t.rows.map((r) => r.map((v, col) => (isAmountColumn(t.columns[col]) ? value(v) : v)));
  return s;
}

describe('D.unread: nothing could be checked is an error, never a clean pass', () => {
  it('no table at all', () => {
    const doc = recognizeWorkbook({ sheets: [{ name: 'Sheet1', values: [['工资表'], ['张三', 100], ['李四', 200]] }] });
    const found = ofRule(checkDocument(doc).findings, 'D.unread');
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0].message).toContain('没有识别出任何一张预算公开表');
  });

  it('every amount an error value (#VALUE!, #REF!)', () => {
    const { findings, summary } = check(everyAmount(seed003, (v) => (v === '' ? '' : '#VALUE!')));
    const found = ofRule(findings, 'D.unread');
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0].cells[0]).toBe('表1!B7');
    expect(summary.errors).toBeGreaterThan(0);
  });

  it('the CLI exits 1 on both', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unread-'));
    const none = path.join(dir, 'none.xlsx');
    const errors = path.join(dir, 'errors.xlsx');
    writeFileSync(none, await writeWorkbookBuffer({ sheets: [{ name: 'Sheet1', values: [['工资表'], ['张三', 100]] }] }));
    writeFileSync(errors, await writeWorkbookBuffer(seedWorkbook(everyAmount(seed003, (v) => (v === '' ? '' : '#REF!')), 'sheets')));
    expect(runCli(['check', none]).status).toBe(1);
    const r = runCli(['check', errors, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.some((f: { rule: string; severity: string }) => f.rule === 'D.unread' && f.severity === 'error')).toBe(true);
  });

  it('a few error cells among figures are the C.text / recognizer business, not D.unread', () => {
    const s = editSeed(seed003, [{ table: 'T10', row: '公务接待费', role: 'total', text: '#REF!' }]);
    expect(ofRule(check(s).findings, 'D.unread')).toEqual([]);
  });
});

describe('D.empty: tables without any amount are not "没有发现问题"', () => {
  it('a warning naming the tables, and the text report does not say 没有发现问题', () => {
    const { doc, findings } = check(everyAmount(seed003, () => ''));
    const found = ofRule(findings, 'D.empty');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0].cells).toHaveLength(13);
    const text = formatCheckReportText(buildCheckReport('x.xlsx', doc, checkDocument(doc).findings), { doc });
    expect(text).not.toContain('没有发现问题');
    expect(text).toContain('表中还没有金额');
  });

  it('zeros are amounts (a freshly inserted template computed to 0 stays silent)', () => {
    expect(ofRule(check(everyAmount(seed003, (v) => (v === '' ? '' : '0.00'))).findings, 'D.empty')).toEqual([]);
  });
});

describe('D.negative', () => {
  it('a warning per table naming the negative cells', () => {
    const s = editSeed(fixedSeed000(), [
      { table: 'T06', row: '办公费', role: 'total', text: '-21.79' },
      { table: 'T06', row: '办公费', role: 'publicUse', text: '-21.79' },
    ]);
    const found = ofRule(check(s).findings, 'D.negative');
    expect(found.map((f) => [f.severity, f.cells])).toEqual([['warning', ['表6!C23', '表6!E23']]]);
    expect(found[0].message).toContain('表6!C23（-21.79）');
  });

  it('none in the seeds', () => {
    expect(ofRule(check(seed003).findings, 'D.negative')).toEqual([]);
  });
});

describe('D.consistency: year, 部门名称 and 单位 across the tables', () => {
  it('one table with another year in its title: a warning naming its title cell and one that agrees', () => {
    const s = cloneSeed(seed003);
    seedTable(s, 'T05').title = '2023年一般公共预算支出预算表（不含上年结转）';
    const found = ofRule(check(s).findings, 'D.consistency');
    expect(found.map((f) => [f.severity, f.cells])).toEqual([['warning', ['表5!A1', '表1!A2']]]);
    expect(found[0].message).toContain('表5的年度是“2023年”');
    expect(found[0].message).toContain('其他各表是“2024年”');
  });

  it('another 部门名称 in two tables: one warning naming both department cells', () => {
    const s = cloneSeed(seed003);
    for (const id of ['T07', 'T08'] as const) seedTable(s, id).departmentLine = '部门名称：长治市屯留区政务服务中心';
    const found = ofRule(check(s, 'stacked').findings, 'D.consistency');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('表7、表8的部门名称是“长治市屯留区政务服务中心”');
    expect(found[0].cells.slice(0, 2)).toEqual([expect.stringMatching(/^预算公开表!A\d+$/), expect.stringMatching(/^预算公开表!A\d+$/)]);
  });

  it('spaces and bracket styles do not make two names differ', () => {
    const s = cloneSeed(seed003);
    seedTable(s, 'T07').departmentLine = '部门名称： 长治市屯留区行政审批服务管理局 ';
    expect(ofRule(check(s).findings, 'D.consistency')).toEqual([]);
  });

  it('one table in 元 among 万元 tables: a warning naming its 单位 cell', () => {
    const s = cloneSeed(seed003);
    seedTable(s, 'T03').unitLine = '单位：元';
    const found = ofRule(check(s).findings, 'D.consistency');
    expect(found.map((f) => f.cells[0])).toEqual(['表3!E3']);
    expect(found[0].message).toContain('金额单位是“元”');
  });

  it('a 元 document with the 三公 and 机关运行经费 tables in 万元 (the usual way) says nothing about units', () => {
    const s = cloneSeed(seed003);
    for (const t of s.tables) if (t.id !== 'T10' && t.id !== 'T11') t.unitLine = '单位：元';
    expect(ofRule(check(s).findings, 'D.consistency')).toEqual([]);
  });

  it('the 情况说明 title: year and department compared with the tables, naming the line cell', () => {
    const doc = recognizeWorkbook(seedWorkbook(seed003, 'sheets'));
    const narrative = {
      text: '长治市屯留区政务服务中心2023年部门预算情况说明\n一、部门预算收支数据变动情况\n本部门2024年收入预算……',
      lineCells: ['情况说明!A1', '情况说明!A2', '情况说明!A3'],
    };
    const found = ofRule(runRules(doc, { narrative }).findings, 'D.consistency');
    expect(brief(found)).toEqual(['warning D.consistency / 情况说明!A1,表1!A2', 'warning D.consistency / 情况说明!A1,表1!A2']);
    expect(found[0].message).toContain('写的是 2023 年，各表是 2024 年');
    expect(found[1].message).toContain('“长治市屯留区政务服务中心”');
    const right = { text: '长治市屯留区行政审批服务管理局2024年部门预算情况说明', lineCells: ['情况说明!A1'] };
    expect(ofRule(runRules(doc, { narrative: right }).findings, 'D.consistency')).toEqual([]);
  });

  it('the seeds, both layouts: nothing', () => {
    for (const layout of ['sheets', 'stacked'] as const) expect(ofRule(check(seed003, layout).findings, 'D.consistency')).toEqual([]);
  });
});

describe('T01.split: 表1 当年预算安排 / 上年结转安排', () => {
  it('seed 003 (with 0.43 carried over) agrees', () => {
    const r = runRules(recognizeWorkbook(seedWorkbook(seed003, 'sheets')));
    expect(ofRule(r.findings, 'T01.split')).toEqual([]);
    expect(r.notApplicable.filter((n) => n.rule === 'T01.split')).toEqual([]);
  });

  it('the carry-over booked as 当年预算安排: an error on each column', () => {
    const s = editSeed(seed003, [
      { table: 'T01', row: '本年支出合计', role: 'currentYear', text: '1222.80', side: 'expenditure' },
      { table: 'T01', row: '本年支出合计', role: 'carryOverUse', text: '', side: 'expenditure' },
    ]);
    const found = ofRule(runRules(recognizeWorkbook(seedWorkbook(s, 'sheets'))).findings, 'T01.split');
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([
      ['error', '1222.80', '1222.37'],
      ['error', '0.00', '0.43'],
    ]);
  });

  it('a 表1 without the two columns: nothing to compare, nothing said', () => {
    const grid: WorkbookGrid = seedWorkbook(seed003, 'sheets');
    const t1 = grid.sheets[0];
    t1.values = t1.values.map((row) => row.slice(0, 4));
    const r = runRules(recognizeWorkbook(grid));
    expect(ofRule(r.findings, 'T01.split')).toEqual([]);
    expect(r.notApplicable.filter((n) => n.rule === 'T01.split')).toEqual([]);
  });
});
