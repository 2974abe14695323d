import { parseCellRef, selectionTarget } from '../../src/taskpane/lib/cellTarget';
import { summaryText } from '../../src/taskpane/lib/format';

describe('finding cells -> what to select', () => {
  test('plain, quoted and $-anchored references', () => {
    expect(parseCellRef('表5!C6')).toEqual({ sheet: '表5', address: 'C6' });
    expect(parseCellRef("'Sheet 1'!A1")).toEqual({ sheet: 'Sheet 1', address: 'A1' });
    expect(parseCellRef("'O''Brien 表'!$B$2:$C$3")).toEqual({ sheet: "O'Brien 表", address: 'B2:C3' });
    expect(parseCellRef('C6')).toBeUndefined();
    expect(parseCellRef('表5!not-a-cell')).toBeUndefined();
  });

  test('one cell selects that cell; a contiguous run of one sheet selects the range', () => {
    expect(selectionTarget(['表5!C6'])).toEqual({ sheet: '表5', address: 'C6' });
    expect(selectionTarget(['表5!C6', '表5!C7', '表5!C8'])).toEqual({ sheet: '表5', address: 'C6:C8' });
    expect(selectionTarget(['表3!D6', '表3!C6', '表3!E6'])).toEqual({ sheet: '表3', address: 'C6:E6' });
    expect(selectionTarget(['表1!A1:B2', '表1!A3:B3'])).toEqual({ sheet: '表1', address: 'A1:B3' });
  });

  test('gaps or several sheets select the first cell', () => {
    expect(selectionTarget(['表5!C6', '表5!C8'])).toEqual({ sheet: '表5', address: 'C6' });
    expect(selectionTarget(['表5!C6', '表6!C5'])).toEqual({ sheet: '表5', address: 'C6' });
    expect(selectionTarget(['表5!C6', '表5!D7'])).toEqual({ sheet: '表5', address: 'C6' });
    expect(selectionTarget([])).toBeUndefined();
    expect(selectionTarget(['garbage', "'Sheet 1'!B2"])).toEqual({ sheet: 'Sheet 1', address: 'B2' });
  });

  test('summary line in the words of the issue', () => {
    expect(summaryText({ errors: 3, warnings: 1, infos: 2 })).toBe('3 个错误，1 个警告，2 个提示');
    expect(summaryText({ errors: 3, warnings: 0, infos: 1 })).toBe('3 个错误，1 个提示');
    expect(summaryText({ errors: 0, warnings: 0, infos: 0 })).toBe('没有发现问题');
  });
});
