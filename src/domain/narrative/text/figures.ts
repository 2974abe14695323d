import type Decimal from 'decimal.js';
import { Money } from '../../money';
import type { TextSectionId } from '../types';
import { sectionAt, splitNarrativeSections, type TextSection } from './sections';

export type FigureKind = 'amount' | 'percent' | 'count';
/**
 * main: an amount that states a figure ("基本支出1,659.03万元");
 * change: a year-on-year change ("比上年增加1,123.43万元", "增长71.58%");
 * share: "占89.28%"; other: a percentage that is neither.
 */
export type FigureRole = 'main' | 'change' | 'share' | 'other';

export interface TextFigure {
  kind: FigureKind;
  /** The number as written, in the unit written. */
  value: Decimal;
  places: number;
  unit?: '万元' | '元';
  /** Amounts in 万元, with the places that has (元 with 2 places -> 6). */
  wan?: Decimal;
  wanPlaces?: number;
  /** "2,692.83万元" */
  raw: string;
  start: number;
  end: number;
  section?: TextSection;
  sectionId?: TextSectionId;
  /** The sentence (split at 。；; and line ends) and the paragraph (line). */
  sentenceStart: number;
  sentenceEnd: number;
  paragraphStart: number;
  paragraphEnd: number;
  /** 0-based line of the text. */
  line: number;
  /** The words before the figure, back to the previous figure or punctuation: "一般公共预算拨款收入". */
  label: string;
  /** The words after it, up to the next punctuation or figure: "与2022年预算数相同". */
  after: string;
  /** Inside a "主要原因是…" clause: about something the tables do not hold. */
  inReason: boolean;
  role: FigureRole;
  direction?: 1 | -1;
  /** "…与上年持平/相同". */
  sameAsPrior: boolean;
}

export interface ReasonSpan {
  /** Where the marker (主要原因, 主要是 …) starts. */
  start: number;
  end: number;
  /** Up to a few words before the marker in the same clause ("减少的"). */
  lead: string;
  text: string;
}

export interface TextAnalysis {
  text: string;
  sections: TextSection[];
  figures: TextFigure[];
  reasons: ReasonSpan[];
}

/** Full-width digits, point and percent to ASCII, one character for one, so positions stay. */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/％/g, '%');
}

const FIGURE = /(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元|%|个)/g;
const DELIMITER = /[，,；;。：:、\n!！?？]/;
const SENTENCE_END = /[。；;\n!！?？]/;
const REASON_MARKER = /主要原因|原因是|原因为|原因在于|主要是|由于|因为/g;
const UP_WORDS = '增加|增长|上升|提高|增';
const DOWN_WORDS = '减少|下降|降低|压减|压缩|节约|减';
const CHANGE_END = new RegExp(`(${UP_WORDS}|${DOWN_WORDS})了?$`);
const SAME = /^[\s,，]*(与|和|同|较)?[^，,；;。]{0,12}(持平|相同|一致|无变化|不变)/;

function lastIndexOfPattern(text: string, pattern: RegExp, before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i--) if (pattern.test(text[i])) return i;
  return floor - 1;
}

function firstIndexOfPattern(text: string, pattern: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i])) return i;
  return text.length;
}

export function directionOfWord(word: string): 1 | -1 {
  return new RegExp(`^(${UP_WORDS})`).test(word) ? 1 : -1;
}

function reasonSpans(text: string): ReasonSpan[] {
  const spans: ReasonSpan[] = [];
  for (const m of text.matchAll(REASON_MARKER)) {
    const start = m.index!;
    if (spans.length > 0 && start < spans[spans.length - 1].end) continue;
    const end = firstIndexOfPattern(text, /[。；;\n]/, start);
    const clauseStart = lastIndexOfPattern(text, /[，,；;。：:\n]/, start, 0) + 1;
    spans.push({ start, end, lead: text.slice(Math.max(clauseStart, start - 6), start), text: text.slice(start, end) });
  }
  return spans;
}

function placesOf(digits: string): number {
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

function countLines(text: string, until: number): number {
  let n = 0;
  for (let i = 0; i < until; i++) if (text[i] === '\n') n++;
  return n;
}

/** Every amount (万元/元), percentage and count (个) a 情况说明 states, with the words around it. */
export function analyzeNarrativeText(input: string): TextAnalysis {
  const text = normalizeDigits(input.replace(/\r\n?/g, '\n'));
  const sections = splitNarrativeSections(text);
  const reasons = reasonSpans(text);
  const figures: TextFigure[] = [];
  const matches = [...text.matchAll(FIGURE)];
  matches.forEach((m, i) => {
    const start = m.index!;
    const end = start + m[0].length;
    const digits = m[1].replace(/,/g, '');
    const unitWord = m[2];
    const value = new Money(digits);
    const places = placesOf(digits);
    const prevEnd = i > 0 ? matches[i - 1].index! + matches[i - 1][0].length : 0;
    const nextStart = i + 1 < matches.length ? matches[i + 1].index! : text.length;
    const labelStart = lastIndexOfPattern(text, DELIMITER, start, prevEnd) + 1;
    const label = text.slice(labelStart, start).replace(/\s+/g, '').trim();
    const afterEnd = Math.min(firstIndexOfPattern(text, DELIMITER, end), nextStart);
    const after = text.slice(end, afterEnd);
    const kind: FigureKind = unitWord === '%' ? 'percent' : unitWord === '个' ? 'count' : 'amount';
    const changeWord = CHANGE_END.exec(label);
    let role: FigureRole = 'main';
    if (kind === 'percent') role = label.includes('占') ? 'share' : changeWord ? 'change' : 'other';
    else if (kind === 'amount' && changeWord) role = 'change';
    const section = sectionAt(sections, start);
    const sentenceStart = lastIndexOfPattern(text, SENTENCE_END, start, 0) + 1;
    const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
    const figure: TextFigure = {
      kind,
      value,
      places,
      raw: m[0],
      start,
      end,
      section,
      sectionId: section?.id,
      sentenceStart,
      sentenceEnd: firstIndexOfPattern(text, SENTENCE_END, end),
      paragraphStart,
      paragraphEnd: firstIndexOfPattern(text, /\n/, end),
      line: countLines(text, start),
      label,
      after,
      inReason: reasons.some((r) => start >= r.start && start < r.end),
      role,
      sameAsPrior: kind === 'amount' && role === 'main' && SAME.test(text.slice(end, Math.min(nextStart, end + 20))),
    };
    if (changeWord) figure.direction = directionOfWord(changeWord[1]);
    if (kind === 'amount') {
      figure.unit = unitWord as '万元' | '元';
      figure.wan = unitWord === '元' ? value.div(10000) : value;
      figure.wanPlaces = unitWord === '元' ? places + 4 : places;
    }
    figures.push(figure);
  });
  return { text, sections, figures, reasons };
}
