import { refA1 } from '../../src/domain/grid/address';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument } from '../../src/domain/rules';
import { renderWorkbook } from '../../src/domain/templates';

describe('checking the add-in’s own templates', () => {
  const options = { year: 2024, department: '测试局' };

  it('a fresh skeleton never calculated (every amount blank): only the warning that there is nothing to check yet', () => {
    // Computed to 0 (as in Excel right after inserting) it gives no finding at all: fresh-template.test.ts.
    const result = checkDocument(recognizeWorkbook(renderWorkbook(options, 'sheets')));
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['D.empty', 'warning']]);
    expect(result.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
  });

  it('one figure typed into a 项 whose subtotals are not recomputed: an error naming that cell', () => {
    const workbook = renderWorkbook(options, 'sheets');
    const t05 = workbook.sheets.find((s) => s.name === '表5')!;
    // the 2080501 row, 合计 column (C)
    const row = t05.values.findIndex((r) => r[0] === '2080501');
    t05.values[row] = [...t05.values[row]];
    t05.values[row][2] = 12.5;
    const result = checkDocument(recognizeWorkbook(workbook));
    const ref = refA1({ sheet: '表5', row, col: 2 });
    const errors = result.findings.filter((f) => f.severity === 'error' && f.cells.includes(ref));
    expect(errors.map((f) => f.rule)).toEqual(expect.arrayContaining(['T05.hierarchy', 'T05.row']));
    // the other tables are empty now that the workbook has a figure: the note is asked for
    expect(result.findings.filter((f) => f.rule === 'E.note').length).toBe(12);
  });
});
