import type { TableId } from '../../model/types';
import type { TemplateFormat } from '../types';

const NOT_INCLUDING_CARRY_OVER = '（不含上年结转）';

/** Table titles as the 2023 (seed 000) and 2024 (seed 003) documents print them. */
export function tableTitle(id: TableId, year: number, format: TemplateFormat): string {
  const y = `${year}年`;
  switch (id) {
    case 'T01': return `${y}预算收支总表`;
    case 'T02': return `${y}预算收入总表`;
    case 'T03': return `${y}预算支出总表`;
    case 'T04': return `${y}财政拨款收支总表`;
    case 'T05': return `${y}一般公共预算支出预算表${NOT_INCLUDING_CARRY_OVER}`;
    case 'T06': return `${y}一般公共预算安排基本支出分经济科目表${NOT_INCLUDING_CARRY_OVER}`;
    case 'T07': return `${y}政府性基金预算收入表${NOT_INCLUDING_CARRY_OVER}`;
    case 'T08': return `${y}政府性基金预算支出表${NOT_INCLUDING_CARRY_OVER}`;
    case 'T09': return `${y}国有资本经营预算收支预算表${NOT_INCLUDING_CARRY_OVER}`;
    case 'T10': return format === '2023' ? `${y}一般公共预算“三公”经费支出预算表` : `${y}财政拨款安排“三公”经费支出预算表`;
    case 'T11': return format === '2023' ? `${y}机关运行经费预算财政拨款情况统计表` : `${y}财政拨款安排机关运行经费预算表`;
    case 'T12': return `${y}项目支出预算表（本年预算）`;
    case 'T13': return `${y}项目支出预算表（上年结转）`;
  }
}
