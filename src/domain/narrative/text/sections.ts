import { SECTION_TITLES, type TextSectionId } from '../types';

/**
 * The parts a 部门预算 document groups its text in, by unnumbered headings. Shanghai-style
 * documents write "…机构设置", "2026年部门预算编制说明", "其他相关情况说明" (whose numbered
 * sections are the 三公 … 国有资产 topics) and "项目经费情况说明" (one block per project, whose
 * numbered headings 一、项目概述 … 七、绩效目标 are not the 情况说明's sections).
 */
export type TextPart = 'overview' | 'organization' | 'summary' | 'narrative' | 'other' | 'projects' | 'glossary';

export interface TextSection {
  /** The standard section this heading is about (by its words, not its number); undefined when unknown. */
  id?: TextSectionId;
  /** The numeral as written ("五"); '' for an unnumbered part heading. */
  numeral: string;
  title: string;
  /** The part of the document the section is in, when an unnumbered heading said so. */
  part?: TextPart;
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

/** Unnumbered part headings, by their last words; "第三部分 …情况说明" by its words after the number. */
const PARTS: [RegExp, TextPart][] = [
  [/名词解释$/, 'glossary'],
  [/项目(经费|支出)?(情况)?说明$/, 'projects'],
  [/其他(相关)?情况说明$/, 'other'],
  [/(部门|单位)?预算编制说明$/, 'summary'],
  [/机构设置(情况)?$/, 'organization'],
  [/^第[一二三四五六七八九十]+部分\s*(概况|部门概况)$/, 'overview'],
  [/^第[一二三四五六七八九十]+部分.*情况说明$/, 'narrative'],
];

/** A short title line: no sentence punctuation, no stated figure. */
function partOfLine(line: string): TextPart | undefined {
  const t = line.replace(/^[\s#*>]+|[\s#*]+$/g, '');
  if (t.length < 4 || t.length > 40 || /[。；;，,：:]|\d\s*(万元|元|%)/.test(t)) return undefined;
  return PARTS.find(([p]) => p.test(t))?.[1];
}

export function topicOfTitle(title: string): TextSectionId | undefined {
  return TOPICS.find(([p]) => p.test(title))?.[1];
}

/** The id a numbered heading has inside a part: none inside a project's description or the 名词解释. */
function idInPart(part: TextPart | undefined, title: string): TextSectionId | undefined {
  if (part === 'projects' || part === 'glossary' || part === 'organization' || part === 'overview') return undefined;
  return topicOfTitle(title);
}

/**
 * Sections of a 情况说明 by their "一、…" heading lines (markdown # marks tolerated), and by
 * unnumbered part headings. A heading line may hold a path ("其他相关情况说明 / 一、…三公…").
 * The Shanghai 部门预算编制说明 (totals, changes and the 项 listed one by one) counts as 一.
 */
export function splitNarrativeSections(text: string): TextSection[] {
  const sections: TextSection[] = [];
  let part: TextPart | undefined;
  let pos = 0;
  const open = (section: Omit<TextSection, 'end'>): void => {
    if (sections.length > 0) sections[sections.length - 1].end = section.start;
    sections.push({ ...section, end: text.length });
  };
  for (const line of text.split('\n')) {
    const segments = line.split(/\s+\/\s+/);
    let numbered: RegExpExecArray | null = null;
    let partTitle: string | undefined;
    for (const segment of segments) {
      const m = HEADING.exec(segment);
      // A heading is a short title line, never a sentence with figures.
      if (m && !/\d\s*(万元|元|%)|[。；;]/.test(m[2])) {
        numbered = m;
        continue;
      }
      const p = partOfLine(segment);
      if (p) {
        part = p;
        partTitle = segment.replace(/^[\s#*>]+|[\s#*]+$/g, '');
      }
    }
    if (numbered) {
      open({ id: idInPart(part, numbered[2]), numeral: numbered[1], title: numbered[2].trim(), part, start: pos });
    } else if (partTitle !== undefined && part !== 'narrative') {
      // "第三部分 …情况说明" only titles the numbered sections that follow.
      open({ ...(part === 'summary' ? { id: '一' as const } : {}), numeral: '', title: partTitle, part, start: pos });
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
  return section.numeral ? `${section.numeral}、${section.title}` : section.title;
}

export function standardTitle(id: TextSectionId): string {
  return `${id}、${SECTION_TITLES[id]}`;
}
