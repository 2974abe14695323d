import type { BodyRowSpec, TableSpec, TemplateContext } from '../types';
import { amount, blockSum, each, headerRow, INPUT, label, rangeSum, refSum, rowSum, text } from './common';
import { tableTitle } from './titles';

interface EconomicItem {
  code: string;
  /** Used when the catalogue lacks the code. */
  name: string;
  /**
   * 政府预算支出经济科目名称 as the seeds print it, for items the catalogue's 对照表 does not
   * cover; undefined = take it from Catalog.economicPairs().
   */
  government?: string;
}

interface EconomicClass {
  code: string;
  name: string;
  items: EconomicItem[];
}

/**
 * The 基本支出 classes and the items most departments use, one row per item with the
 * 机关 pairing. Seed 000 (2023) repeats items with the 事业单位 pairing (基本工资 /
 * 工资福利支出); a 事业单位 inserts such rows itself.
 */
const ECONOMIC_CLASSES: readonly EconomicClass[] = [
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

const AMOUNT_COLS = [2, 3, 4];

function economicBody(ctx: TemplateContext): BodyRowSpec[] {
  const pairs = new Map(ctx.catalog.economicPairs().map((p) => [p.departmentCode, p.governmentName]));
  const deptName = (c: string, fallback: string) => ctx.catalog.get(c, 'economicDepartment')?.name ?? fallback;
  const classIds = ECONOMIC_CLASSES.map((c) => `econ:${c.code}`);
  const rows: BodyRowSpec[] = [
    // Explicit references to the 类 rows: they move with inserted rows, and unlike a SUM
    // over the body they cannot count an item twice (类 rows and items share the columns,
    // and no code column tells them apart as in T02).
    { id: 'total', cells: { 0: text('合计'), ...each(AMOUNT_COLS, refSum(...classIds)) } },
  ];
  ECONOMIC_CLASSES.forEach((cls, i) => {
    const first = `econ:${cls.items[0].code}`;
    const last = `econ:${cls.items[cls.items.length - 1].code}`;
    const next = ECONOMIC_CLASSES[i + 1];
    // Up to the next 类 row (minus it), so an item added at the end of the block counts.
    const sum = next ? blockSum(first, `econ:${next.code}`) : rangeSum(first, last);
    rows.push({ id: `econ:${cls.code}`, cells: { 0: text(deptName(cls.code, cls.name)), ...each(AMOUNT_COLS, sum) } });
    for (const item of cls.items) {
      const government = pairs.get(item.code) ?? item.government ?? '';
      rows.push({
        id: `econ:${item.code}`,
        cells: { 0: text(deptName(item.code, item.name)), 1: text(government), 2: rowSum(3, 4), 3: INPUT, 4: INPUT },
      });
    }
  });
  return rows;
}

export const T06_SPEC: TableSpec = {
  id: 'T06',
  number: 6,
  title: (ctx) => tableTitle('T06', ctx.year, ctx.format),
  columns: () => [
    label(30),
    { kind: 'label', width: 24, role: 'govEconName' },
    amount('total'),
    amount('personnel'),
    amount('publicUse'),
  ],
  header: (ctx) => ({
    rowCount: 2,
    cells: [
      { row: 0, col: 0, value: '部门预算支出经济科目名称', rowSpan: 2 },
      { row: 0, col: 1, value: '政府预算支出经济科目名称', rowSpan: 2 },
      { row: 0, col: 2, value: `${ctx.year}年预算数`, colSpan: 3 },
      ...headerRow(1, 2, ['合计', '人员经费', '公用经费']),
    ],
  }),
  body: economicBody,
};
