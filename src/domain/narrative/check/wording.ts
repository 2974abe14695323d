import { sectionName, standardTitle } from '../text/sections';
import type { TextSectionId } from '../types';
import { normalizeName } from '../names';
import { addFinding, textCell, type CheckContext } from './context';

function lineOf(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) if (text[i] === '\n') n++;
  return n;
}

function sectionLabelAt(ctx: CheckContext, index: number): string {
  const s = ctx.analysis.sections.find((x) => index >= x.start && index < x.end);
  return `情况说明“${sectionName(s)}”`;
}

const PLACEHOLDERS = /【[^】\n]*】|待填写|待补充|待定|(?<![A-Za-z])[Xx×]{2,}(?![A-Za-z])|_{3,}|＿{2,}/g;

/** Rule 37: nothing left to fill in (【请填写…】, XX, xxx, 待填写). */
export function checkPlaceholders(ctx: CheckContext): void {
  const text = ctx.analysis.text;
  for (const m of text.matchAll(PLACEHOLDERS)) {
    const line = lineOf(text, m.index!);
    addFinding(
      ctx,
      'placeholder',
      'N.placeholder',
      `${sectionLabelAt(ctx, m.index!)}还有待填写的内容“${m[0]}”。请填写或删去后再公开。`,
      textCell(ctx, line),
      { actual: m[0] },
    );
  }
}

const YEAR = /(?<!\d)(20\d{2}|19\d{2})\s*年/g;
const COMPARISON_BEFORE = /(比|与|较|同|和|对比)\s*$/;
/** Numbering and part titles that may precede the opening year of a sentence. */
const SENTENCE_OPENING = /^(第[一二三四五六七八九十]部分|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?$/;
/** "2025年当年预算执行数为…", "2025年预算数为…": a sentence about last year, as a comparison base. */
const LAST_YEAR_FIGURE = /^年度?[^，,。；;\d]{0,8}?(执行数|执行|决算|预算数|实际)/;

type YearSlipKind = 'comparison' | 'opening' | 'later';

interface YearSlip {
  kind: YearSlipKind;
  stated: number;
  line: number;
  at: number;
  phrase: string;
}

function yearSlips(ctx: CheckContext, year: number): YearSlip[] {
  const text = ctx.analysis.text;
  const out: YearSlip[] = [];
  for (const m of text.matchAll(YEAR)) {
    const stated = Number(m[1]);
    const at = m.index!;
    const inReason = ctx.analysis.reasons.some((r) => at >= r.start && at < r.end);
    const sentenceStart = Math.max(...['。', '；', ';', '\n', '！', '？'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
    const before = text.slice(sentenceStart, at).replace(/[\s#*]/g, '');
    const comparison = COMPARISON_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
    // The clause from the comparison word ("比2026年预算增加793.14万元"), else a few words around the year.
    const from = comparison ? at - comparison[0].length : Math.max(sentenceStart, at - 4);
    const clauseEnd = text.slice(at).search(/[，,；;。\n]/);
    const to = Math.min(text.length, at + Math.min(clauseEnd < 0 ? 16 : clauseEnd, comparison ? 20 : 12));
    const phrase = text.slice(from, to).replace(/\n/g, '');
    const slip = { stated, line: lineOf(text, at), at, phrase };
    if (comparison) {
      if (stated !== year - 1) out.push({ kind: 'comparison', ...slip });
      continue;
    }
    const lastYearFigure = stated === year - 1 && LAST_YEAR_FIGURE.test(text.slice(at + m[1].length).trimStart());
    if (SENTENCE_OPENING.test(before) && stated !== year && !inReason && !lastYearFigure) {
      out.push({ kind: 'opening', ...slip });
      continue;
    }
    if (stated > year) out.push({ kind: 'later', ...slip });
  }
  return out;
}

/**
 * Rule 36: years are the document's and the one before. A comparison ("比2022年") must be
 * with last year; a sentence that opens with a year must open with the budget year (a
 * text copied from last year's document is the usual slip) unless it states last year's
 * figure ("2025年当年预算执行数为…"); any other year later than the budget year is
 * suspicious. A wording matter for a person to judge (warning), once per paragraph and slip.
 */
export function checkYears(ctx: CheckContext): void {
  const year = ctx.year;
  if (year === undefined) return;
  const groups = new Map<string, YearSlip[]>();
  for (const slip of yearSlips(ctx, year)) {
    const key = `${slip.line}|${slip.kind}|${slip.stated}`;
    groups.set(key, [...(groups.get(key) ?? []), slip]);
  }
  for (const slips of groups.values()) {
    const { kind, stated, line, at, phrase } = slips[0];
    const where = sectionLabelAt(ctx, at);
    const quoted = `“${phrase}”${slips.length > 1 ? `等${slips.length}处` : ''}`;
    if (kind === 'comparison') {
      addFinding(ctx, 'mismatch', 'N.year', `${where}写${quoted}：本预算是${year}年度，应与${year - 1}年比较。请改正年份。`, textCell(ctx, line), {
        expected: `${year - 1}年`,
        actual: `${stated}年`,
      });
    } else if (kind === 'opening') {
      addFinding(ctx, 'mismatch', 'N.year', `${where}写${quoted}：本预算是${year}年度，年份不对（可能沿用了往年的说明）。请核对年份。`, textCell(ctx, line), {
        expected: `${year}年`,
        actual: `${stated}年`,
      });
    } else {
      addFinding(ctx, 'mismatch', 'N.year', `${where}写${quoted}，晚于本预算年度${year}年。请核对年份。`, textCell(ctx, line), { actual: `${stated}年` });
    }
  }
}

/** The parts of 第三部分 the regulations ask for (收入 … 国有资产). */
export const REQUIRED_SECTIONS: TextSectionId[] = ['二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];

/**
 * The Shanghai-style text (…部门预算编制说明 + 其他相关情况说明) states 收入, 支出 and 财政拨款 in
 * its 编制说明 and has no 二 … 六 of its own: only the 三公 … 国有资产 parts are asked for.
 */
export const REQUIRED_WITH_SUMMARY: TextSectionId[] = ['七', '八', '九', '十', '十一'];

export function requiredSectionsOf(analysis: CheckContext['analysis']): TextSectionId[] {
  return analysis.sections.some((s) => s.part === 'summary') ? REQUIRED_WITH_SUMMARY : REQUIRED_SECTIONS;
}

export function checkSections(ctx: CheckContext, required: TextSectionId[]): void {
  const present = new Set(ctx.analysis.sections.map((s) => s.id).filter((id): id is TextSectionId => id !== undefined));
  if (ctx.analysis.sections.length === 0) {
    addFinding(ctx, 'missing', 'N.section', '情况说明中没有找到“一、……”这样的分节标题，无法逐节核对。请按“一、部门预算收支数据变动情况及原因”等标题分节。', []);
    return;
  }
  for (const id of required) {
    if (present.has(id)) continue;
    addFinding(ctx, 'missing', 'N.section', `情况说明缺少“${standardTitle(id)}”部分。请补上这一节。`, []);
  }
}

/** Rule 30: the items 六 names under 人员经费 / 公用经费 are non-zero items of 表6 in that column. */
export function checkNamedItems(ctx: CheckContext): void {
  const t06 = ctx.facts.t06;
  if (!t06.total) return;
  const text = ctx.analysis.text;
  for (const [f, concept] of ctx.concepts) {
    const column = concept.key === 'T06.personnel' ? '人员经费' : concept.key === 'T06.publicUse' ? '公用经费' : undefined;
    if (!column) continue;
    const sentence = text.slice(f.end, f.sentenceEnd);
    const m = /主要(包括|用于)[:：]?/.exec(sentence);
    if (!m) continue;
    const items = column === '人员经费' ? t06.personnelItems : t06.publicUseItems;
    const known = new Set(items.map((i) => normalizeName(i.name)));
    const names = sentence
      .slice(m.index + m[0].length)
      .split(/[、，,]/)
      .map((n) => n.trim().replace(/等$/, '').trim())
      .filter((n) => n !== '');
    for (const name of names) {
      if (known.has(normalizeName(name))) continue;
      addFinding(
        ctx,
        'notInList',
        'N.item',
        `${sectionLabelAt(ctx, f.start)}写${column}主要包括“${name}”，但表6的${column}中没有这一项（或金额为0）。请核对。`,
        [...(concept.fact?.cells ?? []), ...textCell(ctx, f.line)],
      );
    }
  }
}
