import { SECTION_TITLES, type TextSectionId } from '../types';

export interface TextSection {
  /** The standard section this heading is about (by its words, not its number); undefined when unknown. */
  id?: TextSectionId;
  /** The numeral as written ("五"). */
  numeral: string;
  title: string;
  /** Heading start, and the end of the section (the next heading or the end of the text). */
  start: number;
  end: number;
}

/** Heading words -> standard section; order matters (基本支出 before 一般公共预算, 财政拨款 before 收支). */
const TOPICS: [RegExp, TextSectionId][] = [
  [/三公/, '七'],
  [/机关运行经费/, '八'],
  [/政府采购/, '九'],
  [/绩效/, '十'],
  [/国有资产/, '十一'],
  [/基本支出/, '六'],
  [/财政拨款/, '四'],
  [/一般公共预算/, '五'],
  [/收支.*变动|变动.*原因|收支.*总体/, '一'],
  [/收入/, '二'],
  [/支出/, '三'],
  [/其他说明/, '十二'],
];

const HEADING = /^[\s#*>]*([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.{2,40}?)[\s#*]*$/;

export function topicOfTitle(title: string): TextSectionId | undefined {
  return TOPICS.find(([p]) => p.test(title))?.[1];
}

/** Sections of a 情况说明 by their "一、…" heading lines (markdown # marks tolerated). */
export function splitNarrativeSections(text: string): TextSection[] {
  const sections: TextSection[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const m = HEADING.exec(line);
    // A heading is a short title line, never a sentence with figures.
    if (m && !/\d\s*(万元|元|%)|[。；;]/.test(m[2])) {
      if (sections.length > 0) sections[sections.length - 1].end = pos;
      sections.push({ id: topicOfTitle(m[2]), numeral: m[1], title: m[2].trim(), start: pos, end: text.length });
    }
    pos += line.length + 1;
  }
  return sections;
}

export function sectionAt(sections: TextSection[], index: number): TextSection | undefined {
  return sections.find((s) => index >= s.start && index < s.end);
}

/** "八、机关运行经费增减变动原因说明" as the text names it. */
export function sectionName(section: TextSection | undefined): string {
  if (!section) return '情况说明';
  return `${section.numeral}、${section.title}`;
}

export function standardTitle(id: TextSectionId): string {
  return `${id}、${SECTION_TITLES[id]}`;
}
