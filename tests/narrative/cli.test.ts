import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Money } from '../../src/domain/money';
import { narrativeInputsToJson, renderNarrativeInputsSheet } from '../../src/domain/narrative';
import { writeWorkbookBuffer } from '../../src/xlsx';
import { seed000PriorInputs } from '../fixtures/narratives';
import { seed000, seedWorkbook } from '../fixtures/seeds/build';
import { runCli } from '../cli/run-cli';

// Runs the compiled CLI (dist/): build it first with `npx tsc -p tsconfig.cli.json`.
const dir = mkdtempSync(path.join(tmpdir(), 'narrative-cli-'));
let plainBook: string;
let bookWithInputs: string;

beforeAll(async () => {
  plainBook = path.join(dir, '晋中.xlsx');
  writeFileSync(plainBook, await writeWorkbookBuffer(seedWorkbook(seed000, 'sheets')));
  const withSheet = seedWorkbook(seed000, 'sheets');
  withSheet.sheets.push(renderNarrativeInputsSheet(seed000PriorInputs));
  bookWithInputs = path.join(dir, '晋中-上年数.xlsx');
  writeFileSync(bookWithInputs, await writeWorkbookBuffer(withSheet));
});

describe('budget-tables narrative', () => {
  it('prints the draft; without inputs it lists the placeholders on stderr', () => {
    const r = runCli(['narrative', plainBook]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^一、部门预算收支数据变动情况及原因\n2023年度晋中市行政审批服务管理局预算收入总计2,692\.83万元/);
    expect(r.stdout).toMatch(/机关运行经费财政拨款预算154\.37万元，比上年增减【请填写：上年机关运行经费】/);
    expect(r.stderr).toMatch(/^还有 14 处待填写：【请填写：上年收入总计】/);
  });

  it('takes the inputs from the workbook’s 上年数 sheet', () => {
    const r = runCli(['narrative', bookWithInputs]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/比上年增加1,123\.43万元，增长71\.58%/);
    expect(r.stdout).toMatch(/154\.37万元，比上年减少1\.36万元，下降0\.87%，主要原因是公用经费标准降低。/);
    expect(r.stderr).toBe('还有 1 处待填写：【请填写：主要原因】。上年数可写在 --prior 文件或工作簿的“上年数”工作表中。\n');
  });

  it('--prior overrides the sheet key by key; --format json has sections and placeholders', () => {
    const prior = path.join(dir, 'prior.json');
    writeFileSync(prior, JSON.stringify({ operatingCosts: 150, reasons: { 五: '新增考入人员' } }));
    const r = runCli(['narrative', bookWithInputs, '--prior', prior, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['file', 'sections', 'placeholders']);
    expect(json.file).toBe(bookWithInputs);
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(json.sections[7]).toEqual({
      id: '八',
      title: '机关运行经费增减变动原因说明',
      text: '2023年晋中市行政审批服务管理局机关运行经费财政拨款预算154.37万元，比上年增加4.37万元，增长2.91%，主要原因是公用经费标准降低。',
    });
    expect(json.sections[4].text).toMatch(/增长53\.19%，主要原因是新增考入人员。/);
    expect(json.placeholders).toEqual([]);
  });

  it('a prior.json alone is enough', () => {
    const prior = path.join(dir, 'prior-all.json');
    writeFileSync(prior, JSON.stringify({ ...narrativeInputsToJson(seed000PriorInputs), generalBudgetAppropriation: 1569.4 }));
    const json = JSON.parse(runCli(['narrative', plainBook, '--prior', prior, '--format', 'json']).stdout);
    expect(json.placeholders).toEqual(['【请填写：主要原因】']);
    expect(json.sections[6].text).toMatch(/^2023年财政拨款安排的“三公”经费预算0\.50万元，与2022年预算数相同。/);
  });

  it('exits 2 with a Chinese message on a bad prior.json, a bad 上年数 cell or an unreadable file', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ revenueTotal: 'abc', threePublic: { car: 1 } }));
    let r = runCli(['narrative', plainBook, '--prior', bad]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.json 的键“revenueTotal”“abc”不是金额/);
    expect(r.stderr).toMatch(/bad\.json 的键“threePublic\.car”不认识/);

    writeFileSync(bad, '{not json');
    expect(runCli(['narrative', plainBook, '--prior', bad]).stderr).toMatch(/不是有效的 JSON/);
    expect(runCli(['narrative', plainBook, '--prior', path.join(dir, 'nope.json')]).stderr).toMatch(/找不到或无法打开上年数文件/);

    const book = seedWorkbook(seed000, 'sheets');
    const sheet = renderNarrativeInputsSheet({ operatingCosts: new Money('1') });
    sheet.values[2][1] = '去年的数';
    book.sheets.push(sheet);
    const badSheet = path.join(dir, 'bad-sheet.xlsx');
    writeFileSync(badSheet, await writeWorkbookBuffer(book));
    r = runCli(['narrative', badSheet]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/上年数!B3（上年收入总计）“去年的数”不是金额/);

    const notXlsx = path.join(dir, 'broken.xlsx');
    writeFileSync(notXlsx, 'not a workbook');
    r = runCli(['narrative', notXlsx]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/不是有效的 .xlsx/);
    expect(runCli(['narrative', path.join(dir, 'missing.xlsx')]).stderr).toMatch(/找不到或无法打开文件/);
    expect(runCli(['narrative']).status).toBe(2);
    expect(runCli(['narrative', plainBook, '--format', 'xml']).stderr).toMatch(/--format 只能是 text 或 json/);
  });
});
