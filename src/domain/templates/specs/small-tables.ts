import type { BodyRowSpec, HeaderSpec, TableSpec } from '../types';
import { amount, each, headerRow, INPUT, label, rangeSum, refSum, rowSum, text } from './common';
import { tableTitle } from './titles';

const SOURCE_HEADERS = ['一般公共预算', '政府性基金预算', '国有资本经营预算'];
const SOURCE_COLS = [2, 3, 4];
const AMOUNT_COLS = [1, 2, 3, 4];

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

const SOURCE_COLUMNS = [amount('total'), amount('general'), amount('fund'), amount('stateCapital')];

/** Leaf row: the user types the sources, 合计 adds them. */
const LEAF_CELLS = { 1: rowSum(...SOURCE_COLS), ...each(SOURCE_COLS, INPUT) };

/** Seed order: 合计 at the bottom; 公务用车购置及运行费 = ① + ②. */
export const T10_SPEC: TableSpec = {
  id: 'T10',
  number: 10,
  title: (ctx) => tableTitle('T10', ctx.year, ctx.format),
  columns: () => [label(26), ...SOURCE_COLUMNS],
  header: (ctx) => sourceHeader('项目', `${ctx.year}年预算数`),
  body: (): BodyRowSpec[] => [
    { id: 'abroad', cells: { 0: text('因公出国（境）费'), ...LEAF_CELLS } },
    { id: 'reception', cells: { 0: text('公务接待费'), ...LEAF_CELLS } },
    { id: 'vehicle', cells: { 0: text('公务用车购置及运行费'), ...each(AMOUNT_COLS, refSum('vehiclePurchase', 'vehicleOperation')) } },
    { id: 'vehiclePurchase', cells: { 0: text('①公务用车购置费'), ...LEAF_CELLS } },
    { id: 'vehicleOperation', cells: { 0: text('②公务用车运行维护费'), ...LEAF_CELLS } },
    { id: 'total', cells: { 0: text('合计'), ...each(AMOUNT_COLS, refSum('abroad', 'reception', 'vehicle')) } },
  ],
};

/** Both seeds print "2023预算数" / "2024预算数" (no 年) in this header. */
export const T11_SPEC: TableSpec = {
  id: 'T11',
  number: 11,
  title: (ctx) => tableTitle('T11', ctx.year, ctx.format),
  columns: () => [label(36), ...SOURCE_COLUMNS],
  header: (ctx) => sourceHeader('单位名称', `${ctx.year}预算数`),
  body: (ctx) => {
    const first = 'unit1';
    const last = `unit${ctx.units.length}`;
    return [
      { id: 'total', cells: { 0: text('部门合计'), ...each(AMOUNT_COLS, rangeSum(first, last)) } },
      ...ctx.units.map((u, i) => ({ id: `unit${i + 1}`, cells: { ...(u ? { 0: text(u) } : {}), ...LEAF_CELLS } })),
    ];
  },
};

/**
 * T12/T13: 项目名称 | 合计 | 年财政拨款 (一般/基金/国资) [| 财政专户管理资金 | 单位资金], a
 * column-number row, the department's subtotal row (labelled with its name, as seed 003
 * prints it) and the project rows. With no projects the table keeps empty project rows
 * and a subtotal of 0; the 注：本表无数据 line is the user's (or the pane's) to add.
 */
function projectSpec(id: 'T12' | 'T13', number: number, withOtherSources: boolean): TableSpec {
  const count = withOtherSources ? 7 : 5;
  const amountCols = Array.from({ length: count - 1 }, (_, i) => i + 1);
  const sourceCols = amountCols.slice(1);
  return {
    id,
    number,
    title: (ctx) => tableTitle(id, ctx.year, ctx.format),
    columns: () => [
      label(40),
      amount('total'),
      amount('general'),
      amount('fund'),
      amount('stateCapital'),
      ...(withOtherSources ? [amount('specialAccount', undefined, 16), amount('unitFunds')] : []),
    ],
    header: (ctx) => ({
      rowCount: 3,
      cells: [
        { row: 0, col: 0, value: '项目名称', rowSpan: 2 },
        { row: 0, col: 1, value: '合计', rowSpan: 2 },
        { row: 0, col: 2, value: `${ctx.year}年财政拨款`, colSpan: 3 },
        ...(withOtherSources
          ? [
              { row: 0, col: 5, value: '财政专户管理资金', rowSpan: 2 },
              { row: 0, col: 6, value: '单位资金', rowSpan: 2 },
            ]
          : []),
        ...headerRow(1, 2, SOURCE_HEADERS),
        ...Array.from({ length: count }, (_, i) => ({ row: 2, col: i, value: i + 1 })),
      ],
    }),
    body: (ctx) => {
      const projects = id === 'T12' ? ctx.projects : ctx.carryOverProjects;
      const last = `project${projects.length}`;
      return [
        { id: 'department', cells: { 0: text(ctx.department || '合计'), ...each(amountCols, rangeSum('project1', last)) } },
        ...projects.map((p, i) => ({
          id: `project${i + 1}`,
          cells: { ...(p ? { 0: text(p) } : {}), 1: rowSum(...sourceCols), ...each(sourceCols, INPUT) },
        })),
      ];
    },
  };
}

export const T12_SPEC = projectSpec('T12', 12, true);
export const T13_SPEC = projectSpec('T13', 13, false);
