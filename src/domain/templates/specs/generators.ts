import { EXPENDITURE_CLASSES_2023, EXPENDITURE_CLASSES_2024 } from '../../catalog';
import type { BodyGeneratorCall, BodyGeneratorName, BodyRowSpec, ByFormat, CellRule, CodedColumns, TemplateContext, TemplateFormat } from '../types';
import { blockSum, chineseOrdinal, each, INPUT, rangeSum, refSum, rowSum, text } from './common';
import { codedBody, codedCells, codedRows, type CodedRow } from './coded-rows';

type CallOf<N extends BodyGeneratorName> = Extract<BodyGeneratorCall, { generate: N }>;
type Generator<N extends BodyGeneratorName> = (ctx: TemplateContext, call: CallOf<N>) => BodyRowSpec[];

/** The value for this format. */
export function forFormat<T>(value: ByFormat<T>, format: TemplateFormat): T {
  return typeof value === 'object' && value !== null && 'byFormat' in value ? value.byFormat[format] : value;
}

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

const codedRowsGenerator: Generator<'codedRows'> = (ctx, call) =>
  codedBody(call.columns, codedRows(ctx[call.codes], ctx, call.catalogKind), forFormat(call.totalLabel, ctx.format));

const expenditureClassRows: Generator<'expenditureClassRows'> = (ctx, call) =>
  expenditureClassLabels(call.table, ctx.format).map((l, i) => {
    const income: Partial<Record<number, CellRule>> = i < call.incomeRows.length ? { 0: text(call.incomeRows[i]), 1: INPUT } : {};
    return { id: `class${i + 1}`, cells: { ...income, 2: text(l), ...call.expenditureCells } };
  });

const economicRows: Generator<'economicRows'> = (ctx, { classes, amountCols }) => {
  const pairs = new Map(ctx.catalog.economicPairs().map((p) => [p.departmentCode, p.governmentName]));
  const deptName = (c: string, fallback: string) => ctx.catalog.get(c, 'economicDepartment')?.name ?? fallback;
  const classIds = classes.map((c) => `econ:${c.code}`);
  const rows: BodyRowSpec[] = [
    // Explicit references to the 类 rows: they move with inserted rows, and unlike a SUM
    // over the body they cannot count an item twice (类 rows and items share the columns,
    // and no code column tells them apart as in T02).
    { id: 'total', cells: { 0: text('合计'), ...each(amountCols, refSum(...classIds)) } },
  ];
  classes.forEach((cls, i) => {
    const first = `econ:${cls.items[0].code}`;
    const last = `econ:${cls.items[cls.items.length - 1].code}`;
    const next = classes[i + 1];
    // Up to the next 类 row (minus it), so an item added at the end of the block counts.
    const sum = next ? blockSum(first, `econ:${next.code}`) : rangeSum(first, last);
    rows.push({ id: `econ:${cls.code}`, cells: { 0: text(deptName(cls.code, cls.name)), ...each(amountCols, sum) } });
    for (const item of cls.items) {
      const government = pairs.get(item.code) ?? item.government ?? '';
      rows.push({
        id: `econ:${item.code}`,
        cells: { 0: text(deptName(item.code, item.name)), 1: text(government), 2: rowSum(3, 4), 3: INPUT, 4: INPUT },
      });
    }
  });
  return rows;
};

/** One side's cells for body row i (after 合计): a coded row, or an empty row to type into. */
function sideCells(layout: CodedColumns, rows: readonly CodedRow[], i: number): Partial<Record<number, CellRule>> {
  return codedCells(layout, i < rows.length ? rows[i] : { code: '', leaf: true });
}

/** The income side starts empty: the verified catalogue holds no 国有资本经营收入 codes. */
const stateCapitalRows: Generator<'stateCapitalRows'> = (ctx, call) => {
  const income: CodedRow[] = [];
  const expenditure = codedRows(ctx.stateCapitalCodes, ctx, 'function');
  const rows: BodyRowSpec[] = [
    {
      id: 'total',
      cells: {
        ...codedCells(call.income, { code: null, leaf: false }, call.totalLabel),
        ...codedCells(call.expenditure, { code: null, leaf: false }),
      },
    },
  ];
  const count = Math.max(1, income.length, expenditure.length);
  for (let i = 0; i < count; i++) {
    rows.push({ id: `row${i + 1}`, cells: { ...sideCells(call.income, income, i), ...sideCells(call.expenditure, expenditure, i) } });
  }
  return rows;
};

const unitRows: Generator<'unitRows'> = (ctx, call) => [
  { id: 'total', cells: { 0: text(call.totalLabel), ...each(call.amountCols, rangeSum('unit1', `unit${ctx.units.length}`)) } },
  ...ctx.units.map((u, i) => ({ id: `unit${i + 1}`, cells: { ...(u ? { 0: text(u) } : {}), ...call.leafCells } })),
];

/**
 * The department's subtotal row (labelled with its name, as seed 003 prints it) and the
 * project rows. With no projects the context keeps empty project rows and a subtotal of
 * 0; the 注：本表无数据 line is the user's (or the pane's) to add.
 */
const projectRows: Generator<'projectRows'> = (ctx, call) => {
  const projects = ctx[call.projects];
  return [
    { id: 'department', cells: { 0: text(ctx.department || '合计'), ...each(call.amountCols, rangeSum('project1', `project${projects.length}`)) } },
    ...projects.map((p, i) => ({
      id: `project${i + 1}`,
      cells: { ...(p ? { 0: text(p) } : {}), 1: rowSum(...call.sourceCols), ...each(call.sourceCols, INPUT) },
    })),
  ];
};

/** Every body-row generator, by the name a template's body calls it with. */
export const BODY_GENERATORS: { readonly [N in BodyGeneratorName]: Generator<N> } = Object.freeze({
  codedRows: codedRowsGenerator,
  expenditureClassRows,
  economicRows,
  stateCapitalRows,
  unitRows,
  projectRows,
});

export function generateRows(ctx: TemplateContext, call: BodyGeneratorCall): BodyRowSpec[] {
  const generator = BODY_GENERATORS[call.generate] as (ctx: TemplateContext, call: BodyGeneratorCall) => BodyRowSpec[];
  return generator(ctx, call);
}
