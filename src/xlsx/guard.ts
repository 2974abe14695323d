import { clipText } from '../domain/findings/clip';
import { parseRangeA1 } from '../domain/grid/address';
import { readZipEntries, scanZipEntry, ZipEntry, ZipFormatError } from './zip';

/**
 * What `check` agrees to load. ExcelJS keeps about 450 bytes per cell (and allocates every cell
 * of a merge), so 2,000,000 cells stay under about 1 GB; that is some 60,000 table rows of up to
 * 30 columns, far more than a 县/市 disclosure workbook holds.
 */
export const READ_LIMITS = {
  /** Bytes of the .xlsx file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** Cells of all worksheets together, each merge counted by its area. */
  cells: 2_000_000,
  /** Cells covered by one merge. */
  mergeArea: 100_000,
  /** Merges in one worksheet. */
  merges: 20_000,
  /** Bytes of one worksheet's XML once unpacked. */
  sheetXmlBytes: 300 * 1024 * 1024,
  /** Bytes of the shared-strings part once unpacked. */
  sharedStringsBytes: 100 * 1024 * 1024,
  /** Entries of the shared-strings table (ExcelJS keeps each one). */
  sharedStrings: 2_000_000,
  /** Bytes of every other XML part (workbook, styles, relationships) once unpacked. */
  otherPartBytes: 20 * 1024 * 1024,
  /** Bytes of one picture or other non-XML part once unpacked. */
  mediaBytes: 100 * 1024 * 1024,
  /** Bytes of all parts together once unpacked. */
  totalBytes: 1024 * 1024 * 1024,
} as const;

/** The file is refused; the message is a whole Chinese sentence saying why and what to do. */
export class WorkbookRefused extends Error {}

const grouped = (n: number): string => n.toLocaleString('en-US');
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

const WORKBOOK_PART = 'xl/workbook.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE compound file: a password-protected .xlsx, or an old .xls/.et/.doc. */
function refuseCompoundFile(data: Buffer): never {
  const has = (stream: string): boolean => data.includes(Buffer.from(stream, 'utf16le'));
  if (has('EncryptedPackage') || has('EncryptionInfo')) {
    throw new WorkbookRefused(
      '这个工作簿设置了打开密码（已加密），无法读取。请在 Excel 中打开它，点“文件 > 信息 > 保护工作簿 > 用密码进行加密”，' +
        '清空密码后点“确定”并保存（或另存一份不带密码的副本；WPS：文件 > 文档加密 > 密码加密，清空打开密码），再检查这份没有密码的文件。',
    );
  }
  if (has('WordDocument')) throw new WorkbookRefused('这是旧版 Word 文档（.doc），不是工作簿。请给出 Excel 保存的 .xlsx 文件。');
  throw new WorkbookRefused(
    '这是旧版 Excel 97-2003 工作簿（.xls 或 WPS 的 .et），本工具只读 .xlsx。请在 Excel/WPS 中打开，点“文件 > 另存为”，保存类型选“Excel 工作簿(*.xlsx)”，再检查另存的文件。',
  );
}

/** Bytes that are not a zip at all: say what they look like. */
function refuseNotZip(data: Buffer): never {
  if (data.length === 0) throw new WorkbookRefused('文件是空的（0 字节）。请重新导出或从原处再复制一次。');
  const head = data.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<html') || head.startsWith('<!doctype html') || head.includes('<table')) {
    throw new WorkbookRefused('这是网页（HTML）格式的表格，只是扩展名改成了 .xlsx（有些系统这样导出）。请在 Excel/WPS 中打开，点“文件 > 另存为”，保存类型选“Excel 工作簿(*.xlsx)”。');
  }
  if (head.startsWith('<?xml')) {
    throw new WorkbookRefused('这是 XML 文本（可能是“XML 电子表格 2003”），不是 .xlsx。请在 Excel 中打开，点“文件 > 另存为”，保存类型选“Excel 工作簿(*.xlsx)”。');
  }
  throw new WorkbookRefused('这不是有效的 .xlsx 工作簿（文件内容不是 .xlsx 格式，可能已损坏或只是改了扩展名）。请在 Excel/WPS 中打开原文件，另存为 .xlsx 后再检查。');
}

/** A zip without the workbook parts: name what it is when we can tell. */
function refuseOtherZip(names: Set<string>, mimetype: string | undefined): never {
  if (mimetype?.includes('opendocument.spreadsheet') || names.has('content.xml')) {
    throw new WorkbookRefused('这是 OpenDocument 表格（.ods，WPS/LibreOffice 的格式），只是扩展名改成了 .xlsx。请在 WPS/LibreOffice/Excel 中打开，另存为“Excel 工作簿(*.xlsx)”后再检查。');
  }
  if (names.has('word/document.xml')) throw new WorkbookRefused('这是 Word 文档（.docx），不是工作簿。请给出 Excel 保存的 .xlsx 文件。');
  if (names.has('ppt/presentation.xml')) throw new WorkbookRefused('这是 PowerPoint 演示文稿（.pptx），不是工作簿。请给出 Excel 保存的 .xlsx 文件。');
  if (names.has('xl/workbook.bin')) {
    throw new WorkbookRefused('这是 Excel 二进制工作簿（.xlsb），本工具只读 .xlsx。请在 Excel 中点“文件 > 另存为”，保存类型选“Excel 工作簿(*.xlsx)”。');
  }
  throw new WorkbookRefused('这是一个 zip 压缩包，但里面没有 Excel 工作簿（缺少 xl/workbook.xml）。请给出 Excel/WPS 保存的 .xlsx 文件。');
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

/** A small part, whole, as text (bounded). */
async function smallPart(data: Buffer, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  await scanZipEntry(data, entry, READ_LIMITS.otherPartBytes, (c) => chunks.push(Buffer.from(c)), () =>
    new WorkbookRefused(`工作簿的组成部分 ${entry.name} 展开后超过 ${mb(READ_LIMITS.otherPartBytes)}，不像正常的工作簿。请在 Excel 中打开后另存为 .xlsx 再检查。`),
  );
  return Buffer.concat(chunks).toString('utf8');
}

/** Worksheet part name -> sheet name, from xl/workbook.xml and its relationships. */
async function sheetNames(data: Buffer, byName: Map<string, ZipEntry>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  const workbook = byName.get(WORKBOOK_PART);
  if (!rels || !workbook) return names;
  const targets = new Map<string, string>();
  for (const m of (await smallPart(data, rels)).matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  for (const m of (await smallPart(data, workbook)).matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name');
    const id = attribute(m[0], 'id');
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, name);
  }
  return names;
}

const CELL_TAG = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;
const ROW_NUMBER = /<(?:[\w.-]+:)?row\s[^>]*?\br\s*=\s*"(\d+)"/g;
/** Excel's last row and column (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const RANGE_SHAPE = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;
const MERGE_TAG = /<(?:[\w.-]+:)?mergeCell\b[^>]*>/g;

/** Counts the cells and measures the merges of one worksheet while it unpacks, stopping at a limit. */
async function scanSheet(data: Buffer, entry: ZipEntry, sheet: string, cellsBefore: number): Promise<{ cells: number; bytes: number }> {
  let cells = 0;
  let merges = 0;
  let tail = '';
  const overCells = (): WorkbookRefused =>
    new WorkbookRefused(
      `工作表“${sheet}”使工作簿的单元格超过上限 ${grouped(READ_LIMITS.cells)} 个（合并单元格按覆盖的格数计），读入会占用过多内存。` +
        '预算公开表用不到这么多单元格：请删去多余的行列或与公开表无关的工作表（或把公开表复制到一个新工作簿），另存后再检查。',
    );
  const visit = (chunk: Buffer): void => {
    const text = tail + chunk.toString('latin1');
    const cut = text.lastIndexOf('<');
    const whole = cut < 0 ? text : text.slice(0, cut);
    // The unfinished tag waits for the next chunk; its opening is enough to recognize it.
    tail = cut < 0 ? '' : text.slice(cut, cut + 1024);
    cells += whole.match(CELL_TAG)?.length ?? 0;
    for (const m of whole.matchAll(ROW_NUMBER)) {
      if (Number(m[1]) > MAX_ROW) {
        throw new WorkbookRefused(`工作表“${sheet}”里有第 ${clipText(m[1], 12)} 行，超出 Excel 的最大行数 ${grouped(MAX_ROW)}：文件已损坏或不是 Excel 保存的。请在 Excel/WPS 中打开后另存为 .xlsx 再检查。`);
      }
    }
    for (const m of whole.matchAll(MERGE_TAG)) {
      merges++;
      if (merges > READ_LIMITS.merges) {
        throw new WorkbookRefused(`工作表“${sheet}”有超过 ${grouped(READ_LIMITS.merges)} 个合并单元格，超过上限。请取消多余的合并单元格后另存，再检查。`);
      }
      const ref = attribute(m[0], 'ref') ?? '';
      const r = RANGE_SHAPE.test(ref) ? parseRangeA1(ref) : undefined;
      if (!r || Math.max(r.top, r.bottom) >= MAX_ROW || Math.max(r.left, r.right) >= MAX_COLUMN || Math.min(r.top, r.left, r.bottom, r.right) < 0) {
        throw new WorkbookRefused(`工作表“${sheet}”的合并单元格“${clipText(ref, 30)}”不是有效的区域：文件已损坏或不是 Excel 保存的。请在 Excel/WPS 中打开后另存为 .xlsx 再检查。`);
      }
      const area = (Math.abs(r.bottom - r.top) + 1) * (Math.abs(r.right - r.left) + 1);
      if (area > READ_LIMITS.mergeArea) {
        throw new WorkbookRefused(
          `工作表“${sheet}”的合并单元格 ${ref.toUpperCase()} 覆盖 ${grouped(area)} 个单元格，超过上限 ${grouped(READ_LIMITS.mergeArea)} 个（多半是误选整行整列后合并的）。` +
            '请在 Excel 中选中它，点“开始 > 合并后居中 > 取消单元格合并”，另存后再检查。',
        );
      }
      cells += area;
    }
    if (cellsBefore + cells > READ_LIMITS.cells) throw overCells();
  };
  const bytes = await scanZipEntry(data, entry, READ_LIMITS.sheetXmlBytes, visit, () =>
    new WorkbookRefused(`工作表“${sheet}”展开后超过 ${mb(READ_LIMITS.sheetXmlBytes)}，超过上限。请删去多余的行列或与公开表无关的内容，另存后再检查。`),
  );
  return { cells, bytes };
}

/**
 * Looks inside an .xlsx before anything loads it: it is a workbook (not an .ods, a .docx, a random
 * zip or a damaged file), and no worksheet, merge or shared-strings part passes READ_LIMITS.
 * Throws WorkbookRefused with the reason.
 */
export async function inspectWorkbookBytes(data: Buffer): Promise<void> {
  if (data.subarray(0, 8).equals(OLE_MAGIC)) refuseCompoundFile(data);
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    if (!(data.length >= 4 && data.readUInt32LE(0) === 0x06054b50)) refuseNotZip(data);
  }
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(data);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    throw new WorkbookRefused(`文件已损坏（压缩包目录不完整，可能没有下载或复制完整）。请重新获取文件，或在 Excel/WPS 中打开后另存为 .xlsx。（${e.message}）`);
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has(CONTENT_TYPES) || !byName.has(WORKBOOK_PART)) {
    const mimetype = byName.get('mimetype');
    refuseOtherZip(new Set(byName.keys()), mimetype ? await smallPart(data, mimetype) : undefined);
  }
  try {
    const names = await sheetNames(data, byName);
    let cells = 0;
    let total = 0;
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
        const sheet = await scanSheet(data, entry, clipText(names.get(entry.name) ?? entry.name, 40), cells);
        cells += sheet.cells;
        total += sheet.bytes;
      } else if (entry.name === 'xl/sharedStrings.xml') {
        let strings = 0;
        let tail = '';
        total += await scanZipEntry(
          data,
          entry,
          READ_LIMITS.sharedStringsBytes,
          (chunk) => {
            const text = tail + chunk.toString('latin1');
            strings += text.match(/<(?:[\w.-]+:)?si[\s>/]/g)?.length ?? 0;
            tail = text.slice(-8).replace(/^[^<]*/, '');
            if (strings > READ_LIMITS.sharedStrings) {
              throw new WorkbookRefused(`工作簿的共享文本超过 ${grouped(READ_LIMITS.sharedStrings)} 条，超过上限。请删去与公开表无关的内容后另存，再检查。`);
            }
          },
          () => new WorkbookRefused(`工作簿的共享文本（xl/sharedStrings.xml）展开后超过 ${mb(READ_LIMITS.sharedStringsBytes)}，超过上限。请删去与公开表无关的大段文字后另存，再检查。`),
        );
      } else {
        const xml = entry.name.endsWith('.xml') || entry.name.endsWith('.rels');
        const cap = xml ? READ_LIMITS.otherPartBytes : READ_LIMITS.mediaBytes;
        total += await scanZipEntry(data, entry, cap, () => undefined, () =>
          new WorkbookRefused(`工作簿的组成部分 ${clipText(entry.name, 80)} 展开后超过 ${mb(cap)}，不像正常的工作簿（图片或附件过大）。请删去它后另存为 .xlsx 再检查。`),
        );
      }
      if (total > READ_LIMITS.totalBytes) {
        throw new WorkbookRefused(`工作簿展开后超过 ${mb(READ_LIMITS.totalBytes)}，超过上限。请删去与公开表无关的工作表、图片或附件，另存后再检查。`);
      }
    }
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    throw new WorkbookRefused(`文件已损坏（压缩内容无法解开）。请重新获取文件，或在 Excel/WPS 中打开后另存为 .xlsx。（${e.message}）`);
  }
}
