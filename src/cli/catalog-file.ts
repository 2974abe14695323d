import * as path from 'path';
import { Catalog, catalogRowsFromGrid } from '../domain/catalog';
import type { CellValue, WorkbookGrid } from '../domain/grid/types';
import { decodeText, parseCsv } from './csv';
import { InputFileError, readInputFile, readWorkbookFile, TEXT_FILE_LIMIT } from './read-input';
import { UsageError } from './usage';

/** A .csv or .txt (comma or tab separated; UTF-8, UTF-16 or GBK as Excel saves it) as one sheet. */
function csvGrid(bytes: Buffer, file: string): WorkbookGrid {
  const decoded = decodeText(bytes);
  if (!decoded) {
    throw new UsageError(`科目表 ${file} 的编码无法识别（既不是 UTF-8，也不是 GBK）。请在 Excel 中“另存为”，保存类型选“CSV UTF-8（逗号分隔）”。`, 'check');
  }
  const values: CellValue[][] = parseCsv(decoded.text);
  return { sheets: [{ name: path.basename(file), values }] };
}

/**
 * `--catalog file`: a complete 科目 list (the 科目 sheet of a 一体化系统 export, or any
 * code/name table) whose names take precedence over the built-in partial list for this run.
 */
export async function loadCatalogFile(file: string): Promise<Catalog> {
  const ext = path.extname(file).toLowerCase();
  let grid: WorkbookGrid;
  try {
    if (ext === '.xlsx') grid = await readWorkbookFile(file);
    else if (ext === '.csv' || ext === '.txt') grid = csvGrid(await readInputFile(file, '科目表', TEXT_FILE_LIMIT), file);
    else throw new UsageError(`科目表应为 .xlsx 或 .csv 文件：${file}`, 'check');
  } catch (e) {
    if (e instanceof InputFileError) throw new UsageError(e.message.replace(/^无法读取 /, '无法读取科目表 '), 'check');
    throw e;
  }
  const imported = catalogRowsFromGrid(grid);
  if (imported.problems.length) throw new UsageError(`${file}：${imported.problems.join('')}`, 'check');
  return Catalog.builtIn().withImported(imported.rows);
}
