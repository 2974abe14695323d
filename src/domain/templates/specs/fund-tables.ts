import type { BodyRowSpec, CellRule, TableSpec } from '../types';
import { amount, code, headerRow, name } from './common';
import { codedBody, codedCells, codedRows, type CodedColumns, type CodedRow } from './coded-rows';
import { tableTitle } from './titles';

const REVENUE_CODE_WIDTH = 14;
const T07_COLUMNS: CodedColumns = { codeCol: 0, nameCol: 1, amountCols: [2] };

export const T07_SPEC: TableSpec = {
  id: 'T07',
  number: 7,
  title: (ctx) => tableTitle('T07', ctx.year, ctx.format),
  columns: () => [{ ...code(), width: REVENUE_CODE_WIDTH }, name(), amount('amount', 'income', 20)],
  header: () => ({
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: '项目', colSpan: 2 },
      { row: 0, col: 2, value: '政府性基金收入预算', rowSpan: 2 },
      ...headerRow(1, 0, ['收入科目编码', '科目名称']),
    ],
  }),
  body: (ctx) => codedBody(T07_COLUMNS, codedRows(ctx.revenueCodes, ctx, 'revenue'), { col: 0, text: '合计' }),
};

const T09_INCOME: CodedColumns = { codeCol: 0, nameCol: 1, amountCols: [2] };
const T09_EXPENDITURE: CodedColumns = { codeCol: 3, nameCol: 4, amountCols: [5, 6, 7], rowTotal: { col: 5, parts: [6, 7] } };

/** One side's cells for body row i (after 合计): a coded row, or an empty row to type into. */
function sideCells(layout: CodedColumns, rows: readonly CodedRow[], i: number): Partial<Record<number, CellRule>> {
  return codedCells(layout, i < rows.length ? rows[i] : { code: '', leaf: true });
}

/**
 * Income and expenditure side by side, each with its own 合计 and codes. The income side
 * starts empty: the verified catalogue holds no 国有资本经营收入 codes.
 */
export const T09_SPEC: TableSpec = {
  id: 'T09',
  number: 9,
  title: (ctx) => tableTitle('T09', ctx.year, ctx.format),
  columns: () => [
    { ...code('code', 'income'), width: REVENUE_CODE_WIDTH },
    name(30, 'name', 'income'),
    amount('amount', 'income', 16),
    code('code', 'expenditure'),
    name(30, 'name', 'expenditure'),
    amount('total', 'expenditure'),
    amount('basic', 'expenditure'),
    amount('project', 'expenditure'),
  ],
  header: () => ({
    rowCount: 3,
    cells: [
      { row: 0, col: 0, value: '国有资本经营预算收入', colSpan: 3 },
      { row: 0, col: 3, value: '国有资本经营预算支出', colSpan: 5 },
      { row: 1, col: 0, value: '项目', colSpan: 2 },
      ...['国有资本经营收入预算', '科目编码', '科目名称', '合计', '基本支出', '项目支出'].map((value, i) => ({
        row: 1,
        col: 2 + i,
        value,
        rowSpan: 2,
      })),
      ...headerRow(2, 0, ['收入科目编码', '科目名称']),
    ],
  }),
  body: (ctx) => {
    const income: CodedRow[] = [];
    const expenditure = codedRows(ctx.stateCapitalCodes, ctx, 'function');
    const rows: BodyRowSpec[] = [
      {
        id: 'total',
        cells: {
          ...codedCells(T09_INCOME, { code: null, leaf: false }, { col: 0, text: '合计' }),
          ...codedCells(T09_EXPENDITURE, { code: null, leaf: false }),
        },
      },
    ];
    const count = Math.max(1, income.length, expenditure.length);
    for (let i = 0; i < count; i++) {
      rows.push({ id: `row${i + 1}`, cells: { ...sideCells(T09_INCOME, income, i), ...sideCells(T09_EXPENDITURE, expenditure, i) } });
    }
    return rows;
  },
};
