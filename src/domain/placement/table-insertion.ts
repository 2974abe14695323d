import { TABLE_IDS, type TableId } from '../model/types';
import { renderTable, renderWorkbook, STACKED_GAP, type TableBlock, type TemplateOptions } from '../templates';
import { PlacementRefusedError } from './refusal';
import { uniqueSheetName } from './sheet-names';
import type { InsertionTarget, PlacedBlock, WritePlan } from './types';
import { gridContent } from '../grid/content';

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function chosenTables(tables: readonly TableId[] | undefined): TableId[] {
  const wanted = tables ?? [...TABLE_IDS];
  if (wanted.length === 0) throw new PlacementRefusedError('unsupported', '请至少选择一张表。');
  return TABLE_IDS.filter((id) => wanted.includes(id));
}

function blockGrid(block: TableBlock): PlacedBlock['grid'] {
  return gridContent(block);
}

/**
 * Where and what to write for the chosen tables (all 13 unless `tables` says which, in
 * document order): new sheets 表1…表13 whose names never collide with `existingSheetNames`
 * (表1(2) … when taken), or stacked downward from a cell of an existing sheet with
 * STACKED_GAP blank rows between tables, each table's formulas pointing at its own cells.
 */
export function planTableInsertion(
  options: TemplateOptions & { tables?: TableId[] },
  target: InsertionTarget,
  existingSheetNames: readonly string[],
): WritePlan {
  const ids = chosenTables(options.tables);
  if (target.kind === 'newSheets') {
    const taken = new Set(existingSheetNames.map((n) => n.toLowerCase()));
    const sheets = renderWorkbook({ ...options, tables: ids }, 'sheets').sheets.map((s) => ({ ...s, name: uniqueSheetName(s.name, taken) }));
    return { newSheets: sheets, blocks: [], activate: sheets[0].name };
  }

  const sheet = existingSheetNames.find((n) => n.toLowerCase() === target.sheet.toLowerCase());
  if (sheet === undefined) {
    throw new PlacementRefusedError('badTarget', `工作簿中没有工作表“${target.sheet}”：请重新选择插入位置。`);
  }
  if (!Number.isInteger(target.row) || !Number.isInteger(target.col) || target.row < 0 || target.col < 0) {
    throw new PlacementRefusedError('badTarget', '插入位置不是有效的单元格：请重新选择。');
  }
  const blocks: PlacedBlock[] = [];
  let top = target.row;
  for (const id of ids) {
    const block = renderTable(id, options, { row: top, col: target.col });
    const height = block.values.length;
    const width = block.columnWidths.length;
    if (top + height > MAX_ROWS || target.col + width > MAX_COLS) {
      throw new PlacementRefusedError('badTarget', `从${sheet}的所选单元格向下放不下这些表（超出工作表范围）：请选择更靠上、靠左的单元格，或插入到新工作表。`);
    }
    blocks.push({ sheet, origin: { row: top, col: target.col }, grid: blockGrid(block) });
    top += height + STACKED_GAP;
  }
  return { newSheets: [], blocks, activate: sheet };
}
