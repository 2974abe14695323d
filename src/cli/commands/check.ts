import { promises as fs } from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { recognizeWorkbook } from '../../domain/recognize';
import { buildCheckReport, CheckReport, formatCheckReportText } from '../../domain/report';
import { readWorkbookBuffer } from '../../xlsx';
import { UsageError } from '../usage';

interface Unreadable {
  file: string;
  error: string;
}

async function checkFile(file: string): Promise<CheckReport | Unreadable> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return { file, error: `找不到或无法打开文件：${file}` };
  }
  if (path.extname(file).toLowerCase() !== '.xlsx') {
    return { file, error: `不是 .xlsx 文件：${file}。请在 Excel/WPS 中另存为 .xlsx 后再检查。` };
  }
  try {
    const grid = await readWorkbookBuffer(data);
    const doc = recognizeWorkbook(grid);
    return buildCheckReport(file, doc, []);
  } catch (e) {
    return { file, error: (e as Error).message };
  }
}

export async function runCheck(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format 只能是 text 或 json，不是 ${values.format}`);
  if (positionals.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件，例如 budget-tables check 预算公开表.xlsx');

  const results: (CheckReport | Unreadable)[] = [];
  for (const file of positionals) results.push(await checkFile(file));

  const unreadable = results.filter((r): r is Unreadable => 'error' in r);
  const reports = results.filter((r): r is CheckReport => !('error' in r));
  for (const u of unreadable) err.write(`${u.error}\n`);
  if (values.format === 'json') {
    const payload = results.length === 1 ? results[0] : results;
    out.write(`${JSON.stringify(payload, null, 2)}\n`);
  } else {
    out.write(`${reports.map(formatCheckReportText).join('\n\n')}\n`);
  }
  if (unreadable.length) return 2;
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}
