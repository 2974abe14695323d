import { EXPENDITURE_CLASSES_2023, EXPENDITURE_CLASSES_2024 } from '../../catalog';
import type { BodyRowSpec, CellRule, TableSpec, TemplateContext, TemplateFormat } from '../types';
import { amount, chineseOrdinal, each, headerRow, INPUT, label, rangeSum, refSum, rowSum, text } from './common';
import { tableTitle } from './titles';

const T01_INCOME_ROWS = ['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算', '四、财政专户管理资金', '五、单位资金'];
const T04_INCOME_ROWS = T01_INCOME_ROWS.slice(0, 3);

const INCOME_LABEL_WIDTH = 22;
const EXPENDITURE_LABEL_WIDTH = 30;
const CLASS_COUNT = 30;
const FIRST_CLASS = 'class1';
const LAST_CLASS = `class${CLASS_COUNT}`;

/**
 * The 30 expenditure 类 rows "一、一般公共服务支出 … 三十、抗疫特别国债安排的支出". Seed 000
 * (2023) prints three of them without 等 in 表4 only (资源勘探工业信息支出, 商业服务业支出,
 * 自然资源海洋气象支出); 表1 and every 2024 table print 等.
 */
export function expenditureClassLabels(table: 'T01' | 'T04', format: TemplateFormat): string[] {
  const names = format === '2023' ? EXPENDITURE_CLASSES_2023 : EXPENDITURE_CLASSES_2024;
  return names.map((n, i) => {
    const spelled = table === 'T04' && format === '2023' ? n.replace(/等支出$/, '支出') : n;
    return `${chineseOrdinal(i + 1)}、${spelled}`;
  });
}

function classRows(
  labels: readonly string[],
  incomeRows: readonly string[],
  expenditureCells: Partial<Record<number, CellRule>>,
): BodyRowSpec[] {
  return labels.map((l, i) => {
    const income: Partial<Record<number, CellRule>> = i < incomeRows.length ? { 0: text(incomeRows[i]), 1: INPUT } : {};
    return { id: `class${i + 1}`, cells: { ...income, 2: text(l), ...expenditureCells } };
  });
}

export const T01_SPEC: TableSpec = {
  id: 'T01',
  number: 1,
  title: (ctx) => tableTitle('T01', ctx.year, ctx.format),
  columns: () => [
    label(INCOME_LABEL_WIDTH, 'income'),
    amount('amount', 'income'),
    label(EXPENDITURE_LABEL_WIDTH, 'expenditure'),
    amount('total', 'expenditure'),
    amount('currentYear', 'expenditure'),
    amount('carryOverUse', 'expenditure'),
  ],
  header: (ctx: TemplateContext) => ({
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: '收入', colSpan: 2 },
      { row: 0, col: 2, value: '支出', colSpan: 4 },
      ...headerRow(1, 0, ['项目', `${ctx.year}年`, '项目', `${ctx.year}年合计`, '当年预算安排', '上年结转安排']),
    ],
  }),
  body: (ctx) => [
    ...classRows(expenditureClassLabels('T01', ctx.format), T01_INCOME_ROWS, { 3: rowSum(4, 5), 4: INPUT, 5: INPUT }),
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

export const T04_SPEC: TableSpec = {
  id: 'T04',
  number: 4,
  title: (ctx) => tableTitle('T04', ctx.year, ctx.format),
  columns: () => [
    label(INCOME_LABEL_WIDTH, 'income'),
    amount('amount', 'income'),
    label(EXPENDITURE_LABEL_WIDTH, 'expenditure'),
    amount('total', 'expenditure'),
    amount('general', 'expenditure'),
    amount('fund', 'expenditure'),
    amount('stateCapital', 'expenditure'),
  ],
  header: () => ({
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
  }),
  body: (ctx) => [
    ...classRows(expenditureClassLabels('T04', ctx.format), T04_INCOME_ROWS, { 3: rowSum(4, 5, 6), ...each([4, 5, 6], INPUT) }),
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
    ...T04_INCOME_ROWS.map((l, i) => ({ id: `carry${i + 1}`, cells: { 0: text(l), 1: INPUT } })),
    {
      id: 'grand',
      cells: { 0: text('收入总计'), 1: refSum('subtotal', 'carry'), 2: text('支出总计'), ...each([3, 4, 5, 6], refSum('subtotal', 'carry')) },
    },
  ],
};
