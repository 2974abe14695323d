import * as path from 'path';
import type { WorkbookGrid } from '../../domain/grid/types';
import {
  draftNarrative,
  findNarrativeInputsSheet,
  mergeNarrativeInputs,
  parsePriorJson,
  readNarrativeInputs,
  type NarrativeInputs,
} from '../../domain/narrative';
import { analyzeWorkbook } from '../../domain/analysis';
import { parseCommandArgs } from '../args';
import { readInputFile, readWorkbookFile, TEXT_FILE_LIMIT } from '../read-input';
import { COMMAND_USAGE, UsageError } from '../usage';
import { computeUncalculatedFormulas } from '../../xlsx';

/** Bad input (unreadable workbook, bad prior.json): the message goes to stderr, exit 2. */
class InputError extends Error {}

async function readWorkbook(file: string): Promise<WorkbookGrid> {
  try {
    return computeUncalculatedFormulas(await readWorkbookFile(file)).grid;
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

async function readPrior(file: string): Promise<NarrativeInputs> {
  let text: string;
  try {
    text = (await readInputFile(file, '上年数文件', TEXT_FILE_LIMIT)).toString('utf8');
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  const parsed = parsePriorJson(text, path.basename(file));
  if (!parsed.ok) throw new InputError(`${parsed.errors.join('\n')}\n请改正 ${file} 后再试（金额单位为万元）。`);
  return parsed.inputs;
}

/** The workbook's 上年数 sheet, when it has one; a cell that is not an amount stops the command. */
function workbookInputs(grid: WorkbookGrid): NarrativeInputs {
  const sheet = findNarrativeInputsSheet(grid);
  if (!sheet) return {};
  const { inputs, problems } = readNarrativeInputs(sheet);
  if (problems.length > 0) {
    throw new InputError(`工作表“${sheet.name}”中的上年数有误：\n${problems.map((p) => p.message).join('\n')}\n请改正后再试。`);
  }
  return inputs;
}

export async function runNarrative(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('narrative', {
    args,
    options: { prior: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    out.write(COMMAND_USAGE.narrative);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format 只能是 text 或 json，不是 ${values.format}`, 'narrative');
  if (positionals.length !== 1) {
    throw new UsageError('请给出一个 .xlsx 文件，例如 budget-tables narrative 预算公开表.xlsx --prior prior.json', 'narrative');
  }
  const file = positionals[0];
  try {
    const grid = await readWorkbook(file);
    // The same reading of the tables as `check` and the pane (the analysis behind every front door).
    const { doc } = analyzeWorkbook(grid);
    if (doc.tables.length === 0) {
      throw new InputError(`${file} 中没有识别到预算公开表，无法起草情况说明。请先用 budget-tables check ${file} 查看原因。`);
    }
    let inputs = workbookInputs(grid);
    if (values.prior) inputs = mergeNarrativeInputs(inputs, await readPrior(values.prior));
    const draft = draftNarrative(doc, inputs);
    if (values.format === 'json') {
      const payload = { file, sections: draft.sections.map(({ id, title, text }) => ({ id, title, text })), placeholders: draft.placeholders };
      out.write(`${JSON.stringify(payload, null, 2)}\n`);
    } else {
      out.write(`${draft.text}\n`);
      if (draft.placeholders.length > 0) {
        err.write(`还有 ${draft.placeholders.length} 处待填写：${draft.placeholders.join('、')}。上年数可写在 --prior 文件或工作簿的“上年数”工作表中。\n`);
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      err.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
