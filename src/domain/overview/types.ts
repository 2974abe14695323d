import type Decimal from 'decimal.js';
import type { TableId } from '../model/types';

/** One figure with its share of a whole (percent, half-up to 2 places); share undefined when the whole is 0 or unknown. */
export interface SharePart {
  label: string;
  /** 万元, exact as read (not rounded). */
  amount: Decimal;
  share?: Decimal;
  /** Where the figure comes from ("表1!B6"); empty when it is a sum of several cells. */
  cells: string[];
}

/**
 * The key figures of a budget document for the pane's 实时概览, all in 万元. A field is
 * undefined when its table is missing (see `missing`) or its cell could not be read.
 */
export interface Overview {
  year?: number;
  department?: string;
  missing: TableId[];
  /** 表1 收入总计 / 支出总计. */
  incomeTotal?: Decimal;
  expenditureTotal?: Decimal;
  /** 收入总计 − 支出总计. */
  difference?: Decimal;
  /** |difference| within the rounding of the two printed totals (one unit of the coarser last place). */
  balanced?: boolean;
  /** The rounding allowance used for `balanced`. */
  tolerance?: Decimal;
  /** 表1 income sources and 上年结转, shares of 收入总计. */
  income?: SharePart[];
  /** 表3 合计 row: 基本支出 / 项目支出, shares of its 合计. */
  expenditure?: { total?: Decimal; basic?: SharePart; project?: SharePart };
  /** 表4 财政拨款 by source (including carry-over), shares of 表4 收入总计. */
  appropriation?: { total?: Decimal; parts: SharePart[] };
  /** 表10 “三公”经费. */
  threePublic?: {
    total?: Decimal;
    abroad?: Decimal;
    reception?: Decimal;
    vehicle?: Decimal;
    vehiclePurchase?: Decimal;
    vehicleOperation?: Decimal;
  };
  /** 表11 部门合计 (机关运行经费). */
  operatingCosts?: Decimal;
  /** 表5 一般公共预算支出 by 类, shares of 表5 合计. */
  classes?: SharePart[];
  /** 表5 合计. */
  generalTotal?: Decimal;
}
