import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument } from '../../src/domain/rules';
import { expenditureTable, sheet, workbook } from './grid-helpers';

/** Issue 9 §3: a figure written with a unit ("167.4万元", "7718300元") is converted to the table's unit and said. */
describe('a unit written in an amount cell', () => {
  it('"167.4万元" in a 元 table reads as 1,674,000 元, with an info naming the cell; the sums still hold', () => {
    const doc = recognizeWorkbook(
      workbook(
        sheet(
          '表3',
          expenditureTable({
            unitLine: '单位：元',
            rows: [
              ['合计', '', 1774000, 1674000, 100000],
              ['201', '一般公共服务支出', 1774000, 1674000, 100000],
              ['20103', '政府办公厅（室）及相关机构事务', 1774000, 1674000, 100000],
              ['2010301', '行政运行', 1674000, '167.4万元', ''],
              ['2010350', '事业运行', 100000, '', 100000],
            ],
          }),
        ),
      ),
    );
    const t3 = doc.tables.find((t) => t.id === 'T03');
    expect(t3?.unit).toBe('元');
    const row = t3?.rows.find((r) => r.code === '2010301');
    expect(row?.amounts.basic?.value?.toString()).toBe('1674000');
    expect(row?.amounts.basic?.wan?.toString()).toBe('167.4');
    expect(row?.amounts.basic?.problem).toBeUndefined();
    expect(doc.problems).toEqual([]);

    const { findings } = checkDocument(doc);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const notes = findings.filter((f) => f.message.includes('167.4万元'));
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe('info');
    expect(notes[0].message).toMatch(/表3!D9 写的是“167\.4万元”，与本表单位（元）不同，已换算为 1674000 元/);
  });

  it('"7718300元" in a 万元 table reads as 771.83 万元', () => {
    const doc = recognizeWorkbook(
      workbook(
        sheet(
          '表3',
          expenditureTable({
            rows: [
              ['合计', '', 871.83, 771.83, 100],
              ['201', '一般公共服务支出', 871.83, 771.83, 100],
              ['20103', '政府办公厅（室）及相关机构事务', 871.83, 771.83, 100],
              ['2010301', '行政运行', 771.83, '7718300元', ''],
              ['2010350', '事业运行', 100, '', 100],
            ],
          }),
        ),
      ),
    );
    const row = doc.tables[0].rows.find((r) => r.code === '2010301');
    expect(row?.amounts.basic?.value?.toString()).toBe('771.83');
    const { findings } = checkDocument(doc);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => f.message.includes('7718300元'))).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('表3!D9 写的是“7718300元”，与本表单位（万元）不同，已换算为 771.83 万元') }),
    ]);
  });

  it('a unit that is the table\'s own needs no note, and a converted figure that breaks a sum is still an error', () => {
    const doc = recognizeWorkbook(
      workbook(
        sheet(
          '表3',
          expenditureTable({
            rows: [
              ['合计', '', '100.50万元', 60.25, 40.25],
              ['201', '一般公共服务支出', 100.5, 60.25, 40.25],
              ['20103', '政府办公厅（室）及相关机构事务', 100.5, 60.25, 40.25],
              ['2010301', '行政运行', 60.25, 60.25, ''],
              // 40.25 万元 typed as 元: 0.004025 万元, far from the 40.25 the 款 expects.
              ['2010350', '事业运行', 40.25, '', '40.25元'],
            ],
          }),
        ),
      ),
    );
    const { findings } = checkDocument(doc);
    expect(findings.filter((f) => f.message.includes('100.50万元'))).toEqual([]);
    expect(findings.some((f) => f.severity === 'info' && f.message.includes('“40.25元”'))).toBe(true);
    expect(findings.some((f) => f.severity === 'error' && f.cells.includes('表3!E10'))).toBe(true);
  });
});
