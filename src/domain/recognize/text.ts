import type { CellValue } from '../grid/types';

/** The text a cell shows, trimmed; numbers as their shortest decimal text; null for blank. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value ? 'TRUE' : 'FALSE';
}

const QUOTES = /["'“”‘’「」『』〝〞＂＇]/g;
const SPACES = /[\s\u00a0\u2009\u202f\u3000]+/g;

const NEEDS_NORMALIZING = /[\s\u00a0\u2009\u202f\u3000"'“”‘’「」『』〝〞()[\]【】［］\uFF01-\uFF5E]/;

/** Full-width ASCII (digits, letters, ：（）) to half-width, except the brackets we unify below. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * The form in which labels and titles are compared: no whitespace, no quotes
 * (“三公” = "三公" = 三公), ASCII digits and colons, brackets always full-width（）.
 */
export function normalizeLabel(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return halfWidth(text)
    .replace(SPACES, '')
    .replace(QUOTES, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[【［[]/g, '（')
    .replace(/[】］\]]/g, '）');
}

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 -> 1, 十 -> 10, 十二 -> 12, 二十 -> 20, 二十九 -> 29, 三十 -> 30; undefined when not a numeral. */
export function chineseNumeral(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零一二三四五六七八九十]+$/.test(text)) return undefined;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? CN_DIGITS[text] : undefined;
  if (text.indexOf('十', ten + 1) >= 0) return undefined;
  const tens = ten === 0 ? 1 : CN_DIGITS[text.slice(0, ten)];
  const ones = ten === text.length - 1 ? 0 : CN_DIGITS[text.slice(ten + 1)];
  if (tens === undefined || ones === undefined || text.slice(0, ten).length > 1 || text.slice(ten + 1).length > 1) return undefined;
  return tens * 10 + ones;
}

/** "一、一般公共预算" -> { ordinal: 1, rest: "一般公共预算" }; "（二）xx" and "2.xx" too. */
export function splitOrdinal(label: string): { ordinal?: number; rest: string } {
  const m = /^[（(]?([零一二三四五六七八九十]+|\d{1,2})[）)]?[、.．,，:：]?(.*)$/.exec(label);
  if (m && m[2] !== '' && (/[、.．,，:：）)]/.test(label.slice(m[1].length, m[1].length + 2)) || /^[（(]/.test(label))) {
    const ordinal = chineseNumeral(m[1]);
    if (ordinal !== undefined) return { ordinal, rest: m[2] };
  }
  return { rest: label };
}

/** Circled numbers and "其中：" that mark sub-items (①公务用车购置费, 其中：公务用车购置费). */
export function stripItemMarks(label: string): string {
  return label.replace(/^[①②③④⑤⑥⑦⑧⑨⑩]/, '').replace(/^其中[:：]?/, '').replace(/^[1-9][.、．]/, '');
}
