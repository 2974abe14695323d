import type { AmountRole } from '../model/types';

/**
 * What real documents print for the income sources, as a column header (T02, T10–T13) or as a
 * row of the income side (T01, T04). One entry per role; `row` is matched on the label with its
 * ordinal (一、/ 1. / （二）) removed, `column` on the whole header label with its year removed.
 * Shanxi 2023/2024: 一般公共预算 … 财政专户管理资金, 单位资金. Shanghai and older formats:
 * 财政拨款收入 (1.一般公共预算资金 2.政府性基金 3.国有资本经营预算), 事业收入, 事业单位经营收入, 其他收入;
 * 事业单位 budgets: 上级补助收入, 附属单位上缴收入.
 */
export interface SourceWords {
  role: AmountRole;
  row: RegExp;
  column: RegExp;
}

export const INCOME_SOURCE_WORDS: readonly SourceWords[] = [
  { role: 'appropriation', row: /^财政拨款(收入|资金)?(合计|小计)?$/, column: /^财政拨款(收入|资金)?(合计|小计)?$/ },
  { role: 'general', row: /^一般公共预算/, column: /^一般公共预算(拨款)?(收入|资金)?$/ },
  { role: 'fund', row: /^政府性基金/, column: /^政府性基金(预算)?(拨款)?(收入|资金)?$/ },
  { role: 'stateCapital', row: /^国有资本经营/, column: /^国有资本经营(预算)?(拨款)?(收入|资金)?$/ },
  { role: 'specialAccount', row: /^财政专户/, column: /^财政专户(管理)?资金(收入)?$/ },
  { role: 'unitFunds', row: /^单位资金/, column: /^单位资金(收入)?$/ },
  { role: 'businessIncome', row: /^事业收入/, column: /^事业收入$/ },
  { role: 'operatingIncome', row: /^(事业单位)?经营收入/, column: /^(事业单位)?经营收入$/ },
  { role: 'superiorSubsidy', row: /^上级补助收入/, column: /^上级补助收入$/ },
  { role: 'subordinateRemit', row: /^附属单位上缴收入/, column: /^附属单位上缴收入$/ },
  { role: 'otherIncome', row: /^其他收入/, column: /^其他收入$/ },
];

/** The source role an income-side row label (ordinal removed) names. */
export function sourceRoleOfRow(label: string): AmountRole | undefined {
  return INCOME_SOURCE_WORDS.find((w) => w.row.test(label))?.role;
}

/** The source role a column header label names. */
export function sourceRoleOfColumn(label: string): AmountRole | undefined {
  return INCOME_SOURCE_WORDS.find((w) => w.column.test(label))?.role;
}

/**
 * What a coded table prints in place of rows when it has none ("无", "本部门无政府性基金预算收支"):
 * an empty table, not an unreadable row.
 */
export const EMPTY_TABLE_MARKS: readonly RegExp[] = [/^(无|空|无数据|本表无数据|—+|-+)$/];

/**
 * Explanatory notes under (or inside) a table that say why it is empty. They are valid in a
 * published document and are never table rows.
 */
export const EMPTY_TABLE_NOTES: readonly RegExp[] = [
  /^(注|说明|备注)?[:：]?\s*本(部门|单位)(\d{4}年(度)?)?(无|没有|未安排|不涉及)/,
  /^(注|说明|备注)?[:：]?\s*本表(无数据|为空)/,
  /故本表为空表/,
  /^(注|说明|备注)[:：].*(无|没有|未安排|不涉及).*(预算|经费|收入|支出|数据)/,
];

export function isEmptyTableMark(text: string): boolean {
  return EMPTY_TABLE_MARKS.some((p) => p.test(text));
}

export function isEmptyTableNote(text: string): boolean {
  return EMPTY_TABLE_NOTES.some((p) => p.test(text));
}
