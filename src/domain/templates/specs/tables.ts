import type { TableId } from '../../model/types';
import type { BodyRowSpec, CodedColumns, EconomicClass, HeaderCellSpec, HeaderSpec, TableTemplate } from '../types';
import { amount, code, each, headerRow, INPUT, label, name, rangeSum, refSum, rowSum, text } from './common';

/*
 * The 13 tables as data: titles, columns, headers and fixed rows as the 2023 (seed 000) and
 * 2024 (seed 003) documents print them. "{year}" stands for the budget year. Rows that
 * depend on the options are calls of the generators in generators.ts.
 */

const NOT_INCLUDING_CARRY_OVER = '（不含上年结转）';

// ---- 表1, 表4: income rows beside the 30 expenditure 类 -------------------------------

const T01_INCOME_ROWS = ['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算', '四、财政专户管理资金', '五、单位资金'];
const T04_INCOME_ROWS = T01_INCOME_ROWS.slice(0, 3);
const INCOME_LABEL_WIDTH = 22;
const EXPENDITURE_LABEL_WIDTH = 30;
const FIRST_CLASS = 'class1';
const LAST_CLASS = 'class30';

const T01: TableTemplate = {
  id: 'T01',
  number: 1,
  title: '{year}年预算收支总表',
  columns: [
    label(INCOME_LABEL_WIDTH, 'income'),
    amount('amount', 'income'),
    label(EXPENDITURE_LABEL_WIDTH, 'expenditure'),
    amount('total', 'expenditure'),
    amount('currentYear', 'expenditure'),
    amount('carryOverUse', 'expenditure'),
  ],
  header: {
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: '收入', colSpan: 2 },
      { row: 0, col: 2, value: '支出', colSpan: 4 },
      ...headerRow(1, 0, ['项目', '{year}年', '项目', '{year}年合计', '当年预算安排', '上年结转安排']),
    ],
  },
  body: [
    { generate: 'expenditureClassRows', table: 'T01', incomeRows: T01_INCOME_ROWS, expenditureCells: { 3: rowSum(4, 5), 4: INPUT, 5: INPUT } },
    {
      id: 'subtotal',
      cells: {
        0: text('本年收入合计'),
        1: rangeSum(FIRST_CLASS, LAST_CLASS),
        2: text('本年支出合计'),
        ...each([3, 4, 5], rangeSum(FIRST_CLASS, LAST_CLASS)),
      },
    },
    { id: 'carry', cells: { 0: text('上年结转'), 1: INPUT, 2: text('年终结转'), 3: rowSum(4, 5), 4: INPUT, 5: INPUT } },
    {
      id: 'grand',
      cells: { 0: text('收入总计'), 1: refSum('subtotal', 'carry'), 2: text('支出总计'), ...each([3, 4, 5], refSum('subtotal', 'carry')) },
    },
  ],
};

const T04: TableTemplate = {
  id: 'T04',
  number: 4,
  title: '{year}年财政拨款收支总表',
  columns: [
    label(INCOME_LABEL_WIDTH, 'income'),
    amount('amount', 'income'),
    label(EXPENDITURE_LABEL_WIDTH, 'expenditure'),
    amount('total', 'expenditure'),
    amount('general', 'expenditure'),
    amount('fund', 'expenditure'),
    amount('stateCapital', 'expenditure'),
  ],
  header: {
    rowCount: 3,
    cells: [
      { row: 0, col: 0, value: '收入', colSpan: 2 },
      { row: 0, col: 2, value: '支出', colSpan: 5 },
      { row: 1, col: 0, value: '项目', rowSpan: 2 },
      { row: 1, col: 1, value: '金额', rowSpan: 2 },
      { row: 1, col: 2, value: '项目', rowSpan: 2 },
      { row: 1, col: 3, value: '金额', colSpan: 4 },
      ...headerRow(2, 3, ['小计', '一般公共预算', '政府性基金预算', '国有资本经营预算']),
    ],
  },
  body: [
    { generate: 'expenditureClassRows', table: 'T04', incomeRows: T04_INCOME_ROWS, expenditureCells: { 3: rowSum(4, 5, 6), ...each([4, 5, 6], INPUT) } },
    {
      id: 'subtotal',
      cells: {
        0: text('本年收入合计'),
        1: rangeSum(FIRST_CLASS, LAST_CLASS),
        2: text('本年支出合计'),
        ...each([3, 4, 5, 6], rangeSum(FIRST_CLASS, LAST_CLASS)),
      },
    },
    {
      id: 'carry',
      cells: { 0: text('上年财政拨款结转'), 1: rangeSum('carry1', 'carry3'), 2: text('年终结转'), 3: rowSum(4, 5, 6), ...each([4, 5, 6], INPUT) },
    },
    ...T04_INCOME_ROWS.map((l, i): BodyRowSpec => ({ id: `carry${i + 1}`, cells: { 0: text(l), 1: INPUT } })),
    {
      id: 'grand',
      cells: { 0: text('收入总计'), 1: refSum('subtotal', 'carry'), 2: text('支出总计'), ...each([3, 4, 5, 6], refSum('subtotal', 'carry')) },
    },
  ],
};

// ---- 表2, 表3, 表5, 表8: coded tables ---------------------------------------------------

const T02_COLUMNS: CodedColumns = { codeCol: 0, nameCol: 1, amountCols: [2, 3, 4, 5, 6, 7, 8], rowTotal: { col: 2, parts: [3, 4, 5, 6, 7] } };
const BASIC_PROJECT_COLUMNS: CodedColumns = { codeCol: 0, nameCol: 1, amountCols: [2, 3, 4], rowTotal: { col: 2, parts: [3, 4] } };
const TOTAL_IN_CODE_COLUMN = { col: 0, text: '合计' };

const T02: TableTemplate = {
  id: 'T02',
  number: 2,
  title: '{year}年预算收入总表',
  columns: [
    code(),
    name(),
    amount('total'),
    amount('general'),
    amount('fund'),
    amount('stateCapital'),
    amount('specialAccount'),
    amount('unitFunds'),
    amount('carryOver'),
  ],
  header: {
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: '项目', colSpan: 2 },
      { row: 0, col: 2, value: '本年收入', colSpan: 6 },
      { row: 0, col: 8, value: '上年结转', rowSpan: 2 },
      ...headerRow(1, 0, ['科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金']),
    ],
  },
  body: [{ generate: 'codedRows', codes: 'allCodes', catalogKind: 'function', columns: T02_COLUMNS, totalLabel: TOTAL_IN_CODE_COLUMN }],
};

/** T03, T05: 项目 | 年预算数 over 合计 / 基本支出 / 项目支出. */
function basicProjectTable(id: 'T03' | 'T05', number: number, title: string, codes: 'allCodes' | 'generalCodes'): TableTemplate {
  return {
    id,
    number,
    title,
    columns: [code(), name(), amount('total'), amount('basic'), amount('project')],
    header: {
      rowCount: 2,
      cells: [
        { row: 0, col: 0, value: '项目', colSpan: 2 },
        { row: 0, col: 2, value: '{year}年预算数', colSpan: 3 },
        ...headerRow(1, 0, ['科目编码', '科目名称', '合计', '基本支出', '项目支出']),
      ],
    },
    body: [{ generate: 'codedRows', codes, catalogKind: 'function', columns: BASIC_PROJECT_COLUMNS, totalLabel: TOTAL_IN_CODE_COLUMN }],
  };
}

const T03 = basicProjectTable('T03', 3, '{year}年预算支出总表', 'allCodes');
const T05 = basicProjectTable('T05', 5, `{year}年一般公共预算支出预算表${NOT_INCLUDING_CARRY_OVER}`, 'generalCodes');

/** Seed 000 (2023) prints T08's 合计 in the name column, seed 003 (2024) in the code column. */
const T08: TableTemplate = {
  id: 'T08',
  number: 8,
  title: `{year}年政府性基金预算支出表${NOT_INCLUDING_CARRY_OVER}`,
  columns: [code(), name(), amount('total'), amount('basic'), amount('project')],
  header: { rowCount: 1, cells: headerRow(0, 0, ['科目编码', '科目名称', '合计', '基本支出', '项目支出']) },
  body: [
    {
      generate: 'codedRows',
      codes: 'fundCodes',
      catalogKind: 'function',
      columns: BASIC_PROJECT_COLUMNS,
      totalLabel: { byFormat: { '2023': { col: 1, text: '合计' }, '2024': TOTAL_IN_CODE_COLUMN } },
    },
  ],
};

// ---- 表6: 基本支出 by economic class ----------------------------------------------------

/**
 * The 基本支出 classes and the items most departments use, one row per item with the
 * 机关 pairing. Seed 000 (2023) repeats items with the 事业单位 pairing (基本工资 /
 * 工资福利支出); a 事业单位 inserts such rows itself.
 */
const ECONOMIC_CLASSES: EconomicClass[] = [
  {
    code: '301',
    name: '工资福利支出',
    items: [
      { code: '30101', name: '基本工资' },
      { code: '30102', name: '津贴补贴' },
      { code: '30103', name: '奖金' },
      { code: '30107', name: '绩效工资', government: '工资福利支出' },
      { code: '30108', name: '机关事业单位基本养老保险缴费' },
      { code: '30109', name: '职业年金缴费' },
      { code: '30110', name: '职工基本医疗保险缴费' },
      { code: '30112', name: '其他社会保障缴费' },
      { code: '30113', name: '住房公积金' },
      { code: '30199', name: '其他工资福利支出' },
    ],
  },
  {
    code: '302',
    name: '商品和服务支出',
    items: [
      { code: '30201', name: '办公费' },
      { code: '30202', name: '印刷费' },
      { code: '30205', name: '水费' },
      { code: '30206', name: '电费' },
      { code: '30207', name: '邮电费' },
      { code: '30209', name: '物业管理费' },
      { code: '30211', name: '差旅费' },
      { code: '30213', name: '维修（护）费', government: '维修（护）费' },
      { code: '30214', name: '租赁费' },
      { code: '30215', name: '会议费' },
      { code: '30216', name: '培训费' },
      { code: '30217', name: '公务接待费', government: '公务接待费' },
      { code: '30228', name: '工会经费' },
      { code: '30229', name: '福利费' },
      { code: '30239', name: '其他交通费用' },
      { code: '30299', name: '其他商品和服务支出', government: '其他商品和服务支出' },
    ],
  },
  {
    code: '303',
    name: '对个人和家庭的补助',
    items: [
      { code: '30302', name: '退休费', government: '离退休费' },
      { code: '30305', name: '生活补助', government: '社会福利和救助' },
      { code: '30309', name: '奖励金', government: '社会福利和救助' },
    ],
  },
  {
    code: '310',
    name: '资本性支出',
    items: [{ code: '31002', name: '办公设备购置', government: '设备购置' }],
  },
];

const T06: TableTemplate = {
  id: 'T06',
  number: 6,
  title: `{year}年一般公共预算安排基本支出分经济科目表${NOT_INCLUDING_CARRY_OVER}`,
  columns: [label(30), { kind: 'label', width: 24, role: 'govEconName' }, amount('total'), amount('personnel'), amount('publicUse')],
  header: {
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: '部门预算支出经济科目名称', rowSpan: 2 },
      { row: 0, col: 1, value: '政府预算支出经济科目名称', rowSpan: 2 },
      { row: 0, col: 2, value: '{year}年预算数', colSpan: 3 },
      ...headerRow(1, 2, ['合计', '人员经费', '公用经费']),
    ],
  },
  body: [{ generate: 'economicRows', classes: ECONOMIC_CLASSES, amountCols: [2, 3, 4] }],
};

// ---- 表7, 表9: fund revenue and 国有资本经营预算 ----------------------------------------

const REVENUE_CODE_WIDTH = 14;

const T07: TableTemplate = {
  id: 'T07',
  number: 7,
  title: `{year}年政府性基金预算收入表${NOT_INCLUDING_CARRY_OVER}`,
  columns: [{ ...code(), width: REVENUE_CODE_WIDTH }, name(), amount('amount', 'income', 20)],
  header: {
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: '项目', colSpan: 2 },
      { row: 0, col: 2, value: '政府性基金收入预算', rowSpan: 2 },
      ...headerRow(1, 0, ['收入科目编码', '科目名称']),
    ],
  },
  body: [{ generate: 'codedRows', codes: 'revenueCodes', catalogKind: 'revenue', columns: { codeCol: 0, nameCol: 1, amountCols: [2] }, totalLabel: TOTAL_IN_CODE_COLUMN }],
};

/** Income and expenditure side by side, each with its own 合计 and codes. */
const T09: TableTemplate = {
  id: 'T09',
  number: 9,
  title: `{year}年国有资本经营预算收支预算表${NOT_INCLUDING_CARRY_OVER}`,
  columns: [
    { ...code('code', 'income'), width: REVENUE_CODE_WIDTH },
    name(30, 'name', 'income'),
    amount('amount', 'income', 16),
    code('code', 'expenditure'),
    name(30, 'name', 'expenditure'),
    amount('total', 'expenditure'),
    amount('basic', 'expenditure'),
    amount('project', 'expenditure'),
  ],
  header: {
    rowCount: 3,
    cells: [
      { row: 0, col: 0, value: '国有资本经营预算收入', colSpan: 3 },
      { row: 0, col: 3, value: '国有资本经营预算支出', colSpan: 5 },
      { row: 1, col: 0, value: '项目', colSpan: 2 },
      ...['国有资本经营收入预算', '科目编码', '科目名称', '合计', '基本支出', '项目支出'].map(
        (value, i): HeaderCellSpec => ({ row: 1, col: 2 + i, value, rowSpan: 2 }),
      ),
      ...headerRow(2, 0, ['收入科目编码', '科目名称']),
    ],
  },
  body: [
    {
      generate: 'stateCapitalRows',
      income: { codeCol: 0, nameCol: 1, amountCols: [2] },
      expenditure: { codeCol: 3, nameCol: 4, amountCols: [5, 6, 7], rowTotal: { col: 5, parts: [6, 7] } },
      totalLabel: TOTAL_IN_CODE_COLUMN,
    },
  ],
};

// ---- 表10, 表11: 三公 and 机关运行经费 by source ----------------------------------------

const SOURCE_HEADERS = ['一般公共预算', '政府性基金预算', '国有资本经营预算'];
const SOURCE_COLS = [2, 3, 4];
const SOURCE_AMOUNT_COLS = [1, 2, 3, 4];
const SOURCE_COLUMNS = [amount('total'), amount('general'), amount('fund'), amount('stateCapital')];
/** Leaf row: the user types the sources, 合计 adds them. */
const SOURCE_LEAF_CELLS = { 1: rowSum(...SOURCE_COLS), ...each(SOURCE_COLS, INPUT) };

function sourceHeader(first: string, yearLabel: string): HeaderSpec {
  return {
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: first, rowSpan: 2 },
      { row: 0, col: 1, value: yearLabel, colSpan: 4 },
      ...headerRow(1, 1, ['合计', ...SOURCE_HEADERS]),
    ],
  };
}

/** Seed order: 合计 at the bottom; 公务用车购置及运行费 = ① + ②. */
const T10: TableTemplate = {
  id: 'T10',
  number: 10,
  title: { byFormat: { '2023': '{year}年一般公共预算“三公”经费支出预算表', '2024': '{year}年财政拨款安排“三公”经费支出预算表' } },
  columns: [label(26), ...SOURCE_COLUMNS],
  header: sourceHeader('项目', '{year}年预算数'),
  body: [
    { id: 'abroad', cells: { 0: text('因公出国（境）费'), ...SOURCE_LEAF_CELLS } },
    { id: 'reception', cells: { 0: text('公务接待费'), ...SOURCE_LEAF_CELLS } },
    { id: 'vehicle', cells: { 0: text('公务用车购置及运行费'), ...each(SOURCE_AMOUNT_COLS, refSum('vehiclePurchase', 'vehicleOperation')) } },
    { id: 'vehiclePurchase', cells: { 0: text('①公务用车购置费'), ...SOURCE_LEAF_CELLS } },
    { id: 'vehicleOperation', cells: { 0: text('②公务用车运行维护费'), ...SOURCE_LEAF_CELLS } },
    { id: 'total', cells: { 0: text('合计'), ...each(SOURCE_AMOUNT_COLS, refSum('abroad', 'reception', 'vehicle')) } },
  ],
};

/** Both seeds print "2023预算数" / "2024预算数" (no 年) in this header. */
const T11: TableTemplate = {
  id: 'T11',
  number: 11,
  title: { byFormat: { '2023': '{year}年机关运行经费预算财政拨款情况统计表', '2024': '{year}年财政拨款安排机关运行经费预算表' } },
  columns: [label(36), ...SOURCE_COLUMNS],
  header: sourceHeader('单位名称', '{year}预算数'),
  body: [{ generate: 'unitRows', totalLabel: '部门合计', amountCols: SOURCE_AMOUNT_COLS, leafCells: SOURCE_LEAF_CELLS }],
};

// ---- 表12, 表13: projects ----------------------------------------------------------------

/**
 * 项目名称 | 合计 | 年财政拨款 (一般/基金/国资) [| 财政专户管理资金 | 单位资金], a column-number
 * row, then the department's subtotal and the project rows.
 */
function projectTable(id: 'T12' | 'T13', number: number, title: string, withOtherSources: boolean): TableTemplate {
  const count = withOtherSources ? 7 : 5;
  const amountCols = Array.from({ length: count - 1 }, (_, i) => i + 1);
  return {
    id,
    number,
    title,
    columns: [
      label(40),
      amount('total'),
      amount('general'),
      amount('fund'),
      amount('stateCapital'),
      ...(withOtherSources ? [amount('specialAccount', undefined, 16), amount('unitFunds')] : []),
    ],
    header: {
      rowCount: 3,
      cells: [
        { row: 0, col: 0, value: '项目名称', rowSpan: 2 },
        { row: 0, col: 1, value: '合计', rowSpan: 2 },
        { row: 0, col: 2, value: '{year}年财政拨款', colSpan: 3 },
        ...(withOtherSources
          ? [
              { row: 0, col: 5, value: '财政专户管理资金', rowSpan: 2 },
              { row: 0, col: 6, value: '单位资金', rowSpan: 2 },
            ]
          : []),
        ...headerRow(1, 2, SOURCE_HEADERS),
        ...Array.from({ length: count }, (_, i): HeaderCellSpec => ({ row: 2, col: i, value: i + 1 })),
      ],
    },
    body: [{ generate: 'projectRows', projects: id === 'T12' ? 'projects' : 'carryOverProjects', amountCols, sourceCols: amountCols.slice(1) }],
  };
}

const T12 = projectTable('T12', 12, '{year}年项目支出预算表（本年预算）', true);
const T13 = projectTable('T13', 13, '{year}年项目支出预算表（上年结转）', false);

export const TABLE_TEMPLATES: Readonly<Record<TableId, TableTemplate>> = Object.freeze({
  T01,
  T02,
  T03,
  T04,
  T05,
  T06,
  T07,
  T08,
  T09,
  T10,
  T11,
  T12,
  T13,
});
