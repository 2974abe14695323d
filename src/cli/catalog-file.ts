import { promises as fs } from 'fs';
import * as path from 'path';
import { Catalog, catalogRowsFromGrid } from '../domain/catalog';
import type { CellValue, WorkbookGrid } from '../domain/grid/types';
import { readWorkbookBuffer } from '../xlsx';
import { UsageError } from './usage';

/** A .csv (comma or tab separated, UTF-8) as one sheet; quoted fields are unquoted. */
function csvGrid(text: string, name: string): WorkbookGrid {
  const values: CellValue[][] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((line) => line.split(line.includes('\t') ? '\t' : ',').map((f) => f.trim().replace(/^"(.*)"$/, '$1')));
  return { sheets: [{ name, values }] };
}

/**
 * `--catalog file`: a complete 科目 list (the 科目 sheet of a 一体化系统 export, or any
 * code/name table) whose names take precedence over the built-in partial list for this run.
 */
export async function loadCatalogFile(file: string): Promise<Catalog> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    throw new UsageError(`找不到或无法打开科目表：${file}`);
  }
  const ext = path.extname(file).toLowerCase();
  let grid: WorkbookGrid;
  if (ext === '.xlsx') grid = await readWorkbookBuffer(data);
  else if (ext === '.csv' || ext === '.txt') grid = csvGrid(data.toString('utf8'), path.basename(file));
  else throw new UsageError(`科目表应为 .xlsx 或 .csv 文件：${file}`);
  const imported = catalogRowsFromGrid(grid);
  if (imported.problems.length) throw new UsageError(`${file}：${imported.problems.join('')}`);
  return Catalog.builtIn().withImported(imported.rows);
}
