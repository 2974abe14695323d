import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument } from '../../src/domain/rules';
import { renderWorkbook } from '../../src/domain/templates';

/**
 * What the pane checks right after inserting the tables: in Excel the formulas have computed
 * 0, not blank. An untouched skeleton must give no finding at all.
 */
describe('freshly inserted tables, formulas computed to 0', () => {
  it.each([
    [2023, 'sheets'],
    [2024, 'stacked'],
  ] as const)('%i %s: no findings', (year, layout) => {
    const wb = renderWorkbook({ year, department: '测试局' }, layout);
    for (const s of wb.sheets) s.values = s.values.map((row, r) => row.map((v, c) => (s.formulas?.[r]?.[c] ? 0 : v)));
    const doc = recognizeWorkbook(wb);
    expect(doc.problems).toEqual([]);
    expect(checkDocument(doc).findings).toEqual([]);
  });
});
