import { constants, promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookGrid } from '../domain/grid/types';
import { readWorkbookBuffer } from '../xlsx';
import { inspectWorkbookBytes, READ_LIMITS, WorkbookRefused } from '../xlsx/guard';

/** A file given on the command line could not be read; the message is the whole Chinese answer. */
export class InputFileError extends Error {}

/** Text files (情况说明, 上年数, 科目表 .csv) are small; anything bigger is not one. */
export const TEXT_FILE_LIMIT = 20 * 1024 * 1024;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** The Chinese sentence for a failed open/read, with the system's code after it. */
function openFailure(what: string, file: string, e: NodeJS.ErrnoException): InputFileError {
  const code = e.code ?? e.message;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new InputFileError(`找不到或无法打开${what}：${file}。没有这个文件，请检查文件名和所在文件夹是否写对。（${code}）`);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputFileError(`找不到或无法打开${what}：${file}。没有读取这个文件的权限：请检查文件权限，或把文件复制到自己的文件夹后再试。（${code}）`);
  }
  if (code === 'EISDIR') return new InputFileError(`无法读取${what}：${file} 是文件夹，不是文件。请给出文件夹里的文件。（${code}）`);
  return new InputFileError(`找不到或无法打开${what}：${file}。请确认文件没有被其他程序占用，再试一次。（${code}: ${e.message}）`);
}

function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return '文件夹';
  if (stat.isFIFO()) return '管道（FIFO）';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备';
  if (stat.isSocket()) return '套接字';
  return '特殊文件';
}

/**
 * Reads a file given by the user, refusing what is not a regular file (a folder, /dev/zero, a
 * FIFO: reading those would never end) and what is over `maxBytes`, before reading a byte.
 */
export async function readInputFile(file: string, what: string, maxBytes: number): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    throw openFailure(what, file, e as NodeJS.ErrnoException);
  }
  if (!stat.isFile()) throw new InputFileError(`无法读取${what}：${file} 是${kindOf(stat)}，不是普通文件。请给出保存在磁盘上的文件。`);
  if (stat.size > maxBytes) {
    throw new InputFileError(`${what} ${file} 有 ${megabytes(stat.size)}，超过上限 ${megabytes(maxBytes)}，不像${what === '文件' ? '预算公开工作簿' : what}。请确认选对了文件。`);
  }
  let handle;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening must not wait for a writer.
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openFailure(what, file, e as NodeJS.ErrnoException);
  }
  try {
    const buffer = Buffer.alloc(Math.min(maxBytes, Math.max(stat.size, 64 * 1024)) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        throw new InputFileError(`${what} ${file} 超过上限 ${megabytes(maxBytes)}，不像${what === '文件' ? '预算公开工作簿' : what}。请确认选对了文件。`);
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    throw openFailure(what, file, e as NodeJS.ErrnoException);
  } finally {
    await handle.close();
  }
}

/** Extensions read as workbooks; others get a "save as .xlsx" answer. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

/**
 * Reads a workbook the user named, refusing with a Chinese sentence (InputFileError) whatever
 * cannot be one: not a regular file, too big, encrypted, an old .xls, a zip that is not a
 * workbook, damaged, or over READ_LIMITS; and translating the reader's own failures.
 */
export async function readWorkbookFile(file: string): Promise<WorkbookGrid> {
  const data = await readInputFile(file, '文件', READ_LIMITS.fileBytes);
  const looksLikeOle = data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0;
  if (!WORKBOOK_EXTENSIONS.has(path.extname(file).toLowerCase()) && !looksLikeOle) {
    throw new InputFileError(`不是 .xlsx 文件：${file}。请在 Excel/WPS 中另存为 .xlsx 后再检查。`);
  }
  try {
    await inspectWorkbookBytes(data);
  } catch (e) {
    if (e instanceof WorkbookRefused) throw new InputFileError(`无法读取 ${file}：${e.message}`);
    throw new InputFileError(`无法读取 ${file}：文件内容异常，请在 Excel/WPS 中打开后另存为 .xlsx 再检查。（${(e as Error).message}）`);
  }
  try {
    return await readWorkbookBuffer(data);
  } catch (e) {
    throw new InputFileError(`无法读取 ${file}：${(e as Error).message}`);
  }
}
