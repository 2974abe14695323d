import { FISCAL_ROLES, INCOME_SOURCE_ROLES } from '../../model/types';
import type { AmountRole, TableId } from '../../model/types';
import type { Relation, Rule, SeverityPolicy } from '../types';

/** The funding-source columns whose sum is a row's 合计 (T02, T10–T13), in every format. */
export const SOURCES: readonly AmountRole[] = INCOME_SOURCE_ROLES;
/** 财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算. */
export const FISCAL: readonly AmountRole[] = FISCAL_ROLES;

export const STRICT: SeverityPolicy = { mismatch: 'error' };

function codeHierarchy(table: TableId, title: string, what: string, relations?: Relation[]): Rule {
  return {
    id: `${table}.hierarchy`,
    family: 'hierarchy',
    tables: [table],
    title,
    description: `${what}：每个类 = 其下各款之和，每个款 = 其下各项之和，合计 = 各类之和，每一金额列都要相符（按科目编码归属；某项没有列出所属的款时，直接计入其类）。`,
    severity: STRICT,
    relations: relations ?? [{ kind: 'codeHierarchy', table }],
  };
}

function rowTotal(table: TableId, title: string, description: string, rel: Omit<Extract<Relation, { kind: 'rowSum' }>, 'kind' | 'table'>): Rule {
  return {
    id: `${table}.row`,
    family: 'rowTotal',
    tables: [table],
    title,
    description,
    severity: STRICT,
    relations: [{ kind: 'rowSum', table, ...rel }],
  };
}

const BASIC_PROJECT: readonly AmountRole[] = ['basic', 'project'];

export const IN_TABLE_RULES: readonly Rule[] = [
  // 表内层级
  codeHierarchy('T02', '表2 科目层级', '表2 收入总表'),
  codeHierarchy('T03', '表3 科目层级', '表3 支出总表'),
  codeHierarchy('T05', '表5 科目层级', '表5 一般公共预算支出表'),
  codeHierarchy('T07', '表7 科目层级', '表7 政府性基金预算收入表（收入分类科目）'),
  codeHierarchy('T08', '表8 科目层级', '表8 政府性基金预算支出表'),
  codeHierarchy('T09', '表9 科目层级', '表9 国有资本经营预算收支表，收入、支出两侧分别', [
    { kind: 'codeHierarchy', table: 'T09', side: 'income' },
    { kind: 'codeHierarchy', table: 'T09', side: 'expenditure' },
  ]),
  {
    id: 'T06.hierarchy',
    family: 'hierarchy',
    tables: ['T06'],
    title: '表6 经济分类层级',
    description: '表6 基本支出经济分类表：每个经济分类类级科目（工资福利支出、商品和服务支出、对个人和家庭的补助、资本性支出……）= 其下各款之和，合计 = 各类之和，合计、人员经费、公用经费各列都要相符。',
    severity: STRICT,
    relations: [{ kind: 'groupHierarchy', table: 'T06', header: 'econClass', member: 'econItem' }],
  },
  {
    id: 'T11.units',
    family: 'hierarchy',
    tables: ['T11'],
    title: '表11 部门合计',
    description: '表11 机关运行经费表：部门合计 = 各预算单位之和（只列部门合计一行时不检查）。',
    severity: STRICT,
    relations: [{ kind: 'columnSum', table: 'T11', total: { kind: 'total' }, parts: [{ kind: 'unit' }] }],
  },
  {
    id: 'T12.projects',
    family: 'hierarchy',
    tables: ['T12'],
    title: '表12 项目合计',
    description: '表12 项目支出表（本年预算）：单位小计 = 其下各项目之和，合计 = 各单位小计（或各项目）之和，每一金额列都要相符。',
    severity: STRICT,
    relations: [{ kind: 'groupHierarchy', table: 'T12', header: 'unit', member: 'project' }],
  },
  {
    id: 'T13.projects',
    family: 'hierarchy',
    tables: ['T13'],
    title: '表13 项目合计',
    description: '表13 项目支出表（上年结转）：单位小计 = 其下各项目之和，合计 = 各单位小计（或各项目）之和，每一金额列都要相符。',
    severity: STRICT,
    relations: [{ kind: 'groupHierarchy', table: 'T13', header: 'unit', member: 'project' }],
  },

  // 表内行合计
  rowTotal('T01', '表1 支出行合计', '表1 收支总表支出一侧每一行：合计 = 当年预算安排 + 上年结转安排。', {
    rows: { side: 'expenditure' }, total: 'total', parts: ['currentYear', 'carryOverUse'],
  }),
  rowTotal('T02', '表2 行合计', '表2 收入总表每一行：合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算 + 财政专户管理资金 + 单位资金（上年结转单列，不计入合计）。', {
    rows: {}, total: 'total', parts: SOURCES,
  }),
  rowTotal('T03', '表3 行合计', '表3 支出总表每一行：合计 = 基本支出 + 项目支出。', { rows: {}, total: 'total', parts: BASIC_PROJECT }),
  rowTotal('T04', '表4 支出行小计', '表4 财政拨款收支总表支出一侧每一行：小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算。', {
    rows: { side: 'expenditure' }, total: 'total', parts: FISCAL,
  }),
  rowTotal('T05', '表5 行合计', '表5 一般公共预算支出表每一行：合计 = 基本支出 + 项目支出。', { rows: {}, total: 'total', parts: BASIC_PROJECT }),
  rowTotal('T06', '表6 行合计', '表6 基本支出经济分类表每一行：合计 = 人员经费 + 公用经费。', { rows: {}, total: 'total', parts: ['personnel', 'publicUse'] }),
  rowTotal('T08', '表8 行合计', '表8 政府性基金预算支出表每一行：合计 = 基本支出 + 项目支出。', { rows: {}, total: 'total', parts: BASIC_PROJECT }),
  rowTotal('T09', '表9 支出行合计', '表9 国有资本经营预算支出一侧每一行：合计 = 基本支出 + 项目支出。', {
    rows: { side: 'expenditure' }, total: 'total', parts: BASIC_PROJECT,
  }),
  rowTotal('T10', '表10 行合计', '表10 “三公”经费表每一行：合计 = 各资金来源列之和（一般公共预算 + 政府性基金预算 + 国有资本经营预算 ……）。', {
    rows: {}, total: 'total', parts: SOURCES,
  }),
  rowTotal('T11', '表11 行合计', '表11 机关运行经费表每一行：合计 = 各资金来源列之和。', { rows: {}, total: 'total', parts: SOURCES }),
  rowTotal('T12', '表12 行合计', '表12 项目支出表（本年预算）每一行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 + 财政专户管理资金 + 单位资金。', {
    rows: {}, total: 'total', parts: SOURCES,
  }),
  rowTotal('T13', '表13 行合计', '表13 项目支出表（上年结转）每一行：合计 = 各资金来源列之和。', { rows: {}, total: 'total', parts: SOURCES }),
  {
    id: 'T10.items',
    family: 'rowTotal',
    tables: ['T10'],
    title: '表10 “三公”经费构成',
    description: '表10 “三公”经费表每一列：合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；公务用车购置及运行费 = ①公务用车购置费 + ②公务用车运行维护费。合计为 0 时各项都应为 0。',
    severity: STRICT,
    relations: [
      { kind: 'columnSum', table: 'T10', total: { kind: 'total' }, parts: [{ kind: 'threePublic', keys: ['abroad', 'reception', 'vehicle'] }] },
      { kind: 'columnSum', table: 'T10', total: { kind: 'threePublic', keys: ['vehicle'] }, parts: [{ kind: 'threePublic', keys: ['vehiclePurchase', 'vehicleOperation'] }] },
    ],
  },

  // 表内平衡
  {
    id: 'T01.income',
    family: 'balance',
    tables: ['T01'],
    title: '表1 收入合计',
    description:
      '表1 收支总表收入一侧：本年收入合计 = 各收入来源（一般公共预算 …… 单位资金，或财政拨款收入、事业收入、事业单位经营收入、其他收入）之和；' +
      '列出“一、财政拨款收入”时，它 = 其下一般公共预算、政府性基金预算、国有资本经营预算之和；收入总计 = 本年收入合计（没有这一行时为各收入来源之和）+ 上年结转。',
    severity: STRICT,
    relations: [
      {
        kind: 'sum',
        total: { table: 'T01', rows: { kind: 'incomeSubtotal', side: 'income' }, role: 'amount' },
        parts: [{ table: 'T01', rows: { kind: 'source', side: 'income', keys: SOURCES, topLevel: true }, role: 'amount', pick: 'sum' }],
        ifPresent: true,
      },
      {
        kind: 'sum',
        total: { table: 'T01', rows: { kind: 'source', side: 'income', keys: ['appropriation'] }, role: 'amount' },
        parts: [{ table: 'T01', rows: { kind: 'source', side: 'income', keys: FISCAL }, role: 'amount', pick: 'sum' }],
        requireParts: true,
        ifPresent: true,
      },
      {
        kind: 'sum',
        total: { table: 'T01', rows: { kind: 'grandTotal', side: 'income' }, role: 'amount' },
        parts: [
          { table: 'T01', rows: { kind: 'incomeSubtotal', side: 'income' }, role: 'amount', orSumOf: { kind: 'source', side: 'income', keys: SOURCES, topLevel: true } },
          { table: 'T01', rows: { kind: 'carryOver', side: 'income' }, role: 'amount', pick: 'sum' },
        ],
      },
    ],
  },
  {
    id: 'T01.expenditure',
    family: 'balance',
    tables: ['T01'],
    title: '表1 支出合计',
    description: '表1 收支总表支出一侧每一列：本年支出合计 = 30 个支出功能分类类级科目之和；支出总计 = 本年支出合计（没有这一行时为各类之和）+ 年终结转。',
    severity: STRICT,
    relations: [
      { kind: 'columnSum', table: 'T01', side: 'expenditure', total: { kind: 'expenditureSubtotal' }, parts: [{ kind: 'class' }], ifPresent: true },
      {
        kind: 'columnSum', table: 'T01', side: 'expenditure', total: { kind: 'grandTotal' },
        parts: [{ kind: 'expenditureSubtotal' }, { kind: 'yearEndCarry' }], orParts: [{ kind: 'class' }, { kind: 'yearEndCarry' }],
      },
    ],
  },
  {
    id: 'T01.balance',
    family: 'balance',
    tables: ['T01'],
    title: '表1 收支平衡',
    description: '表1 收支总表：收入总计 = 支出总计。',
    severity: STRICT,
    relations: [
      {
        kind: 'equal',
        a: { table: 'T01', rows: { kind: 'grandTotal', side: 'income' }, role: 'amount' },
        b: { table: 'T01', rows: { kind: 'grandTotal', side: 'expenditure' }, role: 'total' },
      },
    ],
  },
  {
    id: 'T04.income',
    family: 'balance',
    tables: ['T04'],
    title: '表4 收入合计',
    description: '表4 财政拨款收支总表收入一侧：本年收入合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算；上年财政拨款结转 = 其下三项来源之和（列出时）；收入总计 = 本年收入合计（没有这一行时为三项来源之和）+ 上年财政拨款结转。',
    severity: STRICT,
    relations: [
      {
        kind: 'sum',
        total: { table: 'T04', rows: { kind: 'incomeSubtotal', side: 'income' }, role: 'amount' },
        parts: [{ table: 'T04', rows: { kind: 'source', side: 'income', keys: FISCAL }, role: 'amount', pick: 'sum' }],
        ifPresent: true,
      },
      {
        kind: 'sum',
        total: { table: 'T04', rows: { kind: 'carryOver', side: 'income' }, role: 'amount' },
        parts: [{ table: 'T04', rows: { kind: 'source', side: 'income', keys: ['carryOver.general', 'carryOver.fund', 'carryOver.stateCapital'] }, role: 'amount', pick: 'sum' }],
        requireParts: true,
      },
      {
        kind: 'sum',
        total: { table: 'T04', rows: { kind: 'grandTotal', side: 'income' }, role: 'amount' },
        parts: [
          { table: 'T04', rows: { kind: 'incomeSubtotal', side: 'income' }, role: 'amount', orSumOf: { kind: 'source', side: 'income', keys: FISCAL } },
          { table: 'T04', rows: { kind: 'carryOver', side: 'income' }, role: 'amount', pick: 'sum' },
        ],
      },
    ],
  },
  {
    id: 'T04.expenditure',
    family: 'balance',
    tables: ['T04'],
    title: '表4 支出合计',
    description: '表4 财政拨款收支总表支出一侧每一列：本年支出合计 = 各类级科目之和；支出总计 = 本年支出合计 + 年终结转。',
    severity: STRICT,
    relations: [
      { kind: 'columnSum', table: 'T04', side: 'expenditure', total: { kind: 'expenditureSubtotal' }, parts: [{ kind: 'class' }], ifPresent: true },
      {
        kind: 'columnSum', table: 'T04', side: 'expenditure', total: { kind: 'grandTotal' },
        parts: [{ kind: 'expenditureSubtotal' }, { kind: 'yearEndCarry' }], orParts: [{ kind: 'class' }, { kind: 'yearEndCarry' }],
      },
    ],
  },
  {
    id: 'T04.balance',
    family: 'balance',
    tables: ['T04'],
    title: '表4 收支平衡',
    description: '表4 财政拨款收支总表：收入总计 = 支出总计。',
    severity: STRICT,
    relations: [
      {
        kind: 'equal',
        a: { table: 'T04', rows: { kind: 'grandTotal', side: 'income' }, role: 'amount' },
        b: { table: 'T04', rows: { kind: 'grandTotal', side: 'expenditure' }, role: 'total' },
      },
    ],
  },
  {
    id: 'T09.balance',
    family: 'balance',
    tables: ['T09'],
    title: '表9 收支平衡',
    description: '表9 国有资本经营预算收支表：收入合计 = 支出合计（只有支出部分的表不检查此条）。',
    severity: STRICT,
    relations: [
      {
        kind: 'equal',
        a: { table: 'T09', rows: { kind: 'total', side: 'income' }, role: 'amount' },
        b: { table: 'T09', rows: { kind: 'total', side: 'expenditure' }, role: 'total' },
      },
    ],
  },
  {
    id: 'T06.classification',
    family: 'balance',
    tables: ['T06'],
    title: '表6 人员经费与公用经费的归类',
    description: '表6 基本支出经济分类表按通常归类：人员经费合计 = 工资福利支出 + 对个人和家庭的补助；公用经费合计 = 商品和服务支出 + 资本性支出。各地口径可能不同，不符时只作警告。',
    severity: { mismatch: 'warning' },
    hint: '各地人员经费、公用经费的口径可能不同；如果本地口径如此，可忽略。',
    relations: [
      {
        kind: 'sum',
        total: { table: 'T06', rows: { kind: 'total' }, role: 'personnel' },
        parts: [{ table: 'T06', rows: { kind: 'econClass', names: ['工资福利支出', '对个人和家庭的补助', '机关工资福利支出'] }, role: 'total', pick: 'sum' }],
        requireParts: true,
      },
      {
        kind: 'sum',
        total: { table: 'T06', rows: { kind: 'total' }, role: 'publicUse' },
        parts: [{ table: 'T06', rows: { kind: 'econClass', names: ['商品和服务支出', '资本性支出', '机关商品和服务支出', '机关资本性支出（一）'] }, role: 'total', pick: 'sum' }],
        requireParts: true,
      },
    ],
  },
];
