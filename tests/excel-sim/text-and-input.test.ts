import { interpretInput, parseTypedNumber } from '../../src/excel-sim/cellInput';
import { excelFormulaToHf, hfFormulaToExcel } from '../../src/excel-sim/formulaText';
import { formatCellText } from '../../src/excel-sim/numberFormatText';
import { sheetNameNeedsQuotes, splitSheetAddress, parseLocalAddress } from '../../src/excel-sim/address';

// Range.text: "Text values of the specified range. The text value will not depend on the cell width."
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member
describe('Range.text formatting', () => {
  test.each([
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;-#,##0.00', '-1,234.50'],
    [-3, '0.00_ ;[Red]-0.00 ', '-3.00 '],
    [2.675, '0.00', '2.68'],
    [0.1234, '0.0%', '12.3%'],
    [0, '#,##0.00;-#,##0.00;"-"', '-'],
    [0.30000000000000004, 'General', '0.3'],
    [20101, 'General', '20101'],
    [123456789012, 'General', '1.23457E+11'],
    [12.5, '"¥"#,##0.00', '¥12.50'],
  ])('%p with %p shows %p', (value, format, text) => {
    expect(formatCellText(value, format)).toBe(text);
  });

  test('text, booleans and empty cells', () => {
    expect(formatCellText('20101', '@')).toBe('20101');
    expect(formatCellText(true, 'General')).toBe('TRUE');
    expect(formatCellText('', '#,##0.00')).toBe('');
  });
});

describe('typed input', () => {
  test.each([
    ['20101', 20101],
    ['1,234.50', 1234.5],
    ['-12', -12],
    ['+7', 7],
    ['(45)', -45],
    ['1e3', 1000],
    ['12%', 0.12],
    ['12,34', null],
    ['2,692.83万', null],
    ['－', null],
  ])('%p parses to %p', (text, value) => {
    expect(parseTypedNumber(text)?.value ?? null).toBe(value);
  });

  test('"@" cells keep every string as text; elsewhere leading =, +, - make formulas', () => {
    expect(interpretInput('=A1', '@')).toEqual({ content: { kind: 'text', value: '=A1' } });
    expect(interpretInput('=A1', 'General')).toEqual({ content: { kind: 'formula', formula: '=A1' } });
    expect(interpretInput('-A1', 'General')).toEqual({ content: { kind: 'formula', formula: '=-A1', fallbackText: '-A1' } });
    expect(interpretInput('-', 'General')).toEqual({ content: { kind: 'text', value: '-' } });
    expect(interpretInput("'0101", 'General')).toEqual({ content: { kind: 'text', value: '0101' } });
    expect(interpretInput(null, 'General')).toBe('skip');
  });
});

describe('addresses and sheet names', () => {
  test('Excel quotes sheet names that are not one word or that read like cell references', () => {
    expect(['表1', 'Sheet1', '收支总表', '_x'].map(sheetNameNeedsQuotes)).toEqual([false, false, false, false]);
    expect(['表 1', 'T01', 'A1', 'R1C1', '1表', "It's", 'a-b'].map(sheetNameNeedsQuotes)).toEqual([true, true, true, true, true, true, true]);
  });

  test('sheet-qualified addresses split, with doubled quotes inside quoted names', () => {
    expect(splitSheetAddress("'It''s'!A1:B2")).toEqual({ sheet: "It's", local: 'A1:B2' });
    expect(splitSheetAddress('表1!C3')).toEqual({ sheet: '表1', local: 'C3' });
    expect(splitSheetAddress('C3')).toEqual({ sheet: null, local: 'C3' });
    expect(parseLocalAddress('XFD1048576')).toEqual({ top: 1048575, left: 16383, bottom: 1048575, right: 16383 });
    expect(parseLocalAddress('XFE1')).toBeNull();
  });

  test('formulas reach HyperFormula with quoted sheet names and come back as Excel writes them', () => {
    const excel = '=SUMIFS(表1!C:C,表1!A:A,"表2!x")+\'Sheet 2\'!A1';
    const hf = excelFormulaToHf(excel);
    expect(hf).toBe('=SUMIFS(\'表1\'!C:C,\'表1\'!A:A,"表2!x")+\'Sheet 2\'!A1');
    expect(hfFormulaToExcel(hf)).toBe(excel);
  });
});
