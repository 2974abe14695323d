import type { TableSpec, TemplateContext } from '../types';
import { amount, code, headerRow, name } from './common';
import { codedBody, codedRows, type CodedColumns } from './coded-rows';
import { tableTitle } from './titles';

const T02_COLUMNS: CodedColumns = { codeCol: 0, nameCol: 1, amountCols: [2, 3, 4, 5, 6, 7, 8], rowTotal: { col: 2, parts: [3, 4, 5, 6, 7] } };
const BASIC_PROJECT_COLUMNS: CodedColumns = { codeCol: 0, nameCol: 1, amountCols: [2, 3, 4], rowTotal: { col: 2, parts: [3, 4] } };

export const T02_SPEC: TableSpec = {
  id: 'T02',
  number: 2,
  title: (ctx) => tableTitle('T02', ctx.year, ctx.format),
  columns: () => [
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
  header: () => ({
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: '项目', colSpan: 2 },
      { row: 0, col: 2, value: '本年收入', colSpan: 6 },
      { row: 0, col: 8, value: '上年结转', rowSpan: 2 },
      ...headerRow(1, 0, ['科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金']),
    ],
  }),
  body: (ctx) => codedBody(T02_COLUMNS, codedRows(ctx.allCodes, ctx, 'function'), { col: 0, text: '合计' }),
};

/** T03, T05 (and T08 with a one-row header): 项目 | 年预算数 over 合计 / 基本支出 / 项目支出. */
function basicProjectSpec(id: 'T03' | 'T05', number: number, codesOf: (ctx: TemplateContext) => string[]): TableSpec {
  return {
    id,
    number,
    title: (ctx) => tableTitle(id, ctx.year, ctx.format),
    columns: () => [code(), name(), amount('total'), amount('basic'), amount('project')],
    header: (ctx) => ({
      rowCount: 2,
      cells: [
        { row: 0, col: 0, value: '项目', colSpan: 2 },
        { row: 0, col: 2, value: `${ctx.year}年预算数`, colSpan: 3 },
        ...headerRow(1, 0, ['科目编码', '科目名称', '合计', '基本支出', '项目支出']),
      ],
    }),
    body: (ctx) => codedBody(BASIC_PROJECT_COLUMNS, codedRows(codesOf(ctx), ctx, 'function'), { col: 0, text: '合计' }),
  };
}

export const T03_SPEC = basicProjectSpec('T03', 3, (ctx) => ctx.allCodes);
export const T05_SPEC = basicProjectSpec('T05', 5, (ctx) => ctx.generalCodes);

/** Seed 000 (2023) prints T08's 合计 in the name column, seed 003 (2024) in the code column. */
export const T08_SPEC: TableSpec = {
  id: 'T08',
  number: 8,
  title: (ctx) => tableTitle('T08', ctx.year, ctx.format),
  columns: () => [code(), name(), amount('total'), amount('basic'), amount('project')],
  header: () => ({ rowCount: 1, cells: headerRow(0, 0, ['科目编码', '科目名称', '合计', '基本支出', '项目支出']) }),
  body: (ctx) =>
    codedBody(BASIC_PROJECT_COLUMNS, codedRows(ctx.fundCodes, ctx, 'function'), { col: ctx.format === '2023' ? 1 : 0, text: '合计' }),
};
