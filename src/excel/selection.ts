import { parseRangeA1 } from '../domain/grid/address';
import type { ExcelApi } from './excel-api';
import type { SelectionInfo } from './port';

/** "Sheet1!B3:D5" or "'表 5'!C3" -> "B3:D5" / "C3" (the sheet part is quoted when needed, so split at the last "!"). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

export async function readSelection(excel: ExcelApi): Promise<SelectionInfo> {
  return excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    // The selection is on the active sheet.
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    await context.sync();
    const address = localAddress(range.address);
    return { sheet: sheet.name, address, range: parseRangeA1(address) };
  });
}

export async function selectRange(excel: ExcelApi, sheetName: string, address: string): Promise<void> {
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(localAddress(address)).select();
    await context.sync();
  });
}

export async function listSheetNames(excel: ExcelApi): Promise<string[]> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}
