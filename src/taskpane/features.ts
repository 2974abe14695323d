/** The four jobs of the add-in (DESIGN.md §1), one tab each. */
export interface Feature {
  id: 'insert' | 'overview' | 'check' | 'narrative';
  title: string;
  description: string;
}

export const FEATURES: readonly Feature[] = [
  {
    id: 'insert',
    title: '插入表格',
    description: '在当前工作簿中插入预算公开表1–13 的标准框架（含科目编码和名称），不会覆盖已有内容。',
  },
  {
    id: 'overview',
    title: '实时概览',
    description: '编辑单元格时实时显示收支合计、各项占比和“三公”经费等关键数字。',
  },
  {
    id: 'check',
    title: '一键检查',
    description: '检查表内、表间勾稽关系，列出有问题的单元格，点击即可在表格中定位。',
  },
  {
    id: 'narrative',
    title: '情况说明',
    description: '根据表格数据起草第三部分情况说明，并核对已写好的文字与表格是否一致。',
  },
];

/** Shown in a plain browser, where there is no workbook to work on. */
export const NEEDS_EXCEL = '需要在 Excel 中打开本加载项后使用';
