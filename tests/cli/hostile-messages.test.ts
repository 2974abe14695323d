import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { decodeText, parseCsv } from '../../src/cli/csv';
import { writeWorkbookBuffer } from '../../src/xlsx';
import { seeds, seedWorkbook } from '../fixtures/seeds/build';
import { seed000NarrativeText } from '../fixtures/narratives';
import { runMain } from './main-in-process';

const dir = mkdtempSync(path.join(tmpdir(), 'hostile-messages-'));
const CHINESE = /[\u4e00-\u9fff]/;

describe('per-command help and options, in Chinese', () => {
  it.each(['check', 'new', 'narrative'])('%s --help prints that command’s usage and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const r = await runMain([command, flag]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^用法：budget-tables ${command} `));
      expect(r.stdout).toMatch(/退出码/);
    }
  });

  it.each([
    [['check', 'a.xlsx', '--foo'], /^未知选项：--foo。check 命令可用的选项见下面的说明。\n\n用法：budget-tables check /],
    [['new', '--frobnicate'], /^未知选项：--frobnicate。new 命令/],
    [['narrative', 'a.xlsx', '-x'], /^未知选项：-x。narrative 命令/],
    [['new', '--year'], /^选项 --year 后面缺少值/],
    [['check', 'a.xlsx', '--format', 'xml'], /--format 只能是 text、json 或 ndjson，不是 xml/],
    [['--verbose'], /^未知选项：--verbose。请先写命令/],
  ])('%j is answered in Chinese, naming the option (exit 2)', async (args, message) => {
    const r = await runMain(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/Unknown option|argument missing/);
  });
});

describe('new refuses what it cannot write', () => {
  it.each(['1999', '2031', '24', 'abcd'])('--year %s names the supported years', async (year) => {
    const out = path.join(dir, `y${year}.xlsx`);
    const r = await runMain(['new', '--year', year, '--department', '测试局', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/不在支持的年度内：支持 2016–2030 年/);
    expect(existsSync(out)).toBe(false);
  });

  it('a department name longer than an Excel cell (32,767 characters)', async () => {
    const out = path.join(dir, 'long.xlsx');
    const r = await runMain(['new', '--year', '2024', '--department', '局'.repeat(32_768), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--department 部门名称 太长：有 32,768 个字符，Excel 一个单元格最多 32,767 个字符/);
    expect(r.stderr.length).toBeLessThan(2000);
    expect(existsSync(out)).toBe(false);
  });

  it('an --out in a folder that does not exist: a Chinese reason, not ENOENT alone', async () => {
    const out = path.join(dir, 'no-such-folder', 't.xlsx');
    const r = await runMain(['new', '--year', '2024', '--department', '测试局', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^无法写入 .*t\.xlsx：所在的文件夹不存在。请先建好文件夹，或换一个保存位置。（ENOENT）/);
  });
});

describe('batch JSON: each file keeps its own status', () => {
  it('an array with ok / unreadable and the worst exit code', async () => {
    const good = path.join(dir, 'good.xlsx');
    writeFileSync(good, await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')));
    const r = await runMain(['check', good, path.join(dir, 'nope.xlsx'), '--format', 'json']);
    expect(r.status).toBe(2);
    const [a, b] = JSON.parse(r.stdout);
    expect(a).toMatchObject({ file: good, status: 'ok', summary: { errors: 0 } });
    expect(a.tables).toHaveLength(13);
    expect(b).toEqual({ file: path.join(dir, 'nope.xlsx'), status: 'unreadable', error: expect.stringMatching(/^找不到或无法打开文件：.*（ENOENT）$/) });
  });
});

describe('a file over the size cap', () => {
  it('is refused from its size alone, before a byte is read (exit 2)', async () => {
    const file = path.join(dir, 'huge-file.xlsx');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 101 * 1024 * 1024); // sparse: no disk used
    closeSync(fd);
    const r = await runMain(['check', file, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'unreadable', error: expect.stringMatching(/^文件 .*huge-file\.xlsx 有 101 MB，超过上限 100 MB，不像预算公开工作簿。请确认选对了文件。$/) });
  });
});

describe('an absurd number in a table', () => {
  it('prints as Excel shows it (1.00E+308 万元), never "1e+308.00"', async () => {
    const wb = seedWorkbook(seeds[0], 'sheets', { amountsAs: 'number' });
    const sheet = wb.sheets.find((s) => s.name === '表5');
    const row = sheet?.values.find((r) => r.some((v) => typeof v === 'number'));
    if (!row) throw new Error('表5 has no number');
    row[row.findIndex((v) => typeof v === 'number')] = 1e308;
    const file = path.join(dir, 'huge-number.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(wb));
    const r = await runMain(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/合计为 1\.00E\+308 万元/);
    expect(r.stdout).not.toMatch(/e\+308|0{30}/);
  }, 60_000);
});

describe('a cell of five million characters is never echoed', () => {
  it('cuts the quoted text to 60 characters in every message', async () => {
    const wb = seedWorkbook(seeds[0], 'sheets');
    const huge = `政务公开审批${'很'.repeat(5_000_000)}`;
    let replaced = 0;
    for (const sheet of wb.sheets) {
      for (const row of sheet.values) {
        row.forEach((v, i) => {
          if (v === '政务公开审批') {
            row[i] = huge;
            replaced++;
          }
        });
      }
    }
    expect(replaced).toBeGreaterThan(0);
    const file = path.join(dir, 'huge-cell.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(wb));
    const r = await runMain(['check', file, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const quoting = report.findings.filter((f: { message: string }) => f.message.includes('政务公开审批很'));
    expect(quoting.length).toBeGreaterThan(0);
    for (const f of quoting) expect(f.message).toContain(`政务公开审批${'很'.repeat(54)}…`);
    expect(Math.max(...report.findings.map((f: { message: string }) => f.message.length))).toBeLessThanOrEqual(2001);
    expect(r.stdout.length).toBeLessThan(200_000);
  }, 60_000);
});

/** GBK bytes for a text, from the platform's own GB18030 decoder run backwards over the 2-byte codes. */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      if (!code) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}

describe('--catalog CSV as Excel saves it on Chinese Windows', () => {
  it('reads GBK, UTF-8 with BOM and UTF-16', () => {
    const text = '科目编码,科目名称\r\n2010306,"政务公开审批事务"\r\n';
    expect(decodeText(gbk(text))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('parses quoted fields: separators, doubled quotes and line breaks inside, CRLF', () => {
    expect(parseCsv('a,"b,c","say ""hi""",d\r\n"x\r\ny", z \r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'd'],
      ['x\r\ny', 'z'],
    ]);
    expect(parseCsv('编码\t名称\n201\t一般公共服务支出')).toEqual([
      ['编码', '名称'],
      ['201', '一般公共服务支出'],
    ]);
    expect(parseCsv('a,,"",b')).toEqual([['a', '', '', 'b']]);
  });

  it('a GBK catalog with a quoted name holding a comma changes the check', async () => {
    const file = path.join(dir, 'tables-for-catalog.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')));
    const csv = path.join(dir, '科目表-gbk.csv');
    writeFileSync(csv, gbk('科目编码,科目名称\r\n2010306,"政务公开审批事务，含""一网通办"""\r\n'));
    const r = await runMain(['check', file, '--format', 'json', '--catalog', csv]);
    expect(r.stderr).toBe('');
    const warned = JSON.parse(r.stdout).findings.filter((f: { rule: string; message: string }) => f.rule === 'K.catalog' && f.message.includes('政务公开审批事务，含"一网通办"'));
    expect(warned.length).toBeGreaterThan(0);
  }, 60_000);

  it('bytes in no known encoding are refused in Chinese (exit 2)', async () => {
    const file = path.join(dir, 'tables-for-catalog.xlsx');
    const csv = path.join(dir, 'garbage.csv');
    writeFileSync(csv, Buffer.from([0x81, 0x20, 0xff, 0xff, 0x81]));
    const r = await runMain(['check', file, '--catalog', csv]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/编码无法识别.*CSV UTF-8/);
    expect(r.stderr).toMatch(CHINESE);
  });
});

describe('--text saved by Notepad on Chinese Windows (GBK)', () => {
  it('is read like the UTF-8 file: same finding, same line names', async () => {
    const file = path.join(dir, 'tables-for-text.xlsx');
    writeFileSync(file, await writeWorkbookBuffer(seedWorkbook(seeds[0], 'sheets')));
    const textFile = path.join(dir, '情况说明-gbk.txt');
    writeFileSync(textFile, gbk(seed000NarrativeText.replace(/\n/g, '\r\n')));
    const r = await runMain(['check', file, '--text', textFile, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const errors = JSON.parse(r.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'N.amount', expected: '154.37', actual: '154.36' });
    expect(errors[0].cells).toEqual(expect.arrayContaining([expect.stringMatching(/^情况说明-gbk\.txt:第\d+行$/)]));
  }, 60_000);
});
