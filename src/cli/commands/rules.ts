import { everyRuleInForce, resolveRuleSet, severityText, tableName, type Rule, type RuleSet } from '../../domain/rules';
import { recognizeWorkbook } from '../../domain/recognize';
import { parseCommandArgs } from '../args';
import { readWorkbookFile, InputFileError } from '../read-input';
import { loadRulePackFiles } from '../rule-pack-file';
import { COMMAND_USAGE, UsageError } from '../usage';
import { computeUncalculatedFormulas } from '../../xlsx';
import type { Severity } from '../../domain/findings/types';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const WORDS: Record<Severity | 'off', string> = { error: '错误', warning: '警告', info: '提示', off: '关闭' };

/** The most serious level any outcome of the rule reports ('off' when none). */
function mainSeverity(rule: Rule): Severity | 'off' {
  let best: Severity | 'off' = 'off';
  for (const level of Object.values(rule.severity)) {
    if (level && level !== 'off' && (best === 'off' || RANK[level] > RANK[best])) best = level;
  }
  return best;
}

function jsonOf(rule: Rule): object {
  return {
    id: rule.id,
    severity: mainSeverity(rule),
    outcomes: rule.severity,
    tables: rule.tables,
    title: rule.title,
    description: rule.description,
    family: rule.family,
    pack: rule.pack ?? '',
  };
}

function textOf(set: RuleSet, file?: string): string {
  const lines = [file ? `${file} 适用的规则（规则包：${set.packs.join('、')}）：` : `全部规则（规则包：${set.packs.join('、')}；检查时按文件的表式和年度选用）：`, ''];
  for (const rule of set.rules) {
    const tables = rule.tables.length === 13 ? '全部表' : rule.tables.map(tableName).join('、') || '—';
    lines.push(`${rule.id}  [${WORDS[mainSeverity(rule)]}]  ${rule.title}  （${rule.pack ?? ''}）`);
    lines.push(`    读取：${tables}`);
    lines.push(`    严重程度：${severityText(rule)}`);
    lines.push(`    ${rule.description}`);
  }
  lines.push('', `共 ${set.rules.length} 条规则。`);
  return `${lines.join('\n')}\n`;
}

/** `budget-tables rules [文件.xlsx] [--rules 规则包.json]... [--format text|json]`: the rules in force. */
export async function runRules(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCommandArgs('rules', {
    args,
    options: {
      format: { type: 'string', default: 'text' },
      rules: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    out.write(COMMAND_USAGE.rules);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，不是 ${format}`, 'rules');
  if (positionals.length > 1) throw new UsageError('rules 命令最多给一个工作簿：列出适用于它的规则。', 'rules');
  const packs = await loadRulePackFiles(values.rules ?? [], 'rules');
  const file = positionals[0];
  let set: RuleSet;
  if (file) {
    try {
      const { grid } = computeUncalculatedFormulas(await readWorkbookFile(file));
      set = resolveRuleSet(recognizeWorkbook(grid), packs);
    } catch (e) {
      err.write(`${e instanceof InputFileError ? e.message : `无法读取 ${file}。`}\n`);
      return 2;
    }
  } else {
    set = everyRuleInForce(packs);
  }
  out.write(format === 'json' ? `${JSON.stringify(set.rules.map(jsonOf), null, 2)}\n` : textOf(set, file));
  return 0;
}
