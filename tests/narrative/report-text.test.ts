import type { BudgetDocument } from '../../src/domain/model/types';
import { buildCheckReport, formatCheckReportText } from '../../src/domain/report';

const doc: BudgetDocument = { year: 2026, department: '上海市普陀区司法局', tables: [], missing: [], problems: [] };

describe('the text report of a narrative finding', () => {
  it('prints 应为/实为 and leaves out 差 when the finding has no difference (a year slip)', () => {
    const report = buildCheckReport('x.xlsx', doc, [
      { rule: 'N.year', severity: 'warning', message: '情况说明写“比2026年预算增加793.14万元”：本预算是2026年度，应与2025年比较。', cells: ['情况说明!A5'], expected: '2025年', actual: '2026年' },
      { rule: 'N.amount', severity: 'error', message: '机关运行经费154.36万元与表11不符。', cells: ['表11!B6', '情况说明!A40'], expected: '154.37', actual: '154.36', difference: '0.01' },
    ]);
    const text = formatCheckReportText(report);
    expect(text).not.toMatch(/undefined/);
    expect(text).toContain('      应为 2025年，实为 2026年\n');
    expect(text).toContain('      应为 154.37，实为 154.36，差 0.01\n');
    expect(text).toContain('      单元格：表11!B6、情况说明!A40');
  });
});
