import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { READ_LIMITS } from '../../src/xlsx/guard';
import { writeWorkbookBuffer } from '../../src/xlsx';
import { seeds, seedWorkbook } from '../fixtures/seeds/build';
import { sheetXml, textCell, workbookBytes, zipBytes } from './hostile-files';

const BIN = path.join(__dirname, '..', '..', 'bin', 'budget-tables.js');
const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));

/**
 * The real CLI with a 1.5 GB heap: a file that made it allocate more would crash it (not exit 2),
 * and one that made it hang would be stopped by the timeout (status null).
 */
function runBounded(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=1536', BIN, ...args], { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE compound file whose directory names these streams (all a reader needs to tell them). */
const compoundFile = (...streams: string[]): Buffer =>
  Buffer.concat([OLE_MAGIC, Buffer.alloc(504), ...streams.map((s) => Buffer.concat([Buffer.from(s, 'utf16le'), Buffer.alloc(64 - s.length * 2)])), Buffer.alloc(1024)]);

/** A worksheet of `rows` × 16 number cells, as raw XML (written fast, no ExcelJS). */
function manyCells(rows: number): string {
  const row = '<c><v>1</v></c>'.repeat(16);
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${row}</row>`);
  return sheetXml(parts.join(''));
}

describe('check never crashes or hangs on hostile files (one batch, one line each)', () => {
  const files: { name: string; error: RegExp | null }[] = [];
  const add = (name: string, data: Buffer | null, error: RegExp | null): string => {
    const file = path.join(dir, name);
    if (data) writeFileSync(file, data);
    files.push({ name: file, error });
    return file;
  };
  let ndjson: ReturnType<typeof runBounded>;

  beforeAll(async () => {
    add('好表.xlsx', await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')), null);
    add('merge.xlsx', workbookBytes('表1', sheetXml(`<row r="1">${textCell('A1', '标题')}</row>`, ['A1:C1', 'H100:XFD1048576'])), /工作表“表1”的合并单元格 H100:XFD1048576.*超过上限 100,000 个.*取消单元格合并/);
    const rows = Math.ceil((READ_LIMITS.cells + 1) / 16);
    add('big.xlsx', workbookBytes('大表', manyCells(rows)), /工作表“大表”.*超过上限 2,000,000 个/);
    add('random.xlsx', zipBytes([{ name: 'readme.txt', data: 'hello' }]), /zip 压缩包.*没有 Excel 工作簿/);
    add('ods.xlsx', zipBytes([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', data: '<office:document-content/>' }]), /OpenDocument 表格（\.ods/);
    const whole = workbookBytes('表1', sheetXml(`<row r="1">${textCell('A1', '标题')}</row>`));
    add('truncated.xlsx', whole.subarray(0, whole.length - 30), /文件已损坏.*压缩包目录不完整/);
    const badCd = Buffer.from(whole);
    badCd.writeUInt32LE(0x12345678, badCd.length - 22 - 46 - 'xl/sharedStrings.xml'.length);
    add('bad-central-directory.xlsx', badCd, /文件已损坏/);
    add('password.xlsx', compoundFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), /设置了打开密码.*文件 > 信息 > 保护工作簿 > 用密码进行加密.*清空密码/);
    add('old.xlsx', compoundFile('Root Entry', 'Workbook'), /旧版 Excel 97-2003 工作簿.*另存为/);
    add('old.xls', compoundFile('Root Entry', 'Workbook'), /旧版 Excel 97-2003 工作簿/);
    add('empty.xlsx', Buffer.alloc(0), /文件是空的/);
    add('page.xlsx', Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>'), /网页（HTML）格式/);
    add('shared-string.xlsx', workbookBytes('表1', sheetXml('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'), '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><si><t>x</t></si></sst>'),
      /不是有效的 \.xlsx 工作簿：内容已损坏.*另存为 \.xlsx.*（技术细节：.*richText/);
    files.push({ name: '/dev/zero', error: /\/dev\/zero 是设备，不是普通文件/ });
    const fifo = path.join(dir, 'x.xlsx');
    spawnSync('mkfifo', [fifo]);
    files.push({ name: fifo, error: /x\.xlsx 是管道（FIFO），不是普通文件/ });
    mkdirSync(path.join(dir, 'folder.xlsx'));
    add('folder.xlsx', null, /是文件夹，不是普通文件/);
    add('missing.xlsx', null, /找不到或无法打开文件：.*missing\.xlsx。没有这个文件.*（ENOENT）/);
    add('after-all.xlsx', await writeWorkbookBuffer(seedWorkbook(seeds[1], 'sheets')), null);
    ndjson = runBounded(['check', ...files.map((f) => f.name), '--format', 'ndjson']);
  }, 120_000);

  it('answers every file, in order, one JSON line each, and exits with the worst code (2)', () => {
    expect(ndjson.status).toBe(2);
    const lines = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(files.map((f) => f.name));
    expect(lines.map((l) => l.status)).toEqual(files.map((f) => (f.error ? 'unreadable' : 'ok')));
  });

  it('keeps the DESIGN §4 fields for a readable file, before and after the broken ones', () => {
    const lines = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const readable of [lines[0], lines[lines.length - 1]]) {
      expect(Object.keys(readable).sort()).toEqual(['file', 'findings', 'missing', 'packs', 'status', 'summary', 'tables']);
      expect(readable.tables).toHaveLength(13);
    }
  });

  it('gives each broken file a Chinese reason naming the file and what to do', () => {
    const lines = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const broken = files.map((f, i) => ({ ...f, line: lines[i] })).filter((f) => f.error);
    expect(broken).toHaveLength(16);
    for (const { name, error, line } of broken) {
      // The file name first, so a failure says which input it was about.
      expect(`${path.basename(name)} → ${line.error}`).toMatch(error as RegExp);
      expect(line.error).toContain(path.basename(name));
      expect(ndjson.stderr).toContain(line.error);
    }
  });

  it('prints no stack trace and no English-only message', () => {
    expect(ndjson.stderr).not.toMatch(/\n\s+at /);
    for (const line of ndjson.stderr.trim().split('\n')) expect(line).toMatch(/^[^（]*[\u4e00-\u9fff]/);
  });
});

describe('writing to a closed pipe', () => {
  it('`check … | head -1` ends quietly: no EPIPE trace, exit 0', async () => {
    const file = path.join(dir, 'pipe.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check "${file}" "${file}" "${file}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(r.stdout).toBe(`文件：${file}\n`);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(r.stderr).toMatch(/status=0/);
  }, 100_000);
});
