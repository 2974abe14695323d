import { inspectWorkbookBytes, READ_LIMITS } from '../../src/xlsx/guard';
import { readWorkbookBuffer } from '../../src/xlsx';
import { sheetXml, textCell, workbookBytes, zipBytes } from './hostile-files';

/** The guard alone, in this process: what it refuses, and that what it lets through reads. */
describe('inspectWorkbookBytes', () => {
  const title = `<row r="1">${textCell('A1', '2024年预算收支总表')}</row>`;

  it('lets a small hand-made workbook through, and ExcelJS reads it', async () => {
    const bytes = workbookBytes('表1', sheetXml(title, ['A1:F1']));
    await expect(inspectWorkbookBytes(bytes)).resolves.toBeUndefined();
    const grid = await readWorkbookBuffer(bytes);
    expect(grid.sheets[0]).toMatchObject({ name: '表1', values: [['2024年预算收支总表']], merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] });
  });

  it.each([
    ['a merge over the whole sheet', sheetXml(title, ['A1:XFD1048576']), /合并单元格 A1:XFD1048576 覆盖 17,179,869,184 个单元格，超过上限 100,000 个/],
    ['a merge just over the limit', sheetXml(title, [`A2:A${READ_LIMITS.mergeArea + 2}`]), /覆盖 100,001 个单元格/],
    ['a merge with a column past XFD', sheetXml(title, ['A1:ZZZZ1']), /合并单元格“A1:ZZZZ1”不是有效的区域/],
    ['a merge with a row past 1,048,576', sheetXml(title, ['A1:B1048577']), /合并单元格“A1:B1048577”不是有效的区域/],
    ['a merge without a ref', sheetXml(title).replace('</sheetData>', '</sheetData><mergeCells><mergeCell/></mergeCells>'), /不是有效的区域/],
    ['a row number past Excel’s last row', sheetXml(`${title}<row r="999999999"><c r="A999999999"><v>1</v></c></row>`), /第 999999999 行，超出 Excel 的最大行数 1,048,576/],
    ['too many merges', sheetXml(title, Array.from({ length: READ_LIMITS.merges + 1 }, (_, i) => `A${i + 2}:B${i + 2}`)), /超过 20,000 个合并单元格/],
  ])('refuses %s, naming the sheet', async (_, xml, reason) => {
    const refusal = inspectWorkbookBytes(workbookBytes('支出表', xml));
    await expect(refusal).rejects.toThrow(reason);
    await expect(refusal).rejects.toThrow(/工作表“支出表”/);
  });

  it('counts merges toward the cell limit', async () => {
    const merges = Array.from({ length: Math.ceil(READ_LIMITS.cells / (99 * 52)) + 1 }, (_, i) => `A${i * 100 + 2}:AZ${i * 100 + 100}`);
    expect(merges.length * 99 * 52).toBeGreaterThan(READ_LIMITS.cells);
    await expect(inspectWorkbookBytes(workbookBytes('表1', sheetXml(title, merges)))).rejects.toThrow(/超过上限 2,000,000 个（合并单元格按覆盖的格数计）/);
  });

  it('refuses a shared-strings table with more entries than the limit', async () => {
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t/></si>'.repeat(READ_LIMITS.sharedStrings + 1)}</sst>`;
    await expect(inspectWorkbookBytes(workbookBytes('表1', sheetXml(title), sst))).rejects.toThrow(/共享文本超过 2,000,000 条/);
  });

  it('refuses a picture that unpacks past the limit (a zip bomb), whatever its header says', async () => {
    const good = workbookBytes('表1', sheetXml(title));
    const bomb = zipBytes([{ name: 'xl/media/image1.png', data: Buffer.alloc(READ_LIMITS.mediaBytes + 1), declaredSize: 1000 }]);
    // One archive holding both: the workbook parts, then the bomb.
    const parts = [
      ...['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml'].map((name) => ({ name, data: partOf(good, name) })),
      { name: 'xl/media/image1.png', data: Buffer.alloc(READ_LIMITS.mediaBytes + 1), declaredSize: 1000 },
    ];
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(inspectWorkbookBytes(zipBytes(parts))).rejects.toThrow(/xl\/media\/image1\.png 展开后超过 100 MB/);
  });
});

/** One part of a zip made by zipBytes, unpacked again (for re-packing with other parts). */
function partOf(zip: Buffer, name: string): Buffer {
  const { inflateRawSync } = require('zlib') as typeof import('zlib');
  let p = 0;
  while (zip.readUInt32LE(p) === 0x04034b50) {
    const size = zip.readUInt32LE(p + 18);
    const nameLength = zip.readUInt16LE(p + 26);
    const start = p + 30 + nameLength;
    if (zip.toString('utf8', p + 30, start) === name) return inflateRawSync(zip.subarray(start, start + size));
    p = start + size;
  }
  throw new Error(`no part ${name}`);
}
