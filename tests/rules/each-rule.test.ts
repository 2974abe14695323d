import type { Severity } from '../../src/domain/findings/types';
import type { BudgetDocument } from '../../src/domain/model/types';
import { RULES, runRules } from '../../src/domain/rules';
import { isAmountColumn, seed000, seed003, seedTable } from '../fixtures/seeds/build';
import type { Seed } from '../fixtures/seeds/types';
import { brief, CellEdit, cloneSeed, docOf, editSeed, fixedSeed000, rowIndex } from './helpers';

const FIXED = fixedSeed000();

type Base = 'fixed' | 'seed000' | 'seed003';
const BASES: Record<Base, Seed> = { fixed: FIXED, seed000, seed003 };

interface Case {
  rule: string;
  /** What is changed, in words (the test name). */
  change: string;
  base?: Base;
  edits?: CellEdit[];
  mutate?: (seed: Seed) => void;
  /** Changes the recognized document instead of the workbook. */
  mutateDoc?: (doc: BudgetDocument) => void;
  severity: Severity;
  /** Where the rule has something to compare and says nothing (default: the fixed seed). */
  silentOn?: Base;
}

const e = (table: CellEdit['table'], row: string, role: CellEdit['role'], text: string, more: Partial<CellEdit> = {}): CellEdit => ({ table, row, role, text, ...more });
const both = (table: CellEdit['table'], row: string, roles: CellEdit['role'][], text: string, more: Partial<CellEdit> = {}): CellEdit[] =>
  roles.map((role) => e(table, row, role, text, more));
const EXP = { side: 'expenditure' } as const;
const INC = { side: 'income' } as const;

const CASES: Case[] = [
  { rule: 'T02.hierarchy', change: '表2 2010301 +1.00 (row still adds up)', edits: both('T02', '2010301', ['total', 'general'], '786.48'), severity: 'error' },
  { rule: 'T03.hierarchy', change: '表3 2010301 +1.00', edits: both('T03', '2010301', ['total', 'basic'], '786.48').map((x) => (x.role === 'basic' ? { ...x, text: '772.83' } : x)), severity: 'error' },
  { rule: 'T05.hierarchy', change: '表5 2010301 +1.00', edits: both('T05', '2010301', ['total', 'basic'], '786.48').map((x) => (x.role === 'basic' ? { ...x, text: '772.83' } : x)), severity: 'error' },
  { rule: 'T07.hierarchy', change: '表7 10301 +1.00', edits: [e('T07', '10301', 'amount', '289.72')], severity: 'error' },
  { rule: 'T08.hierarchy', change: '表8 21208 +1.00', edits: both('T08', '21208', ['total', 'project'], '289.72'), severity: 'error' },
  { rule: 'T09.hierarchy', change: '表9 income 201 1.00 under a 合计 of 0.00', base: 'seed000', edits: [e('T09', '201', 'amount', '1.00', INC)], severity: 'error', silentOn: 'seed000' },
  { rule: 'T06.hierarchy', change: '表6 基本工资 +1.00', edits: both('T06', '基本工资', ['total', 'personnel'], '291.39'), severity: 'error' },
  { rule: 'T11.units', change: '表11 unit +1.00', edits: both('T11', '晋中市行政审批服务管理局', ['total', 'general'], '155.37'), severity: 'error' },
  { rule: 'T12.projects', change: '表12 单位运转经费 +1.00 under its unit subtotal', base: 'seed003', edits: both('T12', '单位运转经费', ['total', 'general'], '81.00'), severity: 'error', silentOn: 'seed003' },
  { rule: 'T13.projects', change: '表13 project +1.00', base: 'seed003', edits: both('T13', '常村矿幼儿园消防鉴定与安全评估工作经费', ['total', 'general'], '1.43'), severity: 'error', silentOn: 'seed003' },
  { rule: 'T01.row', change: '表1 一般公共服务支出 当年预算安排 −1.00', edits: [e('T01', '一、一般公共服务支出', 'currentYear', '1,938.57', EXP)], severity: 'error' },
  { rule: 'T02.row', change: '表2 2010301 政府性基金 1.00', edits: [e('T02', '2010301', 'fund', '1.00')], severity: 'error' },
  { rule: 'T03.row', change: '表3 2010301 项目支出 +1.00', edits: [e('T03', '2010301', 'project', '14.65')], severity: 'error' },
  { rule: 'T04.row', change: '表4 一般公共服务支出 政府性基金 1.00', edits: [e('T04', '一、一般公共服务支出', 'fund', '1.00', EXP)], severity: 'error' },
  { rule: 'T05.row', change: '表5 2010301 项目支出 +1.00', edits: [e('T05', '2010301', 'project', '14.65')], severity: 'error' },
  { rule: 'T06.row', change: '表6 基本工资 公用经费 1.00', edits: [e('T06', '基本工资', 'publicUse', '1.00')], severity: 'error' },
  { rule: 'T08.row', change: '表8 2120899 基本支出 1.00', edits: [e('T08', '2120899', 'basic', '1.00')], severity: 'error' },
  { rule: 'T09.row', change: '表9 expenditure 201 基本支出 1.00', base: 'seed000', edits: [e('T09', '201', 'basic', '1.00', EXP)], severity: 'error', silentOn: 'seed000' },
  { rule: 'T10.row', change: '表10 公务接待费 政府性基金 1.00', edits: [e('T10', '公务接待费', 'fund', '1.00')], severity: 'error' },
  { rule: 'T11.row', change: '表11 unit 政府性基金 1.00', edits: [e('T11', '晋中市行政审批服务管理局', 'fund', '1.00')], severity: 'error' },
  { rule: 'T12.row', change: '表12 project 财政专户管理资金 1.00', edits: [e('T12', '残疾人就业保障金', 'specialAccount', '1.00')], severity: 'error' },
  { rule: 'T13.row', change: '表13 project 政府性基金 1.00', base: 'seed003', edits: [e('T13', '常村矿幼儿园消防鉴定与安全评估工作经费', 'fund', '1.00')], severity: 'error', silentOn: 'seed003' },
  { rule: 'T10.items', change: '表10 ①公务用车购置费 1.00 (row adds up)', edits: both('T10', '①公务用车购置费', ['total', 'general'], '1.00'), severity: 'error' },
  { rule: 'T01.income', change: '表1 财政专户管理资金 1.00', edits: [e('T01', '四、财政专户管理资金', 'amount', '1.00', INC)], severity: 'error' },
  { rule: 'T01.expenditure', change: '表1 外交支出 1.00 (row adds up)', edits: both('T01', '二、外交支出', ['total', 'currentYear'], '1.00', EXP), severity: 'error' },
  { rule: 'T01.balance', change: '表1 收入总计 +1.00', edits: [e('T01', '收入总计', 'amount', '2,693.83', INC)], severity: 'error' },
  {
    rule: 'T01.split',
    change: '表1 本年支出合计 当年预算安排 −1.00, 上年结转安排 +1.00 (the row still adds up)',
    edits: [e('T01', '本年支出合计', 'currentYear', '2,691.83', EXP), e('T01', '本年支出合计', 'carryOverUse', '1.00', EXP)],
    severity: 'error',
  },
  { rule: 'T04.income', change: '表4 国有资本经营预算 1.00', edits: [e('T04', '三、国有资本经营预算', 'amount', '1.00', INC)], severity: 'error' },
  { rule: 'T04.expenditure', change: '表4 外交支出 1.00 (row adds up)', edits: both('T04', '二、外交支出', ['total', 'general'], '1.00', EXP), severity: 'error' },
  { rule: 'T04.balance', change: '表4 收入总计 +1.00', edits: [e('T04', '收入总计', 'amount', '2,693.83', INC)], severity: 'error' },
  { rule: 'T09.balance', change: '表9 收入合计 1.00', base: 'seed000', edits: [e('T09', '合计', 'amount', '1.00', INC)], severity: 'error', silentOn: 'seed000' },
  {
    rule: 'T06.classification',
    change: '表6 对个人和家庭的补助 moved from 人员经费 to 公用经费 (every sum still holds)',
    edits: [
      ...['对个人和家庭的补助', '退休费', '奖励金'].flatMap((row, i) => [e('T06', row, 'personnel', ''), e('T06', row, 'publicUse', ['47.60', '46.52', '1.08'][i])]),
      e('T06', '合计', 'personnel', '1,457.06'),
      e('T06', '合计', 'publicUse', '201.97'),
    ],
    severity: 'warning',
  },
  { rule: 'X.T01-T02', change: '表1 一般公共预算 +1.00', edits: [e('T01', '一、一般公共预算', 'amount', '2,405.11', INC)], severity: 'error' },
  { rule: 'X.T01-T03', change: '表3 208 +1.00', edits: [e('T03', '208', 'total', '202.69')], severity: 'error' },
  { rule: 'X.T02-T03', change: '表2 2010301 合计 +1.00', edits: [e('T02', '2010301', 'total', '786.48')], severity: 'error' },
  { rule: 'X.T04-T01', change: '表4 一般公共预算 income +1.00', edits: [e('T04', '一、一般公共预算', 'amount', '2,405.11', INC)], severity: 'error' },
  { rule: 'X.T05-T01', change: '表5 合计 +1.00', edits: [e('T05', '合计', 'total', '2,405.11')], severity: 'error' },
  { rule: 'X.T05-T02', change: '表5 2010301 合计 +1.00', edits: [e('T05', '2010301', 'total', '786.48')], severity: 'error' },
  {
    rule: 'X.T02-T05',
    change: '表2 prints one 财政拨款收入 column (its 一般公共预算 read as 财政拨款): 212 基金 codes are missing from it',
    mutateDoc: (doc) => {
      const t02 = doc.tables.find((t) => t.id === 'T02')!;
      for (const c of t02.columns) if (c.role === 'general') c.role = 'appropriation';
      for (const r of t02.rows) {
        if (r.amounts.general) r.amounts.appropriation = r.amounts.general;
        delete r.amounts.general;
      }
    },
    severity: 'error',
  },
  { rule: 'X.T07-T04', change: '表7 合计 +1.00', edits: [e('T07', '合计', 'amount', '289.72')], severity: 'error' },
  { rule: 'X.T08-T04', change: '表8 合计 +1.00', edits: [e('T08', '合计', 'total', '289.72')], severity: 'error' },
  { rule: 'X.T08-T02', change: '表8 2120899 合计 +1.00', edits: [e('T08', '2120899', 'total', '289.72')], severity: 'error' },
  { rule: 'X.T09-T04', change: '表9 支出合计 1.00', edits: [e('T09', '合计', 'total', '1.00', { side: 'expenditure', labelSide: 'any' })], severity: 'error' },
  { rule: 'X.T09-T02', change: '表9 expenditure 201 合计 1.00', base: 'seed000', edits: [e('T09', '201', 'total', '1.00', EXP)], severity: 'error', silentOn: 'seed000' },
  { rule: 'X.T04-T05', change: '表4 一般公共服务支出 +1.00 (row adds up)', edits: both('T04', '一、一般公共服务支出', ['total', 'general'], '1,940.57', EXP), severity: 'error', silentOn: 'seed003' },
  { rule: 'X.T04-T08', change: '表4 城乡社区支出 +1.00 (row adds up)', edits: both('T04', '十二、城乡社区支出', ['total', 'fund'], '289.72', EXP), severity: 'error' },
  { rule: 'X.T04-T09', change: '表4 一般公共服务支出 国有资本经营预算 1.00', edits: [e('T04', '一、一般公共服务支出', 'stateCapital', '1.00', EXP)], severity: 'error' },
  { rule: 'X.T05-T06', change: '表6 合计 +1.00', edits: [e('T06', '合计', 'total', '1,660.03')], severity: 'error' },
  { rule: 'X.T05-T12', change: '表12 残疾人就业保障金 +1.00', edits: both('T12', '残疾人就业保障金', ['total', 'general'], '14.00'), severity: 'error', silentOn: 'seed003' },
  { rule: 'X.T08-T12', change: '表12 行政审批业务经费 +1.00', edits: both('T12', '行政审批业务经费', ['total', 'fund'], '11.00'), severity: 'error' },
  { rule: 'X.T09-T12', change: '表12 国有资本经营预算 1.00', edits: [e('T12', '残疾人就业保障金', 'stateCapital', '1.00')], severity: 'error' },
  { rule: 'X.T03-T12', change: '表3 合计 项目支出 −1.00 (表12 + 表13 larger)', edits: [e('T03', '合计', 'project', '1,032.80')], severity: 'error', silentOn: 'seed003' },
  { rule: 'X.T03-T12', change: '表3 合计 项目支出 +1.00: an info (a 单位资金 carry-over project is not in 表13)', edits: [e('T03', '合计', 'project', '1,034.80')], severity: 'info' },
  { rule: 'X.T03-T12-carry', change: '表3 合计 项目支出 +1.00 with no carry-over at all', edits: [e('T03', '合计', 'project', '1,034.80')], severity: 'warning', silentOn: 'seed003' },
  {
    rule: 'X.T06-T10',
    change: '表10 公务接待费 0.20 below 表6 0.50 (表10 itself adds up)',
    edits: [...both('T10', '公务接待费', ['total', 'general'], '0.20'), ...both('T10', '合计', ['total', 'general'], '0.20')],
    severity: 'warning',
  },
  {
    rule: 'X.T06-T10',
    change: '表10 公务接待费 0.80 above 表6 0.50: an info naming the difference',
    edits: [...both('T10', '公务接待费', ['total', 'general'], '0.80'), ...both('T10', '合计', ['total', 'general'], '0.80')],
    severity: 'info',
  },
  {
    rule: 'X.T11-T06',
    change: '表11 160.00 above 表6 公用经费 154.37',
    edits: [...both('T11', '部门合计', ['total', 'general'], '160.00'), ...both('T11', '晋中市行政审批服务管理局', ['total', 'general'], '160.00')],
    severity: 'warning',
  },
  {
    rule: 'X.T11-T06',
    change: '表11 150.00 below 表6 公用经费 154.37: an info naming the difference',
    edits: [...both('T11', '部门合计', ['total', 'general'], '150.00'), ...both('T11', '晋中市行政审批服务管理局', ['total', 'general'], '150.00')],
    severity: 'info',
  },
  { rule: 'K.catalog', change: '表2 2010301 named 行政运行费', edits: [e('T02', '2010301', 'name', '行政运行费')], severity: 'warning' },
  { rule: 'K.catalog', change: '表2 a code the built-in list does not hold', edits: [e('T02', '2010399', 'code', '2010398')], severity: 'info' },
  { rule: 'K.names', change: '表5 2010301 named 行政运行（机关）', edits: [e('T05', '2010301', 'name', '行政运行（机关）')], severity: 'warning' },
  {
    rule: 'K.parents',
    change: '表3 without its 款 row 20805',
    mutate: (s) => {
      const t = seedTable(s, 'T03');
      t.rows.splice(rowIndex(t, '20805'), 1);
    },
    severity: 'warning',
  },
  {
    rule: 'K.order',
    change: '表3 2101101 and 2101102 swapped',
    mutate: (s) => {
      const t = seedTable(s, 'T03');
      const i = rowIndex(t, '2101101');
      [t.rows[i], t.rows[i + 1]] = [t.rows[i + 1], t.rows[i]];
    },
    severity: 'warning',
  },
  { rule: 'K.T05-blank', change: 'seed 000 as published (212 rows with blank amounts)', base: 'seed000', severity: 'warning' },
  { rule: 'K.T09-revenue', change: 'seed 000 as published (表9 income side lists 2xx codes)', base: 'seed000', severity: 'warning' },
  { rule: 'U.unit-line', change: '表6 figures in 万元 under 单位：元', mutate: (s) => void (seedTable(s, 'T06').unitLine = '单位：元'), severity: 'error' },
  { rule: 'E.note', change: '表13 without 注：本表无数据', mutate: (s) => void (seedTable(s, 'T13').notes = []), severity: 'warning' },
  { rule: 'E.figures', change: '表13 with a figure under 注：本表无数据', mutate: (s) => void (seedTable(s, 'T13').rows = [['某结转项目', '1.00', '1.00', '', '']]), severity: 'warning' },
  {
    rule: 'D.unread',
    change: 'every amount an error value (#REF!)',
    mutate: (s) => {
      for (const t of s.tables) t.rows = t.rows.map((r) => r.map((v, col) => (isAmountColumn(t.columns[col]) && v !== '' ? '#REF!' : v)));
    },
    severity: 'error',
  },
  {
    rule: 'D.empty',
    change: 'every amount blank',
    mutate: (s) => {
      for (const t of s.tables) t.rows = t.rows.map((r) => r.map((v, col) => (isAmountColumn(t.columns[col]) ? '' : v)));
    },
    severity: 'warning',
  },
  { rule: 'D.negative', change: '表10 公务接待费 −0.50', edits: both('T10', '公务接待费', ['total', 'general'], '-0.50'), severity: 'warning' },
  { rule: 'D.consistency', change: '表5 titled 2022年', mutate: (s) => void (seedTable(s, 'T05').title = '2022年一般公共预算支出预算表（不含上年结转）'), severity: 'warning' },
  {
    rule: 'C.text',
    change: 'a text amount the recognizer did not report',
    edits: [e('T10', '因公出国（境）费', 'total', '见附件')],
    mutateDoc: (doc) => {
      doc.problems = [];
    },
    severity: 'warning',
  },
];

function build(c: Case): BudgetDocument {
  let seed = cloneSeed(BASES[c.base ?? 'fixed']);
  if (c.edits) seed = editSeed(seed, c.edits);
  c.mutate?.(seed);
  const doc = docOf(seed);
  c.mutateDoc?.(doc);
  return doc;
}

describe('every rule fires', () => {
  it.each(CASES.map((c) => [c.rule, c.change, c] as const))('%s fires when: %s', (rule, _change, c) => {
    const findings = runRules(build(c)).findings;
    const mine = findings.filter((f) => f.rule === rule);
    expect(brief(mine)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${c.severity} ${rule.replace(/\./g, '\\.')}`))]));
    const hit = mine.find((f) => f.severity === c.severity)!;
    expect(hit.message.startsWith(RULES.find((r) => r.id === rule)!.title)).toBe(true);
    expect(hit.cells.length).toBeGreaterThan(0);
  });

  it('there is a firing case for every rule', () => {
    // The 绩效目标表 rules (P.*) need forms in the workbook: their cases are in tests/performance/rules.test.ts;
    // the 情况说明 rules (N.*) read a text: theirs are in tests/narrative/check.test.ts.
    expect(RULES.map((r) => r.id).filter((id) => !id.startsWith('P.') && !id.startsWith('N.') && !CASES.some((c) => c.rule === id))).toEqual([]);
  });
});

describe('every rule is silent on a consistent workbook', () => {
  const results = { fixed: runRules(docOf(FIXED)), seed000: runRules(docOf(seed000)), seed003: runRules(docOf(seed003)) };
  const silentOn = (id: string): Base => CASES.find((c) => c.rule === id && c.silentOn)?.silentOn ?? 'fixed';

  it.each(RULES.map((r) => [r.id]))('%s', (id) => {
    const base = silentOn(id);
    const result = results[base];
    expect(brief(result.findings.filter((f) => f.rule === id && f.severity !== 'info'))).toEqual([]);
    expect(result.notApplicable.filter((n) => n.rule === id)).toEqual([]);
    if (base === 'fixed') expect(brief(result.findings.filter((f) => f.rule === id))).toEqual([]);
  });

  it('and the fixed seed 000 gives no finding at all', () => {
    expect(brief(results.fixed.findings)).toEqual([]);
  });
});

describe('a text cell is not 0', () => {
  const seed = editSeed(FIXED, [e('T10', '公务接待费', 'total', '见附件')]);
  const doc = docOf(seed);
  const result = runRules(doc);

  it('the relations reading it are not checked, and say so', () => {
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const skipped = result.notApplicable.filter((n) => n.reason.includes('表10!B8'));
    expect(skipped.map((n) => n.rule).sort()).toEqual(['T10.items', 'T10.row']);
    expect(skipped[0].reason).toMatch(/不是数字/);
  });

  it('the cell is reported once, by the recognizer, not again by C.text', () => {
    expect(doc.problems.filter((p) => p.range === 'B8')).toHaveLength(1);
    expect(result.findings.filter((f) => f.rule === 'C.text')).toEqual([]);
  });
});
