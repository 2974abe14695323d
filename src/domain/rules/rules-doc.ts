import { tableNumber } from './model-view';
import type { Severity } from '../findings/types';
import type { RulePack } from './packs/types';
import type { Outcome, Relation, Rule, RuleFamily, SeverityLevel } from './types';

const FAMILIES: readonly { family: RuleFamily; heading: string }[] = [
  { family: 'hierarchy', heading: '表内层级 / In-table hierarchy' },
  { family: 'rowTotal', heading: '表内行合计 / In-table row totals' },
  { family: 'balance', heading: '表内平衡 / In-table balances' },
  { family: 'crossTable', heading: '表间 / Between tables' },
  { family: 'codes', heading: '科目 / Budget codes' },
  { family: 'emptyTable', heading: '空表 / Empty tables' },
  { family: 'cells', heading: '单元格 / Cells' },
  { family: 'document', heading: '整个文件 / Whole document' },
  { family: 'performance', heading: '项目支出绩效目标表 / Performance target forms' },
  { family: 'narrative', heading: '情况说明 / Narrative text' },
];

const SEVERITY_WORDS = { error: '错误（error）', warning: '警告（warning）', info: '提示（info）' } as const;

const OUTCOME_WORDS: Record<Outcome, string> = {
  mismatch: '发现问题',
  rounding: '尾差以内且不为 0',
  smaller: '部分小于整体',
  unitSuspect: '部分不到整体的千分之一',
  notInList: '不在科目表中',
  nameDiffers: '名称与科目表不同',
  notInYear: '不属于本年度的科目',
  missing: '缺少',
  blank: '未填写',
  unreadable: '读不出数',
  placeholder: '留有占位符',
  inconsistent: '前后矛盾或需要人工判断',
};

/** The severity of each outcome in words (outcomes that are off are not listed). */
export function severityText(rule: Rule): string {
  const entries = (Object.entries(rule.severity) as [Outcome, SeverityLevel][]).filter((e): e is [Outcome, Severity] => e[1] !== 'off');
  if (entries.length === 1) return SEVERITY_WORDS[entries[0][1]];
  return entries
    .map(([o, level]) => `${o === 'mismatch' && rule.relations?.length ? '超出尾差范围' : OUTCOME_WORDS[o]}：${SEVERITY_WORDS[level]}`)
    .join('；');
}

function relationForm(rel: Relation): string {
  switch (rel.kind) {
    case 'pairs':
      return `pairs(${rel.by}, ${rel.compare})`;
    default:
      return rel.kind;
  }
}

/** How the rule is stated: its relation kinds, or why it is code. */
export function formText(rule: Rule): string {
  if (rule.relations?.length) return [...new Set(rule.relations.map(relationForm))].join(', ');
  return `custom: ${rule.custom ?? rule.check?.kind ?? ''}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function tablesText(rule: Rule): string {
  if (rule.family === 'performance') return [...rule.tables.map(tableNumber), '项目支出绩效目标表'].join('、');
  if (rule.family === 'document') return '整个工作簿（全部表，及情况说明）';
  if (rule.family === 'narrative') return '情况说明，及其所说的表';
  const list = rule.tables.length === 13 ? '全部 13 张表' : rule.tables.map(tableNumber).join('、');
  return rule.applies === 'any' && rule.tables.length > 1 ? `${list}（有其一即检查）` : list;
}

function scopeText(pack: RulePack): string {
  const { formats, years, province } = pack.appliesTo;
  const parts: string[] = [];
  if (formats) parts.push(`表式 ${formats.join('、')}`);
  if (Array.isArray(years)) parts.push(`${years.join('、')} 年`);
  else if (years) {
    const range = years as { from?: number; to?: number };
    parts.push(`${range.from ?? ''}${range.from !== undefined ? ' 年' : ''}${range.to !== undefined ? ` 至 ${range.to} 年` : ' 起'}`.trim());
  }
  if (province) parts.push(province);
  return parts.length ? parts.join('，') : '所有文件';
}

/** docs/rules.md: the built-in packs, then every rule by family, in Chinese with English headings. */
export function renderRulesMarkdown(rules: readonly Rule[], packs: readonly RulePack[] = []): string {
  const lines: string[] = [
    '# 勾稽规则 / Consistency rules',
    '',
    '> 本文件由内置规则包（`src/domain/rules/packs/builtin/*.json`）生成，请勿手工修改。自定义规则包的写法见 `docs/rule-packs.md`。',
    '> Generated from the built-in rule packs in `src/domain/rules/packs/builtin/` — do not edit by hand.',
    '> Regenerate: `npx tsc -p tsconfig.cli.json && node scripts/gen-rules-doc.js` (a test fails when this file is stale).',
    '',
    '## 有证据才报错误：“未检查”是什么意思 / Evidence before errors',
    '',
    '- 一条**错误**必须两边都确实读到了数：两边的单元格都识别出来、都是数字（空白按 0）。只要有一边没读到，就不会报错误。',
    '- 没读到的东西一定会说出来：识别提示（RECOGNIZE）写明哪张表、哪一行或哪一列、哪个单元格没能读取，以及为什么、怎么改。',
    '- 依赖这些内容的规则列为**未检查**，并写明原因（如“表2（收入总表）有 3 行未能读取（表2!A5、表2!A6、表2!A7），按行汇总或逐行对照的核对未做”）。未检查既不算通过，也不算错误；处理完识别提示后再检查一次即可。',
    '- 不同地区、不同年度的表式不一样：某张表本来就不印的行或列（如上海表1 没有“本年收入合计”，表2 只有“财政拨款收入”一列），相关的比较不做，也不提示；另一边有数而这一边没有这一列时，列为未检查。',
    '- 一个工作簿一张表也没识别出来，或金额全是错误值，不会显示“没有发现问题”。',
    '- Developers: `src/domain/rules/evidence.ts` (rows left unread make row sums 未检查), `evaluate.ts` (`ifPresent` for rows and columns a format does not print; a required column missing from a table makes a pairs rule 未检查).',
    '',
    '## 尾差与单位 / Rounding and units',
    '',
    '- 合计与它的 n 个非空组成部分各自按最后一位印出的小数四舍五入，两边相差不超过 (n + 1) × 该位的半个单位即视为一致（XBRL Calculations 1.1 的区间推理）；两数相等的关系 n = 1。各数印出的位数不同时，按其中最粗的一位计算。',
    '- 差额不为 0 但在此范围内：提示（info，尾差），写明差额和允许范围；超出此范围：按规则的严重程度（通常为错误）。',
    '- 空白单元格是精确的 0；填了文字或错误值的单元格不是 0，含它的关系不检查并列入“未检查”。',
    '- 以元为单位的表与以万元为单位的表比较时，先换算为万元（精确小数），允许范围取两者中较粗的一位；万元表至少按 2 位小数计。',
    '- 以元为单位的表中所有金额都是 100 元的整数倍时，这些数是由保留 2 位小数的万元数换算来的，按 0.01 万元（100 元）的位数计算尾差。',
    '- 规则读取的表在工作簿中不存在时，该规则列为“未检查”，既不算通过，也不算错误。',
    '- 每条结论都列出两边的单元格：无法判断哪一边填错。',
    '- 项目支出绩效目标表的规则只在工作簿中有绩效目标表时检查；绩效目标表金额以元为单位，与表12（万元，2 位小数）比较也是两数相等的关系，按较粗的 0.01 万元计算，允许 ±100 元。',
    '',
    '## 规则包 / Rule packs',
    '',
    '| 规则包 / Pack | 名称 / Title | 适用 / Applies to | 说明 / Description |',
    '|---|---|---|---|',
    ...packs.map((p) => `| \`${p.name}\` | ${cell(p.title ?? '')} | ${cell(scopeText(p))} | ${cell(`${p.description ?? ''}${p.extends ? `（沿用 \`${p.extends}\` 的规则）` : ''}`)} |`),
    '',
    `共 ${rules.length} 条规则。 / ${rules.length} rules.`,
  ];
  for (const { family, heading } of FAMILIES) {
    const list = rules.filter((r) => r.family === family);
    if (list.length === 0) continue;
    lines.push('', `## ${heading}`, '');
    lines.push('| 编号 / ID | 名称 / Title | 读取的表 / Tables | 说明 / Description | 严重程度 / Severity policy | 形式 / Form | 规则包 / Pack |');
    lines.push('|---|---|---|---|---|---|---|');
    for (const r of list) {
      lines.push(`| \`${r.id}\` | ${cell(r.title)} | ${cell(tablesText(r))} | ${cell(r.description)} | ${cell(severityText(r))} | ${cell(formText(r))} | ${cell(r.pack ?? '')} |`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
