import type { BudgetRow } from '../model/types';
import { isTotalLabel } from './column-roles';
import { readJoinedCode } from './codes';
import type { SideColumns } from './columns';
import { hasNonZeroAmount, readAmounts, reportRow, TableContext, textAt } from './context';
import { normalizeLabel, stripItemMarks } from './text';

/** 部门预算支出经济分类 类 names (the 3-digit level) that 表6 prints as class rows. */
export const ECONOMIC_CLASS_NAMES: readonly string[] = [
  '工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出', '对企业补助', '债务利息及费用支出',
  '其他支出', '对事业单位经常性补助', '对社会保障基金补助', '基本建设支出', '资本性支出（基本建设）',
  '对企业资本性支出', '债务还本支出', '转移性支出', '预备费及预留', '对事业单位资本性补助',
  '机关工资福利支出', '机关商品和服务支出', '机关资本性支出（一）', '机关资本性支出（二）',
];
const ECONOMIC_CLASS_SET = new Set(ECONOMIC_CLASS_NAMES.map((n) => normalizeLabel(n)));

export interface EconomicState {
  lastClassName?: string;
}

/** 表6: 合计, economic 类 rows and their items (with the 政府预算 name beside). */
export function readEconomicRow(ctx: TableContext, row: number, cols: SideColumns, state: EconomicState): BudgetRow | undefined {
  const name = textAt(ctx, row, cols.name);
  const govEconName = textAt(ctx, row, cols.govEconName);
  const amounts = readAmounts(ctx, row, cols);
  const gov = govEconName ? { govEconName } : {};
  const code = cols.code === undefined ? undefined : readJoinedCode(ctx.view.value(row, cols.code), [3, 5]);
  const label = normalizeLabel(name);
  if (isTotalLabel(label) || (code?.kind === 'label' && isTotalLabel(normalizeLabel(code.text)))) {
    return { kind: 'total', name: name || (code?.kind === 'label' ? code.text : ''), ...gov, amounts, row };
  }
  if (code?.kind === 'invalid') {
    reportRow(ctx, row, cols.code ?? 0, `${code.reason}（经济分类编码应为3位类或5位款），此行未读取。`);
    return undefined;
  }
  if (!name && !govEconName) {
    if (hasNonZeroAmount(amounts)) reportRow(ctx, row, cols.name ?? 0, '有金额但没有经济科目名称，此行未读取。');
    return undefined;
  }
  const codeText = code?.kind === 'code' ? code.code : undefined;
  let isClass: boolean;
  if (codeText) isClass = codeText.length === 3;
  else {
    const listed = ECONOMIC_CLASS_SET.has(label) || (ctx.names?.isEconomicClassName(name) ?? false);
    // 其他支出 is both a 类 and its own 款: under a 类 of the same name it is the item.
    isClass = listed && state.lastClassName !== label;
  }
  if (isClass) state.lastClassName = label;
  return { kind: isClass ? 'econClass' : 'econItem', ...(codeText ? { code: codeText } : {}), name, ...gov, amounts, row };
}

export type ThreePublicKey = 'abroad' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation';

/** Which 三公 item a row label names; 'total' for the 合计, 'operating' for 机关运行经费. */
export function threePublicKeyOf(name: string): ThreePublicKey | 'total' | 'operating' | undefined {
  const t = stripItemMarks(normalizeLabel(name));
  if (/因公出国/.test(t)) return 'abroad';
  if (/公务接待/.test(t)) return 'reception';
  if (/公务用车购置及运行/.test(t)) return 'vehicle';
  if (/公务用车购置/.test(t)) return 'vehiclePurchase';
  if (/公务用车运行/.test(t)) return 'vehicleOperation';
  if (/机关运行经费/.test(t)) return 'operating';
  if (isTotalLabel(t) || /^三公经费(合计|小计|总计)?$/.test(t) || /^(合计|总计)/.test(t)) return 'total';
  return undefined;
}

/** 表10 rows (and the rows of a combined 三公 + 机关运行经费 table, returned with their target). */
export function readThreePublicRow(
  ctx: TableContext,
  row: number,
  cols: SideColumns,
): { row: BudgetRow; target: 'T10' | 'T11' } | undefined {
  const name = textAt(ctx, row, cols.name);
  const amounts = readAmounts(ctx, row, cols);
  if (!name) {
    if (hasNonZeroAmount(amounts)) reportRow(ctx, row, cols.name ?? 0, '有金额但没有项目名称，此行未读取。');
    return undefined;
  }
  const key = threePublicKeyOf(name);
  if (key === undefined) {
    reportRow(ctx, row, cols.name ?? 0, `“${name}”不是“三公”经费的项目（因公出国（境）费、公务接待费、公务用车购置及运行费），此行未读取。`);
    return undefined;
  }
  if (key === 'operating') return { row: { kind: 'total', name, amounts, row }, target: 'T11' };
  if (key === 'total') return { row: { kind: 'total', name, amounts, row }, target: 'T10' };
  return { row: { kind: 'threePublic', key, name, amounts, row }, target: 'T10' };
}

/** 表11: 部门合计 and one row per unit. */
export function readOperatingCostRow(ctx: TableContext, row: number, cols: SideColumns): BudgetRow | undefined {
  const name = textAt(ctx, row, cols.name);
  const amounts = readAmounts(ctx, row, cols);
  if (!name) {
    if (hasNonZeroAmount(amounts)) reportRow(ctx, row, cols.name ?? 0, '有金额但没有单位名称，此行未读取。');
    return undefined;
  }
  const label = normalizeLabel(name);
  const total = isTotalLabel(label) || /^(部门|本部门)?(合计|总计)$/.test(label);
  return { kind: total ? 'total' : 'unit', name, amounts, row };
}

/** 表12/表13 rows as read; kinds (合计/单位/项目) are settled by classifyProjectRows. */
export function readProjectRow(ctx: TableContext, row: number, cols: SideColumns): BudgetRow | undefined {
  const name = textAt(ctx, row, cols.name);
  const amounts = readAmounts(ctx, row, cols);
  if (!name) {
    if (hasNonZeroAmount(amounts)) reportRow(ctx, row, cols.name ?? 0, '有金额但没有项目名称，此行未读取。');
    return undefined;
  }
  return { kind: isTotalLabel(normalizeLabel(name)) ? 'total' : 'project', name, amounts, row };
}
