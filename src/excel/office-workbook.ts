/**
 * The one place that calls Office.js: WorkbookPort over `Excel.run`. Works unchanged on
 * Excel (the global `Excel`) and on ExcelSim (tests, playground).
 *
 * Requirement sets used: ExcelApi 1.9 (WorksheetCollection.onChanged, pageLayout,
 * getUsedRangeOrNullObject, runtime.enableEvents 1.8); ExcelApi 1.13 only when the host
 * has it (merged areas, checked with isSetSupported).
 */
import { type ExcelApi, type RequirementCheck, hostRequirements } from './excel-api';
import { subscribeToChanges } from './events';
import { insertRowsInto } from './insert-rows';
import { occupiedCells, queueOccupancy } from './occupancy';
import type { WorkbookPort } from './port';
import { readAllSheets } from './read-workbook';
import { listSheetNames, readSelection, selectRange } from './selection';
import { writeToWorkbook } from './write-request';

export type { ExcelApi, RequirementCheck } from './excel-api';

export interface OfficeWorkbookOptions {
  /** Default: Office.context.requirements.isSetSupported (false without Office). */
  isSetSupported?: RequirementCheck;
}

export function createOfficeWorkbook(excel: ExcelApi, options: OfficeWorkbookOptions = {}): WorkbookPort {
  const supports = options.isSetSupported ?? hostRequirements;
  return {
    readWorkbook: () => readAllSheets(excel, supports),
    sheetNames: () => listSheetNames(excel),
    getSelection: () => readSelection(excel),
    findOccupied: (blocks) =>
      excel.run(async (context) => {
        const checks = queueOccupancy(context, blocks);
        await context.sync();
        return occupiedCells(checks);
      }),
    write: (request) => writeToWorkbook(excel, supports, request),
    insertRows: (insertion) => insertRowsInto(excel, insertion),
    select: (sheet, address) => selectRange(excel, sheet, address),
    onChanged: (handler) => subscribeToChanges(excel, handler),
  };
}
