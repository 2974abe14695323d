import type { WorkbookGrid } from '../domain/grid/types';
// Dev-only: the playground may use the test fixtures (never part of the production bundle).
import { seed000, seedWorkbook } from '../../tests/fixtures/seeds/build';

/** What a new user sees first: an ordinary workbook with a little data of its own in Sheet1. */
export function starterWorkbook(): WorkbookGrid {
  return {
    sheets: [
      {
        name: 'Sheet1',
        values: [
          ['演示工作簿（数据只保存在本页面中，刷新页面即恢复）'],
          [],
          ['1. 在右侧“插入表格”中插入预算公开表（新建工作表，或从选中的单元格开始）。'],
          ['2. 在表格的空白金额单元格中输入数字：类、款、合计由公式自动计算。'],
          ['3. 在“实时概览”看收支是否平衡和各项占比；“一键检查”核对勾稽关系；“情况说明”起草文字。'],
          [],
          ['已有数据', '金额'],
          ['办公费', 12.5],
          ['差旅费', 8],
          ['合计', null],
        ],
        formulas: [[], [], [], [], [], [], [], [], [], [null, '=SUM(B8:B9)']],
        columnWidths: [16, 10],
      },
    ],
  };
}

/** The seed-000 document (晋中市行政审批服务管理局, 2023) as published: 13 sheets 表1…表13. */
export function sampleWorkbook(): WorkbookGrid {
  return seedWorkbook(seed000, 'sheets', { amountsAs: 'number' });
}
