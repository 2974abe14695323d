/* global Excel */
import { createOfficeWorkbook } from '../excel/office-workbook';
import type { WorkbookPort } from '../excel/port';

/** The workbook through the global Excel namespace (office.js in Excel; ExcelSim's installGlobalExcel in the playground). */
export function connectToExcel(): WorkbookPort {
  return createOfficeWorkbook(Excel);
}
