import { promises as fs } from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { recognizeWorkbook } from '../../domain/recognize';
import { buildCheckReport, CheckReport, formatCheckReportText } from '../../domain/report';
import type { BudgetDocument } from '../../domain/model/types';
import { checkNarrativeText, findNarrativeInputsSheet, findNarrativeSheet, readNarrativeInputs } from '../../domain/narrative';
import type { NarrativeSheetText } from '../../domain/narrative';
import type { Finding } from '../../domain/findings/types';
import type { WorkbookGrid } from '../../domain/grid/types';
import { runRules } from '../../domain/rules';
import type { NotApplicable } from '../../domain/rules';
import { readWorkbookBuffer } from '../../xlsx';
import type { Catalog } from '../../domain/catalog';
import { loadCatalogFile } from '../catalog-file';
import { UsageError } from '../usage';

interface Unreadable {
  file: string;
  error: string;
}

interface Checked {
  report: CheckReport;
  doc: BudgetDocument;
  notApplicable: NotApplicable[];
}

/** The 情况说明 sheet, when the workbook holds one, checked against the tables. */
function narrativeFindings(grid: WorkbookGrid, doc: BudgetDocument, narrative: NarrativeSheetText | undefined): Finding[] {
  if (!narrative) return [];
  const inputsSheet = findNarrativeInputsSheet(grid);
  const inputs = inputsSheet ? readNarrativeInputs(inputsSheet).inputs : {};
  return checkNarrativeText(doc, narrative.text, { lineCells: narrative.lineCells, inputs });
}

/** A 情况说明 kept outside the workbook (.txt, or text pasted from .docx): lines are named "说明.txt:第3行". */
export async function readNarrativeTextFile(file: string): Promise<NarrativeSheetText> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    throw new UsageError(`找不到或无法打开情况说明文本：${file}`);
  }
  if (raw.includes('\uFFFD')) throw new UsageError(`情况说明文本不是 UTF-8 编码：${file}。请在记事本中“另存为”并选择 UTF-8。`);
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const name = path.basename(file);
  return { sheet: name, text: lines.join('\n'), lineCells: lines.map((_, i) => `${name}:第${i + 1}行`) };
}

/** Reads, recognizes and checks one workbook (tables, and the 情况说明 text: `text`, or the workbook's 情况说明 sheet). */
export async function checkFile(file: string, text?: NarrativeSheetText, catalog?: Catalog, year?: number): Promise<Checked | Unreadable> {
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
    const doc = recognizeWorkbook(grid, { ...(catalog ? { catalog } : {}), ...(year !== undefined ? { year } : {}) });
    if (year !== undefined && !doc.yearSets?.years.includes(year)) {
      const years = doc.yearSets?.years ?? [];
      return { file, error: `${file}：工作簿中没有 ${year} 年的表${years.length ? `（有 ${years.join('、')} 年的表）` : ''}。` };
    }
    const narrative = text ?? findNarrativeSheet(grid);
    const result = runRules(doc, {
      ...(catalog ? { catalog } : {}),
      // The 绩效目标表 rules read 情况说明 十 too (P.narrative-count).
      ...(narrative ? { narrative: { text: narrative.text, lineCells: narrative.lineCells } } : {}),
    });
    const findings = [...result.findings, ...narrativeFindings(grid, doc, narrative)];
    return { report: buildCheckReport(file, doc, findings), doc, notApplicable: result.notApplicable };
  } catch (e) {
    return { file, error: (e as Error).message };
  }
}

export async function runCheck(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' }, text: { type: 'string' }, catalog: { type: 'string' }, year: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format 只能是 text 或 json，不是 ${values.format}`);
  if (positionals.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件，例如 budget-tables check 预算公开表.xlsx');

  if (values.text && positionals.length !== 1) throw new UsageError('--text 只能配一个工作簿：budget-tables check 甲局.xlsx --text 情况说明.txt');
  const text = values.text ? await readNarrativeTextFile(values.text) : undefined;
  const catalog = values.catalog ? await loadCatalogFile(values.catalog) : undefined;
  if (values.year !== undefined && !/^20\d{2}$/.test(values.year)) throw new UsageError(`--year 应是四位年份，如 --year 2024，不是 ${values.year}`);
  const year = values.year !== undefined ? Number(values.year) : undefined;

  const results: (Checked | Unreadable)[] = [];
  for (const file of positionals) results.push(await checkFile(file, text, catalog, year));

  const unreadable = results.filter((r): r is Unreadable => 'error' in r);
  const checked = results.filter((r): r is Checked => !('error' in r));
  for (const u of unreadable) err.write(`${u.error}\n`);
  if (values.format === 'json') {
    const json = results.map((r) => ('error' in r ? r : r.report));
    const payload = json.length === 1 ? json[0] : json;
    out.write(`${JSON.stringify(payload, null, 2)}\n`);
  } else {
    const texts = checked.map((c) => formatCheckReportText(c.report, { doc: c.doc, notApplicable: c.notApplicable }));
    out.write(`${texts.join('\n\n')}\n`);
  }
  if (unreadable.length) return 2;
  return checked.some((c) => c.report.summary.errors > 0) ? 1 : 0;
}
