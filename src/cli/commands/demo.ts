import { promises as fs } from 'fs';
import { draftNarrative } from '../../domain/narrative';
import { formatCheckReportText } from '../../domain/report';
import { seed000, seedWorkbook } from '../../samples/build';
import { writeWorkbookBuffer } from '../../xlsx';
import { parseCommandArgs } from '../args';
import { COMMAND_USAGE, UsageError } from '../usage';
import { checkFile } from './check';
import { writeFailure } from './new';

const DEFAULT_OUT = '预算公开示例.xlsx';

/**
 * `budget-tables demo [--out 示例.xlsx]`: writes a sample workbook with the figures of a real
 * published document (晋中市行政审批服务管理局 2023, seed 000), checks it as `check` would and
 * prints the drafted 情况说明 — the whole job in one command, without any file of one's own.
 */
export async function runDemo(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs('demo', {
    args,
    options: { out: { type: 'string', default: DEFAULT_OUT }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
    strict: true,
  });
  if (values.help) {
    out.write(COMMAND_USAGE.demo);
    return 0;
  }
  const file = values.out;
  if (!file.toLowerCase().endsWith('.xlsx')) throw new UsageError(`--out 应为 .xlsx 文件：${file}`, 'demo');
  try {
    await fs.writeFile(file, await writeWorkbookBuffer(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' })), { flag: 'wx' });
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    if (error.code === 'EEXIST') throw new UsageError(`文件已存在，不会覆盖：${file}。请用 --out 换一个文件名。`, 'demo');
    throw new UsageError(writeFailure(file, error), 'demo');
  }
  out.write(`已写入示例工作簿 ${file}（2023 年晋中市行政审批服务管理局公开的 13 张表）。\n\n一、检查\n\n`);
  const checked = await checkFile(file);
  if ('error' in checked) throw new Error(checked.error);
  out.write(`${formatCheckReportText(checked.report, { doc: checked.doc, notApplicable: checked.notApplicable })}\n\n二、情况说明（草稿）\n\n`);
  out.write(`${draftNarrative(checked.doc, {}).text}\n`);
  return 0;
}
