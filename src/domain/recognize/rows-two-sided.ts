import { FISCAL_ROLES } from '../model/types';
import type { BudgetRow, RowKind } from '../model/types';
import { sourceRoleOfRow } from './vocabulary';
import type { SideColumns } from './columns';
import { hasNonZeroAmount, readAmounts, reportRow, TableContext, textAt } from './context';
import { normalizeLabel, splitOrdinal } from './text';

/** The 30 expenditure 类 that 表1/表4 list by name, in their fixed order (key = position). */
export const EXPENDITURE_CLASS_NAMES: readonly string[] = [
  '一般公共服务支出', '外交支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出',
  '文化旅游体育与传媒支出', '社会保障和就业支出', '社会保险基金支出', '卫生健康支出', '节能环保支出',
  '城乡社区支出', '农林水支出', '交通运输支出', '资源勘探工业信息等支出', '商业服务业等支出', '金融支出',
  '援助其他地区支出', '自然资源海洋气象等支出', '住房保障支出', '粮油物资储备支出', '国有资本经营预算支出',
  '灾害防治及应急管理支出', '预备费', '其他支出', '转移性支出', '债务还本支出', '债务付息支出',
  '债务发行费用支出', '抗疫特别国债安排的支出',
];

/** Names compare without 等 and brackets style (资源勘探工业信息等支出 = 资源勘探工业信息支出). */
function className(label: string): string {
  return normalizeLabel(label).replace(/等/g, '');
}

const CLASS_KEY_BY_NAME = new Map(EXPENDITURE_CLASS_NAMES.map((n, i) => [className(n), String(i + 1)]));

export interface TwoSidedState {
  afterCarryOver: boolean;
  /** Under a 一、财政拨款收入 row: its 1.一般公共预算 2.政府性基金 3.国有资本经营预算 are its parts. */
  underAppropriation?: boolean;
}

function fixedRow(kind: RowKind, side: 'income' | 'expenditure', name: string, row: number, key?: string): Omit<BudgetRow, 'amounts'> {
  return { kind, side, ...(key ? { key } : {}), name, row };
}

/** The income side of 表1/表4: sources, 本年收入合计, 上年结转 (and its sources in 表4), 收入总计. */
export function readIncomeSide(ctx: TableContext, row: number, cols: SideColumns, state: TwoSidedState): BudgetRow | undefined {
  const name = textAt(ctx, row, cols.name);
  const amounts = readAmounts(ctx, row, cols);
  if (!name) {
    if (hasNonZeroAmount(amounts)) reportRow(ctx, row, cols.name ?? 0, '收入一侧有金额但没有项目名称，此行未读取。');
    return undefined;
  }
  const { rest } = splitOrdinal(normalizeLabel(name));
  let base: Omit<BudgetRow, 'amounts'> | undefined;
  const source = sourceRoleOfRow(rest);
  if (source) {
    const fiscalPart = FISCAL_ROLES.includes(source);
    if (!fiscalPart) state.underAppropriation = source === 'appropriation' && !state.afterCarryOver;
    base = fixedRow('source', 'income', name, row, state.afterCarryOver ? `carryOver.${source}` : source);
    if (fiscalPart && state.underAppropriation) base.parentKey = 'appropriation';
  } else if (/^(本年收入合计|本年收入小计|收入合计|本年收入)$/.test(rest)) {
    base = fixedRow('incomeSubtotal', 'income', name, row);
  } else if (/^(上年结转|上年财政拨款结转|上年结转结余|上年结余结转|上年结余)/.test(rest)) {
    state.afterCarryOver = true;
    state.underAppropriation = false;
    base = fixedRow('carryOver', 'income', name, row);
  } else if (/^(收入总计|收入合计总计)$/.test(rest)) {
    base = fixedRow('grandTotal', 'income', name, row);
  }
  if (!base) {
    reportRow(ctx, row, cols.name ?? 0, `收入项目“${name}”不是表中固定的收入项目，此行未读取。`);
    return undefined;
  }
  return { ...base, amounts };
}

/** The expenditure side of 表1/表4: the 30 named 类, 本年支出合计, 年终结转, 支出总计. */
export function readExpenditureSide(ctx: TableContext, row: number, cols: SideColumns): BudgetRow | undefined {
  const name = textAt(ctx, row, cols.name);
  const amounts = readAmounts(ctx, row, cols);
  if (!name) {
    if (hasNonZeroAmount(amounts)) reportRow(ctx, row, cols.name ?? 0, '支出一侧有金额但没有项目名称，此行未读取。');
    return undefined;
  }
  const { ordinal, rest } = splitOrdinal(normalizeLabel(name));
  let base: Omit<BudgetRow, 'amounts'> | undefined;
  if (/^(本年支出合计|本年支出小计|支出合计|本年支出)$/.test(rest)) {
    base = fixedRow('expenditureSubtotal', 'expenditure', name, row);
  } else if (/^(年终结转|年终结转结余|结转下年|年末结转|年终结余)/.test(rest)) {
    base = fixedRow('yearEndCarry', 'expenditure', name, row);
  } else if (/^支出总计$/.test(rest)) {
    base = fixedRow('grandTotal', 'expenditure', name, row);
  } else {
    const byName = CLASS_KEY_BY_NAME.get(className(rest));
    const byOrdinal = ordinal !== undefined && ordinal >= 1 && ordinal <= 30 ? String(ordinal) : undefined;
    const key = byName ?? byOrdinal;
    if (key) {
      base = fixedRow('class', 'expenditure', name, row, key);
    }
  }
  if (!base) {
    reportRow(ctx, row, cols.name ?? 0, `支出项目“${name}”不是30个支出功能分类类级科目之一，此行未读取。请核对名称。`);
    return undefined;
  }
  return { ...base, amounts };
}
