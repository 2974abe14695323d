import { promises as fs } from 'fs';
import { parseArgs } from 'util';
import { renderWorkbook } from '../../domain/templates';
import { writeWorkbookBuffer } from '../../xlsx';
import { UsageError } from '../usage';

export async function runNew(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      year: { type: 'string' },
      department: { type: 'string' },
      out: { type: 'string' },
      layout: { type: 'string', default: 'sheets' },
      codes: { type: 'string' },
    },
    strict: true,
  });
  const year = Number(values.year);
  if (!values.year || !Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new UsageError('请用 --year 给出预算年度，例如 --year 2024');
  }
  if (!values.department?.trim()) throw new UsageError('请用 --department 给出部门名称，例如 --department 测试局');
  if (!values.out) throw new UsageError('请用 --out 给出要写入的文件，例如 --out 预算公开表.xlsx');
  if (!values.out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`--out 应为 .xlsx 文件：${values.out}`);
  const layout = values.layout;
  if (layout !== 'sheets' && layout !== 'stacked') throw new UsageError(`--layout 只能是 sheets 或 stacked，不是 ${layout}`);
  const codes = values.codes?.split(/[,，\s]+/).filter(Boolean);
  const bad = codes?.find((c) => !/^\d{7}$/.test(c));
  if (bad) throw new UsageError(`--codes 应为 7 位项级科目编码，用逗号分隔；“${bad}”不是`);

  try {
    await fs.access(values.out);
    throw new UsageError(`文件已存在，不会覆盖：${values.out}。请换一个文件名或先移走原文件。`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  const grid = renderWorkbook({ year, department: values.department.trim(), codes }, layout);
  const buffer = await writeWorkbookBuffer(grid);
  await fs.writeFile(values.out, buffer, { flag: 'wx' });
  out.write(`已写入 ${values.out}：${year} 年 13 张预算公开表（${layout === 'sheets' ? '每表一个工作表' : '全部在一个工作表'}）\n`);
  return 0;
}
