import { TABLE_IDS } from '../../model/types';
import type { Rule } from '../types';

export const UNIT_RULES: readonly Rule[] = [
  {
    id: 'U.unit-line',
    family: 'crossTable',
    tables: TABLE_IDS,
    applies: 'any',
    title: '单位行',
    description:
      '同一个数（如表1 本年收入合计与表2 合计）在两张表中相差 10,000 倍时，是其中一张表的单位行写错了（数字按元填写却标“单位：万元”，或反过来）：' +
      '报告这张表及其单位行单元格（错误），这张表与其他表的比较不再逐项报错，列为未检查。与多数表倍数一致的表视为正确；两边表数相同时按数的大小判断，仍无法判断则两边都列出。',
    severity: { mismatch: 'error' },
    check: { kind: 'unitSlip' },
    custom: '比较各表之间同一个数的倍数，找出单位行与数字不符的表，不是单一的金额关系。',
  },
];
