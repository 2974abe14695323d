import { sectionAt, sectionName } from '../text/sections';
import { addFinding, textCell, type CheckContext } from './context';

/** One place where the text says how many 预算单位 the department has. */
interface UnitCount {
  total: number;
  start: number;
  end: number;
}

/** "预算单位共计 1 家", "共有2家预算单位", "本部门2个预算单位". */
const TOTALS: RegExp[] = [
  /预算单位\s*(?:共计|共有|合计|总计|共)\s*(\d+)\s*[家个]/g,
  /(?:共计|共有|合计|共)\s*(\d+)\s*[家个]\s*预算单位/g,
  /本部门\s*(?:共有|共)?\s*(\d+)\s*[家个]\s*预算单位/g,
];
/** "包括区司法局本部以及下属1家预算单位": the 本部 counts too. */
const HEAD_AND_SUBORDINATES = /(?:本部|本级|机关)\s*(?:以及|和|及|与|、)\s*(?:所属|下属)\s*(\d+)\s*[家个]\s*(?:预算)?单位/g;
/** "1家行政、3家事业单位", "1家机关和1家参公事业单位". */
const COUNT_THEN_KIND = /(\d+)\s*[家个]\s*(行政|参公|参照公务员法管理|事业|机关)/g;
/** "行政单位1家，参公单位1家". */
const KIND_THEN_COUNT = /(行政|参公|事业|机关)单位\s*(\d+)\s*[家个]/g;

function totals(text: string): UnitCount[] {
  const out: UnitCount[] = [];
  for (const pattern of TOTALS) {
    for (const m of text.matchAll(pattern)) out.push({ total: Number(m[1]), start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(HEAD_AND_SUBORDINATES)) out.push({ total: Number(m[1]) + 1, start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** A sentence listing the units by kind (at least two kinds): their sum. */
function breakdowns(text: string): UnitCount[] {
  const out: UnitCount[] = [];
  let start = 0;
  for (const sentence of text.split(/(?<=[。；;\n])/)) {
    const parts = new Map<number, { kind: string; count: number; start: number; end: number }>();
    for (const m of sentence.matchAll(COUNT_THEN_KIND)) parts.set(m.index!, { kind: m[2], count: Number(m[1]), start: m.index!, end: m.index! + m[0].length });
    for (const m of sentence.matchAll(KIND_THEN_COUNT)) {
      const at = m.index! + m[0].indexOf(m[2], m[1].length);
      if (![...parts.values()].some((p) => at >= p.start && at < p.end)) parts.set(m.index!, { kind: m[1], count: Number(m[2]), start: m.index!, end: m.index! + m[0].length });
    }
    const list = [...parts.values()].sort((a, b) => a.start - b.start);
    if (new Set(list.map((p) => p.kind)).size >= 2) {
      const last = list[list.length - 1].end;
      // "…3家事业" reads on to "单位" when the sentence says it.
      const tail = /^[^，,。；;、和及与\d]{0,6}?单位/.exec(sentence.slice(last))?.[0].length ?? 0;
      out.push({ total: list.reduce((n, p) => n + p.count, 0), start: start + list[0].start, end: start + last + tail });
    }
    start += sentence.length;
  }
  return out;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length - 1;
}

/**
 * The number of 预算单位 the text gives in one place (二、机构设置: "共计1家") and another
 * (八: "所属1家行政、3家事业单位"; Shanghai: "本部以及下属1家预算单位", "本部门2个预算单位")
 * must agree. The tables do not list the units: a warning for a person to judge.
 */
export function checkUnitCounts(ctx: CheckContext): void {
  const text = ctx.analysis.text;
  const counts = [...totals(text), ...breakdowns(text)].sort((a, b) => a.start - b.start);
  if (new Set(counts.map((c) => c.total)).size < 2) return;
  const described = counts.map((c) => {
    const quoted = text.slice(c.start, c.end).replace(/\s+/g, '');
    const section = sectionName(sectionAt(ctx.analysis.sections, c.start));
    const numbers = quoted.match(/\d+/g) ?? [];
    const plainCount = numbers.length === 1 && Number(numbers[0]) === c.total;
    return `“${quoted}”（${section}${plainCount ? '' : `，共${c.total}家`}）`;
  });
  addFinding(
    ctx,
    'inconsistent',
    'N.units',
    `情况说明中预算单位的个数前后不一致：${described.join('；')}。请核对纳入部门预算的单位个数。`,
    counts.flatMap((c) => textCell(ctx, lineOf(text, c.start))),
    { actual: counts.map((c) => `${c.total}家`).join('、') },
  );
}
