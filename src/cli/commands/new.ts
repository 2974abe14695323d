import { promises as fs } from 'fs';
import type { WorkbookGrid } from '../../domain/grid/types';
import { renderWorkbook } from '../../domain/templates';
import { writeWorkbookBuffer } from '../../xlsx';
import { parseCommandArgs } from '../args';
import { COMMAND_USAGE, UsageError } from '../usage';
import { SUPPORTED_YEARS } from '../years';

/** Excel's limit on the text of one cell. */
const EXCEL_CELL_TEXT_LIMIT = 32_767;

/** A text `new` writes into a cell must fit in one; the department name also goes into titles. */
function refuseTooLong(option: string, text: string, room: number): void {
  if (text.length > room) {
    throw new UsageError(`${option} 太长：有 ${text.length.toLocaleString('en-US')} 个字符，Excel 一个单元格最多 ${EXCEL_CELL_TEXT_LIMIT.toLocaleString('en-US')} 个字符（连同表名）。请写部门的正式名称。`, 'new');
  }
}

/** Last guard: no text the templates produced may pass Excel's cell limit (Excel would refuse the file). */
function refuseLongCells(grid: WorkbookGrid): void {
  for (const sheet of grid.sheets) {
    for (const row of sheet.values) {
      for (const v of row ?? []) {
        if (typeof v === 'string' && v.length > EXCEL_CELL_TEXT_LIMIT) refuseTooLong('要写入的文字', v, EXCEL_CELL_TEXT_LIMIT);
      }
    }
  }
}

/** Why the new file could not be written, in Chinese, with the system's code after it. */
export function writeFailure(file: string, e: NodeJS.ErrnoException): string {
  const code = e.code ?? e.message;
  if (code === 'ENOENT') return `无法写入 ${file}：所在的文件夹不存在。请先建好文件夹，或换一个保存位置。（${code}）`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `无法写入 ${file}：没有在这个文件夹里写文件的权限。请换一个保存位置，例如自己的文档文件夹。（${code}）`;
  if (code === 'EEXIST') return `文件已存在，不会覆盖：${file}。请换一个文件名或先移走原文件。（${code}）`;
  if (code === 'ENOSPC') return `无法写入 ${file}：磁盘空间不足。请清理磁盘后再试。（${code}）`;
  return `无法写入 ${file}。请换一个保存位置再试。（${code}: ${e.message}）`;
}

export async function runNew(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseCommandArgs('new', {
    args,
    options: {
      year: { type: 'string' },
      department: { type: 'string' },
      out: { type: 'string' },
      layout: { type: 'string', default: 'sheets' },
      codes: { type: 'string' },
      'fund-codes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    out.write(COMMAND_USAGE.new);
    return 0;
  }
  if (!values.year) throw new UsageError('请用 --year 给出预算年度，例如 --year 2024', 'new');
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year.trim()) || !SUPPORTED_YEARS.includes(year)) {
    const first = SUPPORTED_YEARS[0];
    const last = SUPPORTED_YEARS[SUPPORTED_YEARS.length - 1];
    throw new UsageError(`--year ${values.year.slice(0, 20)} 不在支持的年度内：支持 ${first}–${last} 年（13 张表的格式自 ${first} 年起使用）。例如 --year 2024`, 'new');
  }
  if (!values.department?.trim()) throw new UsageError('请用 --department 给出部门名称，例如 --department 测试局', 'new');
  // The longest title the name goes into: "测试局2024年一般公共预算基本支出分经济科目表" and the like.
  refuseTooLong('--department 部门名称', values.department.trim(), EXCEL_CELL_TEXT_LIMIT - 64);
  if (!values.out) throw new UsageError('请用 --out 给出要写入的文件，例如 --out 预算公开表.xlsx', 'new');
  if (!values.out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`--out 应为 .xlsx 文件：${values.out}`, 'new');
  const layout = values.layout;
  if (layout !== 'sheets' && layout !== 'stacked') throw new UsageError(`--layout 只能是 sheets 或 stacked，不是 ${layout}`, 'new');
  const codes = values.codes?.split(/[,，\s]+/).filter(Boolean);
  const bad = codes?.find((c) => !/^\d{7}$/.test(c));
  if (bad) throw new UsageError(`--codes 应为 7 位项级科目编码，用逗号分隔；“${bad.slice(0, 20)}”不是`, 'new');
  const fundSections = values['fund-codes']?.split(/[,，\s]+/).filter(Boolean);
  const badFund = fundSections?.find((c) => !/^\d{3}(\d{2}){0,2}$/.test(c));
  if (badFund) {
    throw new UsageError(`--fund-codes 应为政府性基金的款级（5 位）或类级（3 位）科目编码，用逗号分隔；“${badFund.slice(0, 20)}”不是`, 'new');
  }

  try {
    await fs.access(values.out);
    throw new UsageError(`文件已存在，不会覆盖：${values.out}。请换一个文件名或先移走原文件。`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  const grid = renderWorkbook({ year, department: values.department.trim(), codes, fundSections }, layout);
  refuseLongCells(grid);
  const buffer = await writeWorkbookBuffer(grid);
  try {
    await fs.writeFile(values.out, buffer, { flag: 'wx' });
  } catch (e) {
    throw new UsageError(writeFailure(values.out, e as NodeJS.ErrnoException), 'new');
  }
  out.write(`已写入 ${values.out}：${year} 年 13 张预算公开表（${layout === 'sheets' ? '每表一个工作表' : '全部在一个工作表'}）\n`);
  return 0;
}
