import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../src/xlsx';
import { editWithLibreOffice } from '../helpers/libreoffice';

describe('LibreOffice edit harness', () => {
  it('inserts a row inside a SUMIFS range the way Calc does and recalculates', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lo-harness-'));
    const input = path.join(dir, 'in.xlsx');
    writeFileSync(
      input,
      await writeWorkbookBuffer({
        sheets: [
          {
            name: '表3',
            values: [['合计', null], ['20103', null], ['2010301', 1.1], ['2010302', 2.2]],
            formulas: [[null, '=SUMIFS(B2:B4,A2:A4,"?????")'], [null, '=SUMIFS(B2:B4,A2:A4,"20103??")']],
            numberFormats: [['@'], ['@'], ['@'], ['@']],
          },
        ],
      }),
    );
    const output = path.join(dir, 'out.xlsx');
    await editWithLibreOffice(input, output, [
      { op: 'insertRow', sheet: '表3', row: 3 },
      { op: 'set', sheet: '表3', row: 3, col: 0, text: '2010350' },
      { op: 'set', sheet: '表3', row: 3, col: 1, number: 0.7 },
    ]);
    const back = (await readWorkbookBuffer(readFileSync(output))).sheets[0];
    expect(back.values[1][1]).toBeCloseTo(4.0, 10);
    expect(back.formulas?.[1][1]).toBe('=SUMIFS(B2:B5,A2:A5,"20103??")');
    expect(back.values[0][1]).toBeCloseTo(4.0, 10);
  });
});
