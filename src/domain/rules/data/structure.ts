import { TABLE_IDS, TableId } from '../../model/types';
import type { Rule } from '../types';

const CODED_TABLES: readonly TableId[] = ['T02', 'T03', 'T05', 'T07', 'T08', 'T09'];
const EXPENDITURE_CODED: readonly TableId[] = ['T02', 'T03', 'T05', 'T08', 'T09'];

export const STRUCTURE_RULES: readonly Rule[] = [
  {
    id: 'K.catalog',
    family: 'codes',
    tables: CODED_TABLES,
    applies: 'any',
    title: '科目编码与名称',
    description:
      '表2、3、5、7、8、9 的每个科目编码应在本年度《政府收支分类科目》中，名称与科目表一致（全角、半角括号视为相同）。' +
      '编码在科目表中但名称不同：警告，并给出科目表名称；编码只在某些年度有效（科目表注明起止年度）而本文件不在其中：警告，给出适用年度；' +
      '编码不在内置科目表中：提示（内置科目表不完整，请用户确认或导入完整科目表）。',
    severity: { mismatch: 'warning' },
    check: { kind: 'catalog', tables: CODED_TABLES },
    custom: '科目表查找，不是金额关系。',
  },
  {
    id: 'K.names',
    family: 'codes',
    tables: EXPENDITURE_CODED,
    applies: 'any',
    title: '各表科目名称一致',
    description: '同一支出功能分类科目在表2、3、5、8、9 中的名称应相同，不论科目表怎么写。',
    severity: { mismatch: 'warning' },
    check: { kind: 'sameNames', tables: EXPENDITURE_CODED },
    custom: '比较各表的名称文字，不是金额关系。',
  },
  {
    id: 'K.parents',
    family: 'codes',
    tables: CODED_TABLES,
    applies: 'any',
    title: '科目上级行',
    description: '列出的每个项（7 位）都要有所属的款（5 位）和类（3 位）行，每个款都要有所属的类行，否则类、款合计无法核对。',
    severity: { mismatch: 'warning' },
    check: { kind: 'parents', tables: CODED_TABLES },
    custom: '检查编码的层级结构，不是金额关系。',
  },
  {
    id: 'K.order',
    family: 'codes',
    tables: CODED_TABLES,
    applies: 'any',
    title: '科目顺序与重复',
    description: '科目按编码顺序排列（类、其下的款、其下的项），每个科目只列一次。',
    severity: { mismatch: 'warning' },
    check: { kind: 'codeOrder', tables: CODED_TABLES },
    custom: '检查编码的顺序，不是金额关系。',
  },
  {
    id: 'K.T05-blank',
    family: 'codes',
    tables: ['T05'],
    title: '表5 无金额科目',
    description:
      '表5 一般公共预算支出表只列一般公共预算安排了金额的科目；政府性基金科目（如 212 08 国有土地使用权出让收入安排的支出）不应出现在表5。' +
      '表5 中所有金额都为空的科目行给出警告，并指出其中在表2/表8 由政府性基金安排的科目（表5 还没有填任何金额时不检查）。',
    severity: { mismatch: 'warning' },
    check: { kind: 'blankRows', table: 'T05' },
    custom: '检查行是否有金额，不是金额关系。',
  },
  {
    id: 'K.T09-revenue',
    family: 'codes',
    tables: ['T09'],
    title: '表9 收入科目',
    description: '表9 国有资本经营预算收支表收入一侧的科目编码应为收入分类科目（1 开头），不应是支出功能分类科目（2 开头）。',
    severity: { mismatch: 'warning' },
    check: { kind: 'revenueCodes', table: 'T09', side: 'income' },
    custom: '检查编码的种类，不是金额关系。',
  },
  {
    id: 'E.note',
    family: 'emptyTable',
    tables: TABLE_IDS,
    applies: 'any',
    title: '空表说明',
    description:
      '没有任何金额（全部为空或 0）的表，按公开要求应保留并在表下注明“注：本表无数据”或说明为何为空。' +
      '与“三公”经费合印一张表的机关运行经费（或反之）不单独要求；整个工作簿还没有填任何金额（刚插入的空表）时不检查。',
    severity: { mismatch: 'warning' },
    check: { kind: 'noDataNote' },
    custom: '检查表下的注释文字，不是金额关系。',
  },
  {
    id: 'E.figures',
    family: 'emptyTable',
    tables: TABLE_IDS,
    applies: 'any',
    title: '空表说明与金额矛盾',
    description: '注明了“本表无数据”（或“为空表”）的表中却有不为零的金额。',
    severity: { mismatch: 'warning' },
    check: { kind: 'noteWithFigures' },
    custom: '检查表下的注释文字，不是金额关系。',
  },
  {
    id: 'C.text',
    family: 'cells',
    tables: TABLE_IDS,
    applies: 'any',
    title: '金额单元格不是数字',
    description:
      '金额单元格里是文字或错误值（如“见附件”、#REF!）时不按 0 计算，含这个单元格的勾稽关系都不检查（列入“未检查”）。' +
      '识别表格时已经报告的单元格不重复报告。',
    severity: { mismatch: 'warning' },
    check: { kind: 'textCells' },
    custom: '逐个单元格检查内容，不是金额关系。',
  },
];
