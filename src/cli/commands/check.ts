import * as path from 'path';
import { analyzeWorkbook } from '../../domain/analysis';
import { buildCheckReport, CheckReport, formatCheckReportText } from '../../domain/report';
import type { BudgetDocument } from '../../domain/model/types';
import type { NarrativeSheetText } from '../../domain/narrative';
import type { WorkbookGrid } from '../../domain/grid/types';
import type { NotApplicable, RulePack } from '../../domain/rules';
import type { Catalog } from '../../domain/catalog';
import { loadCatalogFile } from '../catalog-file';
import { loadRulePackFiles } from '../rule-pack-file';
import { parseCommandArgs } from '../args';
import { decodeText } from '../csv';
import { InputFileError, readInputFile, readWorkbookFile, TEXT_FILE_LIMIT } from '../read-input';
import { COMMAND_USAGE, UsageError } from '../usage';
import { computeUncalculatedFormulas } from '../../xlsx';
import type { Finding } from '../../domain/findings/types';

interface Unreadable {
  file: string;
  status: 'unreadable';
  error: string;
}

interface Checked {
  status: FileStatus;
  report: CheckReport;
  doc: BudgetDocument;
  notApplicable: NotApplicable[];
}

/** A 情况说明 kept outside the workbook (.txt, or text pasted from .docx): lines are named "说明.txt:第3行". */
export async function readNarrativeTextFile(file: string): Promise<NarrativeSheetText> {
  let bytes: Buffer;
  try {
    bytes = await readInputFile(file, '情况说明文本', TEXT_FILE_LIMIT);
  } catch (e) {
    if (e instanceof InputFileError) throw new UsageError(e.message, 'check');
    throw e;
  }
  // Notepad on Chinese Windows saves "ANSI" (GBK) unless told otherwise; Word's .txt may be UTF-16.
  const decoded = decodeText(bytes);
  if (!decoded) throw new UsageError(`情况说明文本的编码无法识别（既不是 UTF-8，也不是 GBK）：${file}。请在记事本中“另存为”并选择 UTF-8。`, 'check');
  const raw = decoded.text;
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const name = path.basename(file);
  return { sheet: name, text: lines.join('\n'), lineCells: lines.map((_, i) => `${name}:第${i + 1}行`) };
}

/**
 * Each file's own outcome in the JSON: "ok" no error, "errors" errors found, "unreadable" not
 * read, "unchecked" read but no budget table or 绩效目标表 found, so nothing was checked
 * (DESIGN §4: a file where nothing could be checked is never exit 0).
 */
type FileStatus = 'ok' | 'errors' | 'unreadable' | 'unchecked';

// A file where nothing could be checked carries an error finding (D.unread): exit 1, never 0.
const EXIT_CODE: Record<FileStatus, number> = { ok: 0, errors: 1, unreadable: 2, unchecked: 1 };

function statusOf(report: CheckReport, doc: BudgetDocument): FileStatus {
  if (report.tables.length === 0 && (doc.forms ?? []).length === 0) return 'unchecked';
  return report.summary.errors > 0 ? 'errors' : 'ok';
}

/**
 * Reads and checks one workbook with the analysis the pane uses (analyzeWorkbook): tables, and the
 * 情况说明 text (`text`, or the workbook's 情况说明 sheet). `year` picks a year set.
 */
export interface CheckFileOptions {
  text?: NarrativeSheetText;
  catalog?: Catalog;
  year?: number;
  /** `--rules` packs, applied on top of the built-in ones. */
  packs?: readonly RulePack[];
}

export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<Checked | Unreadable> {
  const { text, catalog, year, packs } = options;
  let grid: WorkbookGrid;
  let formulaFindings: Finding[];
  try {
    ({ grid, findings: formulaFindings } = computeUncalculatedFormulas(await readWorkbookFile(file)));
  } catch (e) {
    if (e instanceof InputFileError) return { file, status: 'unreadable', error: e.message };
    return { file, status: 'unreadable', error: `无法读取 ${file}：程序没能读懂这个文件。请在 Excel/WPS 中打开后另存为 .xlsx 再检查。（${detailOf(e)}）` };
  }
  try {
    const analysis = analyzeWorkbook(grid, {
      ...(catalog ? { catalog } : {}),
      ...(text ? { narrative: text } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(packs?.length ? { packs } : {}),
    });
    const { doc } = analysis;
    if (year !== undefined && !doc.yearSets?.years.includes(year)) {
      const years = doc.yearSets?.years ?? [];
      return { file, status: 'unreadable', error: `${file}：工作簿中没有 ${year} 年的表${years.length ? `（有 ${years.join('、')} 年的表）` : ''}。请用 --year 指定其中一年。` };
    }
    const report = buildCheckReport(file, doc, [...formulaFindings, ...analysis.findings], analysis.packs);
    return { status: statusOf(report, doc), report, doc, notApplicable: analysis.notApplicable };
  } catch (e) {
    return { file, status: 'unreadable', error: `检查 ${file} 时程序出错，这个文件没有检查完。请把这段信息和文件发给维护人员。（${detailOf(e)}）` };
  }
}

function detailOf(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** One file's object in the JSON: the DESIGN §4 report plus its status, or the reason it could not be read. */
function jsonOf(result: Checked | Unreadable): object {
  return 'error' in result ? result : { ...result.report, status: result.status };
}

export async function runCheck(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', {
    args,
    options: {
      format: { type: 'string', default: 'text' },
      text: { type: 'string' },
      catalog: { type: 'string' },
      year: { type: 'string' },
      rules: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    out.write(COMMAND_USAGE.check);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'ndjson') throw new UsageError(`--format 只能是 text、json 或 ndjson，不是 ${format}`, 'check');
  if (positionals.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件，例如 budget-tables check 预算公开表.xlsx', 'check');

  if (values.text && positionals.length !== 1) throw new UsageError('--text 只能配一个工作簿：budget-tables check 甲局.xlsx --text 情况说明.txt', 'check');
  const text = values.text ? await readNarrativeTextFile(values.text) : undefined;
  const catalog = values.catalog ? await loadCatalogFile(values.catalog) : undefined;
  if (values.year !== undefined && !/^20\d{2}$/.test(values.year)) throw new UsageError(`--year 应是四位年份，如 --year 2024，不是 ${values.year}`, 'check');
  const year = values.year !== undefined ? Number(values.year) : undefined;
  const packs = await loadRulePackFiles(values.rules ?? [], 'check');

  // Each file is answered as soon as it is checked (text, ndjson), so a long batch shows progress
  // and a later file's failure never loses an earlier result.
  const results: (Checked | Unreadable)[] = [];
  for (const file of positionals) {
    const result = await checkFile(file, { ...(text ? { text } : {}), ...(catalog ? { catalog } : {}), ...(year !== undefined ? { year } : {}), packs });
    results.push(result);
    if ('error' in result) err.write(`${result.error}\n`);
    else if (result.status === 'unchecked') {
      err.write(`${file} 中没有识别到预算公开表，没有检查任何内容。如果它是预算公开表，请确认各表上方有标题（如“2024年预算收支总表”）和表头。\n`);
    }
    if (format === 'ndjson') out.write(`${JSON.stringify(jsonOf(result))}\n`);
    else if (format === 'text' && !('error' in result)) {
      const separator = results.filter((r) => !('error' in r)).length > 1 ? '\n' : '';
      out.write(`${separator}${formatCheckReportText(result.report, { doc: result.doc, notApplicable: result.notApplicable })}\n`);
    }
  }
  if (format === 'json') {
    const json = results.map(jsonOf);
    out.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  }
  return Math.max(...results.map((r) => EXIT_CODE[r.status]));
}
