import type { AmountRole, RowKind, TableId } from '../../model/types';
import type { CellSelector, Relation, Rule } from '../types';
import { FISCAL, SOURCES, STRICT } from './in-table';

const CODED: readonly RowKind[] = ['class', 'section', 'item'];

function source(table: TableId, key: string): CellSelector {
  return { table, rows: { kind: 'source', side: 'income', keys: [key] }, role: 'amount' };
}

function totalRow(table: TableId, role: AmountRole, side?: 'income' | 'expenditure'): CellSelector {
  return { table, rows: { kind: 'total', ...(side ? { side } : {}) }, role };
}

/** A T12/T13 column: its 合计 row, or Σ its projects where the table prints no 合计 row. */
function projectColumn(table: 'T12' | 'T13', role: AmountRole): CellSelector {
  return { table, rows: { kind: 'total' }, role, orSumOf: { kind: 'project' } };
}

/** T04 类 rows, one funding column, against the 类 rows of the table of that fund. */
function classBySource(id: string, role: AmountRole, table: TableId, tableWords: string, side?: 'expenditure'): Rule {
  return {
    id,
    family: 'crossTable',
    tables: ['T04', table],
    title: `表4 与${tableWords} 分类支出`,
    description:
      `表4 财政拨款收支总表每个支出类级科目的“${role === 'general' ? '一般公共预算' : role === 'fund' ? '政府性基金预算' : '国有资本经营预算'}”列 = ${tableWords}该类的合计，再加上该类的上年结转：` +
      `${tableWords}不含上年结转，表4 含上年结转（如某类 1,059.34 + 结转 0.43 = 1,059.77 并不矛盾）。结转数取表1该类的“上年结转安排”（没有表1时取表4的上年财政拨款结转）作为允许的差额上限。类按名称对应。`,
    severity: STRICT,
    relations: [
      {
        kind: 'pairs',
        by: 'expenditureClass',
        left: { table: 'T04', rows: { kind: 'class', side: 'expenditure' }, roles: [role] },
        right: { table, rows: { kind: 'class', ...(side ? { side } : {}) }, roles: ['total'] },
        compare: 'equal',
        slack: { table: 'T01', rows: { kind: 'class', side: 'expenditure' }, roles: ['carryOverUse'] },
        slackFallback: { table: 'T04', rows: { kind: 'carryOver', side: 'income' }, role: 'amount', pick: 'sum' },
      },
    ],
  };
}

function byCode(id: string, table: TableId, short: string, tableWords: string, role: AmountRole, roleWords: string, side?: 'expenditure'): Rule {
  return {
    id,
    family: 'crossTable',
    tables: [table, 'T02'],
    title: `${short} 与表2 逐科目`,
    description: `${tableWords}每个科目（含合计）的合计 = 表2 收入总表同一科目的“${roleWords}”列。只在一张表列出的科目按 0 比较。`,
    severity: STRICT,
    relations: [
      {
        kind: 'pairs',
        by: 'code',
        includeTotals: true,
        left: { table, rows: { kind: CODED, ...(side ? { side } : {}) }, roles: ['total'] },
        right: { table: 'T02', rows: { kind: CODED }, roles: [role] },
        compare: 'equal',
      },
    ],
  };
}

const sourceEqualities = (a: TableId, b: TableId, keys: readonly AmountRole[]): Relation[] =>
  keys.map((k) => ({ kind: 'equal', a: source(a, k), b: source(b, k) }));

export const CROSS_TABLE_RULES: readonly Rule[] = [
  {
    id: 'X.T01-T02',
    family: 'crossTable',
    tables: ['T01', 'T02'],
    title: '表1 与表2 收入',
    description: '表1 收支总表的每个收入来源 = 表2 收入总表合计行的同名列；表1 本年收入合计 = 表2 合计；表1 上年结转 = 表2 上年结转。',
    severity: STRICT,
    relations: [
      ...SOURCES.map((k): Relation => ({ kind: 'equal', a: source('T01', k), b: totalRow('T02', k), ifPresent: true })),
      {
        kind: 'equal',
        a: { table: 'T01', rows: { kind: 'incomeSubtotal', side: 'income' }, role: 'amount', orSumOf: { kind: 'source', side: 'income', keys: SOURCES, topLevel: true } },
        b: totalRow('T02', 'total'),
      },
      { kind: 'equal', a: { table: 'T01', rows: { kind: 'carryOver', side: 'income' }, role: 'amount' }, b: totalRow('T02', 'carryOver'), ifPresent: true },
    ],
  },
  {
    id: 'X.T01-T03',
    family: 'crossTable',
    tables: ['T01', 'T03'],
    title: '表1 与表3 支出',
    description: '表1 收支总表每个支出类级科目的合计 = 表3 支出总表同一类的合计（类按名称对应）；表1 本年支出合计 = 表3 合计。',
    severity: STRICT,
    relations: [
      {
        kind: 'pairs',
        by: 'expenditureClass',
        left: { table: 'T01', rows: { kind: 'class', side: 'expenditure' }, roles: ['total'] },
        right: { table: 'T03', rows: { kind: 'class' }, roles: ['total'] },
        compare: 'equal',
      },
      {
        kind: 'equal',
        a: { table: 'T01', rows: { kind: 'expenditureSubtotal', side: 'expenditure' }, role: 'total', orSumOf: { kind: 'class', side: 'expenditure' } },
        b: totalRow('T03', 'total'),
      },
    ],
  },
  {
    id: 'X.T02-T03',
    family: 'crossTable',
    tables: ['T02', 'T03'],
    title: '表2 与表3 逐科目',
    description: '表2 与表3 列出相同的科目；每个科目（含合计）：表3 合计 = 表2 本年收入合计 + 表2 上年结转（如 2010302：80.43 = 80.00 + 0.43）。只在一张表列出的科目按 0 比较。',
    severity: STRICT,
    relations: [
      {
        kind: 'pairs',
        by: 'code',
        includeTotals: true,
        left: { table: 'T03', rows: { kind: CODED }, roles: ['total'] },
        right: { table: 'T02', rows: { kind: CODED }, roles: ['total', ['carryOver']] },
        compare: 'equal',
      },
    ],
  },
  {
    id: 'X.T04-T01',
    family: 'crossTable',
    tables: ['T04', 'T01'],
    title: '表4 与表1 财政拨款收入',
    description: '表4 财政拨款收支总表的一般公共预算、政府性基金预算、国有资本经营预算收入 = 表1 收支总表的同名收入。',
    severity: STRICT,
    relations: sourceEqualities('T04', 'T01', FISCAL),
  },
  {
    id: 'X.T05-T01',
    family: 'crossTable',
    tables: ['T05', 'T01'],
    title: '表5 与表1 一般公共预算',
    description: '表5 一般公共预算支出表合计（不含上年结转）= 表1 收支总表的一般公共预算收入。',
    severity: STRICT,
    relations: [{ kind: 'equal', a: totalRow('T05', 'total'), b: source('T01', 'general') }],
  },
  byCode('X.T05-T02', 'T05', '表5', '表5 一般公共预算支出表', 'general', '一般公共预算'),
  {
    id: 'X.T02-T05',
    family: 'crossTable',
    tables: ['T02', 'T05', 'T08', 'T09'],
    title: '表2 财政拨款与表5、表8、表9 逐科目',
    description:
      '表2 收入总表只列“财政拨款收入”一列（不分一般公共预算、政府性基金、国有资本经营预算）时：每个科目（含合计）的财政拨款收入 = ' +
      '表5 一般公共预算支出 + 表8 政府性基金预算支出 + 表9 国有资本经营预算支出同一科目的合计。只在一张表列出的科目按 0 比较。',
    severity: STRICT,
    relations: [
      {
        kind: 'pairs',
        by: 'code',
        includeTotals: true,
        left: { table: 'T02', rows: { kind: CODED }, roles: ['appropriation'] },
        right: { table: 'T05', rows: { kind: CODED }, roles: ['total'] },
        alsoRight: [
          { table: 'T08', rows: { kind: CODED }, roles: ['total'] },
          { table: 'T09', rows: { kind: CODED, side: 'expenditure' }, roles: ['total'] },
        ],
        compare: 'equal',
        ifPresent: true,
      },
    ],
  },
  {
    id: 'X.T07-T04',
    family: 'crossTable',
    tables: ['T07', 'T04'],
    title: '表7 与表4 政府性基金收入',
    description: '表7 政府性基金预算收入表合计 = 表4 财政拨款收支总表的政府性基金预算收入。',
    severity: STRICT,
    relations: [{ kind: 'equal', a: totalRow('T07', 'amount'), b: source('T04', 'fund') }],
  },
  {
    id: 'X.T08-T04',
    family: 'crossTable',
    tables: ['T08', 'T04'],
    title: '表8 与表4 政府性基金支出',
    description: '表8 政府性基金预算支出表合计 = 表4 财政拨款收支总表的政府性基金预算收入（= 表7 合计）。',
    severity: STRICT,
    relations: [{ kind: 'equal', a: totalRow('T08', 'total'), b: source('T04', 'fund') }],
  },
  byCode('X.T08-T02', 'T08', '表8', '表8 政府性基金预算支出表', 'fund', '政府性基金'),
  {
    id: 'X.T09-T04',
    family: 'crossTable',
    tables: ['T09', 'T04'],
    title: '表9 与表4 国有资本经营预算',
    description: '表9 国有资本经营预算收支表的收入合计与支出合计 = 表4 财政拨款收支总表的国有资本经营预算收入。',
    severity: STRICT,
    relations: [
      { kind: 'equal', a: totalRow('T09', 'amount', 'income'), b: source('T04', 'stateCapital') },
      { kind: 'equal', a: totalRow('T09', 'total', 'expenditure'), b: source('T04', 'stateCapital') },
    ],
  },
  byCode('X.T09-T02', 'T09', '表9', '表9 国有资本经营预算支出', 'stateCapital', '国有资本经营预算', 'expenditure'),
  classBySource('X.T04-T05', 'general', 'T05', '表5'),
  classBySource('X.T04-T08', 'fund', 'T08', '表8'),
  classBySource('X.T04-T09', 'stateCapital', 'T09', '表9', 'expenditure'),
  {
    id: 'X.T05-T06',
    family: 'crossTable',
    tables: ['T05', 'T06'],
    title: '表5 与表6 基本支出',
    description: '表5 一般公共预算支出表的基本支出合计 = 表6 基本支出经济分类表的合计。',
    severity: STRICT,
    relations: [{ kind: 'equal', a: totalRow('T05', 'basic'), b: totalRow('T06', 'total') }],
  },
  {
    id: 'X.T05-T12',
    family: 'crossTable',
    tables: ['T05', 'T12'],
    title: '表5 与表12 项目支出',
    description: '表5 一般公共预算支出表的项目支出合计 = 表12 项目支出表（本年预算）一般公共预算列的合计（表12 没有合计行时取各项目之和）。',
    severity: STRICT,
    relations: [{ kind: 'equal', a: totalRow('T05', 'project'), b: projectColumn('T12', 'general') }],
  },
  {
    id: 'X.T08-T12',
    family: 'crossTable',
    tables: ['T08', 'T12'],
    title: '表8 与表12 项目支出',
    description: '表8 政府性基金预算支出表的项目支出合计 = 表12 项目支出表（本年预算）政府性基金预算列的合计。',
    severity: STRICT,
    relations: [{ kind: 'equal', a: totalRow('T08', 'project'), b: projectColumn('T12', 'fund') }],
  },
  {
    id: 'X.T09-T12',
    family: 'crossTable',
    tables: ['T09', 'T12'],
    title: '表9 与表12 项目支出',
    description: '表9 国有资本经营预算支出的项目支出合计 = 表12 项目支出表（本年预算）国有资本经营预算列的合计。',
    severity: STRICT,
    relations: [{ kind: 'equal', a: totalRow('T09', 'project', 'expenditure'), b: projectColumn('T12', 'stateCapital') }],
  },
  {
    id: 'X.T03-T12',
    family: 'crossTable',
    tables: ['T03', 'T12', 'T13'],
    title: '表3 与表12、表13 项目支出',
    description: '表3 支出总表的项目支出合计 = 表12（本年预算）合计 + 表13（上年结转）合计。',
    severity: STRICT,
    relations: [{ kind: 'sum', total: totalRow('T03', 'project'), parts: [projectColumn('T12', 'total'), projectColumn('T13', 'total')] }],
  },
  {
    id: 'X.T06-T10',
    family: 'crossTable',
    tables: ['T06', 'T10'],
    title: '表6 与表10 “三公”经费',
    description:
      '表6 基本支出中的公务接待费、公务用车运行维护费、因公出国（境）费用、公务用车购置 ≤ 表10 “三公”经费表的对应项目（一般公共预算列）。' +
      '表6 只含基本支出，而“三公”经费还包括项目支出安排的部分，所以表10 可以更大，相等是常见情况；表6 更大才需要核对。',
    severity: { mismatch: 'warning', smaller: 'info' },
    hint: '表6 只是基本支出，不应大于包含项目支出的“三公”经费。',
    smallerHint: '表10 多出的部分应是项目支出安排的“三公”经费，属正常情况，请确认。',
    relations: [
      {
        kind: 'pairs',
        by: 'threePublicItem',
        left: { table: 'T06', rows: { kind: 'econItem' }, roles: ['total'] },
        right: { table: 'T10', rows: { kind: 'threePublic' }, roles: [['general', 'total', 'amount']] },
        compare: 'partOf',
        unpairedLeft: 'zero',
        unpairedRight: 'skip',
      },
    ],
  },
  {
    id: 'X.T11-T06',
    family: 'crossTable',
    tables: ['T11', 'T06'],
    title: '表11 与表6 机关运行经费',
    description:
      '表11 机关运行经费部门合计 ≤ 表6 公用经费合计。机关运行经费只含行政单位和参照公务员法管理的事业单位的公用经费，' +
      '所以可以比公用经费小（提示差额），通常相等；比公用经费大则需要核对（警告）。',
    severity: { mismatch: 'warning', smaller: 'info' },
    hint: '机关运行经费是公用经费的一部分，不应更大。',
    smallerHint: '机关运行经费不含非参公事业单位的公用经费，比公用经费小可能是正常的，请确认差额的来由。',
    relations: [{ kind: 'partOf', part: totalRow('T11', 'total'), whole: totalRow('T06', 'publicUse') }],
  },
];
