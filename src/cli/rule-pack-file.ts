import * as path from 'path';
import { OUTCOME_DEFAULTS, packReferenceProblems, parsePack, type RulePack } from '../domain/rules';
import { decodeText } from './csv';
import { InputFileError, readInputFile, TEXT_FILE_LIMIT } from './read-input';
import { type CommandName, UsageError } from './usage';

/**
 * `--rules pack.json` (several allowed, later wins): a bureau's rule pack, checked against the
 * schema. Any problem stops the command (exit 2) naming the file and the JSON path.
 */
export async function loadRulePackFiles(files: readonly string[], command: CommandName): Promise<RulePack[]> {
  const packs: RulePack[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readInputFile(file, '规则包', TEXT_FILE_LIMIT);
    } catch (e) {
      if (e instanceof InputFileError) throw new UsageError(e.message.replace(/^无法读取 /, '无法读取规则包 '), command);
      throw e;
    }
    const decoded = decodeText(bytes);
    if (!decoded) throw new UsageError(`规则包 ${file} 的编码无法识别：请保存为 UTF-8。`, command);
    const parsed = parsePack(decoded.text, path.basename(file), OUTCOME_DEFAULTS);
    if (parsed.pack) packs.push(parsed.pack);
    else problems.push(...parsed.problems);
  }
  problems.push(...packReferenceProblems(packs));
  if (problems.length) throw new UsageError(`规则包有误，没有检查任何文件：\n${problems.map((p) => `  ${p}`).join('\n')}\n请改正后再试（写法见 docs/rule-packs.md）。`, command);
  return packs;
}
