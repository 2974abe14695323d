import { rangeA1 } from '../domain/grid/address';
import type { CellRange, SheetGrid } from '../domain/grid/types';
import { sheetNameProblem } from '../domain/placement/sheet-names';
import type { PlacedBlock } from '../domain/placement/types';
import { type ExcelApi, PAYLOAD_BUDGET_BYTES, type RequirementCheck } from './excel-api';
import { parseAreaList } from './read-workbook';
import { type OccupancyCheck, occupiedCells, queueOccupancy } from './occupancy';
import { OverwriteRefusedError, type WriteRequest } from './port';
import { MAX_COLUMNS, MAX_ROWS, type WritePiece, contentPieces, contentSize } from './write-grid';
import { withEventsSuspended } from './suspended-events';
import { WriteNotUndoneError } from './office-errors';

type Content = Omit<SheetGrid, 'name'>;

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Everything Excel would refuse that can be seen without asking it. */
function checkContent(where: string, origin: { row: number; col: number }, content: Content): void {
  const { rows, cols } = contentSize(content);
  if (origin.row < 0 || origin.col < 0 || origin.row + rows > MAX_ROWS || origin.col + cols > MAX_COLUMNS) {
    throw new Error(`${where}超出了工作表范围（最多 ${MAX_ROWS} 行、${MAX_COLUMNS} 列）：请选择更靠上、靠左的位置。`);
  }
  const merges = content.merges ?? [];
  merges.forEach((m, i) => {
    if (m.bottom < m.top || m.right < m.left) throw new Error(`${where}的合并区域 ${rangeA1(m)} 无效。`);
    const other = merges.slice(i + 1).find((n) => overlaps(m, n));
    if (other) throw new Error(`${where}的合并区域 ${rangeA1(m)} 与 ${rangeA1(other)} 重叠。`);
  });
  for (const { style, range } of content.styles ?? []) {
    if (style.fill && !/^#[0-9A-Fa-f]{6}$/.test(style.fill)) throw new Error(`${where}的 ${rangeA1(range)} 填充色“${style.fill}”不是 #RRGGBB。`);
    if (style.fontSize !== undefined && !(style.fontSize >= 1 && style.fontSize <= 409)) throw new Error(`${where}的 ${rangeA1(range)} 字号 ${style.fontSize} 不在 1–409 之间。`);
  }
}

function checkRequest(request: WriteRequest): void {
  const names = new Set<string>();
  for (const sheet of request.newSheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new Error(`${problem}，请换一个名称。`);
    const key = sheet.name.toLowerCase();
    if (names.has(key)) throw new Error(`要新建的工作表“${sheet.name}”重名了：请换一个名称。`);
    names.add(key);
    checkContent(`工作表“${sheet.name}”`, { row: 0, col: 0 }, sheet);
  }
  for (const block of request.blocks) checkContent(`工作表“${block.sheet}”中的表格`, block.origin, block.grid);
}

interface WidthRead {
  block: PlacedBlock;
  col: number;
  format: Excel.RangeFormat;
}

/** The columns a block sets the width of, read so that they are only ever widened (and restored after a failure). */
function queueWidthReads(context: Excel.RequestContext, blocks: readonly PlacedBlock[]): WidthRead[] {
  const reads: WidthRead[] = [];
  for (const block of blocks) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(block.sheet);
    (block.grid.columnWidths ?? []).forEach((w, c) => {
      if (!w) return;
      const format = sheet.getRangeByIndexes(0, block.origin.col + c, 1, 1).format;
      format.load('columnWidth');
      reads.push({ block, col: block.origin.col + c, format });
    });
  }
  return reads;
}

function queueMergeReads(checks: readonly OccupancyCheck[]): { check: OccupancyCheck; areas: Excel.RangeAreas }[] {
  return checks.flatMap((check) => {
    if (!check.range) return [];
    const areas = check.range.getMergedAreasOrNullObject();
    areas.load('address');
    return [{ check, areas }];
  });
}

/**
 * After a failed write: the blocks' target cells were empty before (checked), so their
 * contents and formats are cleared and the merges the blocks make are undone; widths
 * that changed go back. Without ExcelApi 1.13 an empty merged area of the user's that a
 * block's merge cut through could not be seen beforehand: undoing that block's merge
 * un-merges it too (its cells stay empty).
 */
async function undoBlocks(context: Excel.RequestContext, blocks: readonly PlacedBlock[], oldWidths: Map<string, Map<number, number>>): Promise<boolean> {
  const collection = context.workbook.worksheets;
  const widthsNow = [...oldWidths].flatMap(([sheet, map]) =>
    [...map].map(([col, points]) => {
      const format = collection.getItem(sheet).getRangeByIndexes(0, col, 1, 1).format;
      format.load('columnWidth');
      return { sheet, col, points, format };
    }),
  );
  try {
    await context.sync();
  } catch {
    // Nothing can be undone: the caller says so instead of the bare write error.
    return false;
  }
  for (const block of blocks) {
    const ws = collection.getItem(block.sheet);
    const { rows, cols } = contentSize(block.grid);
    if (rows > 0 && cols > 0) {
      const target = ws.getRangeByIndexes(block.origin.row, block.origin.col, rows, cols);
      target.clear('Contents');
      target.clear('Formats');
    }
    for (const m of block.grid.merges ?? []) {
      ws.getRangeByIndexes(block.origin.row + m.top, block.origin.col + m.left, m.bottom - m.top + 1, m.right - m.left + 1).unmerge();
    }
  }
  for (const { sheet, col, points, format } of widthsNow) {
    if (format.columnWidth !== points) collection.getItem(sheet).getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
  }
  return true;
}

/**
 * One Excel.run: (1) read what the checks need — events setting, sheet names, target
 * cells, column widths, merged areas where ExcelApi 1.13 has them — and refuse before
 * anything is written; (2) with events suspended, add the sheets and queue every write,
 * sent as one request (more only when it would pass the payload budget); (3) restore the
 * events setting. If (2) fails all the same, the new sheets are deleted and the blocks'
 * cells cleared (contents and formats) and their merges and widths undone.
 */
export async function writeToWorkbook(excel: ExcelApi, supports: RequirementCheck, request: WriteRequest): Promise<void> {
  checkRequest(request);
  await excel.run(async (context) => {
    const runtime = context.runtime;
    runtime.load('enableEvents');
    const collection = context.workbook.worksheets;
    collection.load('items/name');
    const checks = queueOccupancy(context, request.blocks, !request.allowOverwrite);
    const widths = queueWidthReads(context, request.blocks);
    const merges = supports('ExcelApi', '1.13') ? queueMergeReads(checks) : [];
    await context.sync();

    const existing = new Set(collection.items.map((s) => s.name.toLowerCase()));
    const taken = request.newSheets.filter((s) => existing.has(s.name.toLowerCase()));
    if (taken.length > 0) {
      throw new Error(`工作簿中已有工作表“${taken.map((s) => s.name).join('”“')}”：未写入任何内容。请刷新后重试，或换一个名称。`);
    }
    const missing = checks.filter((c) => c.sheet.isNullObject).map((c) => c.block.sheet);
    if (missing.length > 0) throw new Error(`工作簿中没有工作表“${[...new Set(missing)].join('”“')}”：请重新选择插入位置。`);
    if (!request.allowOverwrite) {
      const occupied = occupiedCells(checks);
      if (occupied.length > 0) throw new OverwriteRefusedError(occupied);
    }
    for (const { check, areas } of merges) {
      if (areas.isNullObject) continue;
      const found = parseAreaList(areas.address);
      if (found.length > 0) {
        throw new Error(`工作表“${check.block.sheet}”的目标位置有合并单元格 ${found.map(rangeA1).join('、')}：未写入任何内容。请选择其他位置，或插入到新工作表。`);
      }
    }
    // Widths per sheet as they were (for undoing) and as the queued writes leave them.
    const oldWidths = new Map<string, Map<number, number>>();
    for (const { block, col, format } of widths) {
      const map = oldWidths.get(block.sheet) ?? new Map<number, number>();
      map.set(col, format.columnWidth);
      oldWidths.set(block.sheet, map);
    }
    const widthsSoFar = new Map([...oldWidths].map(([sheet, map]) => [sheet, new Map(map)]));

    await withEventsSuspended(context, runtime.enableEvents, async () => {
      const added: Excel.Worksheet[] = [];
      try {
        let pending = 0;
        // Syncs only when the next piece would take the request past its budget.
        const send = async (ws: Excel.Worksheet, pieces: WritePiece[]): Promise<void> => {
          for (const piece of pieces) {
            if (pending > 0 && pending + piece.bytes > PAYLOAD_BUDGET_BYTES) {
              // Deliberate: a sync only when the request would outgrow the host's payload limit.
              // eslint-disable-next-line office-addins/no-context-sync-in-loop
              await context.sync();
              pending = 0;
            }
            piece.queue(ws);
            pending += piece.bytes;
          }
        };
        let activate: Excel.Worksheet | undefined;
        for (const sheet of request.newSheets) {
          const ws = collection.add(sheet.name);
          added.push(ws);
          if (sheet.name === request.activate) activate = ws;
          await send(ws, contentPieces({ row: 0, col: 0 }, sheet, { print: sheet.print }));
        }
        for (const block of request.blocks) {
          await send(collection.getItem(block.sheet), contentPieces(block.origin, block.grid, { currentWidths: widthsSoFar.get(block.sheet) }));
        }
        if (request.activate !== undefined) (activate ?? collection.getItem(request.activate)).activate();
        await context.sync();
      } catch (error) {
        const undoQueued = request.allowOverwrite || (await undoBlocks(context, request.blocks, oldWidths));
        // Last: a sheet whose add() never ran fails its delete and ends the batch there.
        for (const ws of added) ws.delete();
        try {
          await context.sync();
        } catch {
          // Expected when the write failed before adding every new sheet (see above); the
          // original error says what went wrong.
        }
        throw undoQueued ? error : new WriteNotUndoneError(error);
      }
    });
  });
}
