import type { CellValue } from '../grid/types';
import { cellText } from './text';

/** A 科目编码 as read from one cell, or its absence / a reason it is unusable. */
export type CodeReading =
  | { kind: 'none' }
  | { kind: 'code'; code: string; padded?: boolean }
  | { kind: 'label'; text: string }
  | { kind: 'invalid'; text: string; reason: string };

const VALID_LENGTHS = [3, 5, 7];

function digitsOf(value: CellValue): string | undefined {
  const text = cellText(value).replace(/[\s\u3000]/g, '');
  if (text === '') return '';
  return /^\d+$/.test(text) ? text : undefined;
}

/** The length problem of a joined code, in Chinese, or undefined when it is fine. */
export function codeLengthProblem(code: string, lengths: readonly number[] = VALID_LENGTHS): string | undefined {
  if (lengths.includes(code.length)) return undefined;
  const hint = code.length === 6 || code.length === 4 ? '，可能是开头的0或中间的0丢了（例如款、项编码“03”被存成了“3”）' : '';
  return `科目编码“${code}”是${code.length}位，应为${lengths.join('、')}位${hint}`;
}

/** A joined 科目编码 cell: "2010301", 2010301, "201 03 01"; "合计" is a label. */
export function readJoinedCode(value: CellValue, lengths: readonly number[] = VALID_LENGTHS): CodeReading {
  const digits = digitsOf(value);
  if (digits === '') return { kind: 'none' };
  if (digits === undefined) {
    const text = cellText(value);
    const lead = /^(\d{3,7})\s*[^\d]/.exec(text);
    if (lead) return { kind: 'invalid', text, reason: `科目编码和名称写在了同一格“${text}”` };
    return { kind: 'label', text };
  }
  const problem = codeLengthProblem(digits, lengths);
  return problem ? { kind: 'invalid', text: digits, reason: problem } : { kind: 'code', code: digits };
}

/** State carried down a table whose codes are split over 类 | 款 | 项 (a 款 row may print only 款). */
export interface SplitCodeState {
  classCode?: string;
  sectionCode?: string;
}

/**
 * Joins 类 | 款 | 项 cells: "201","03","01" -> "2010301"; a 款 of 3 (lost zero) is
 * padded to "03"; a row that prints only 款/项 takes 类/款 from the rows above.
 */
export function readSplitCode(
  cls: CellValue,
  section: CellValue,
  item: CellValue,
  state: SplitCodeState,
): CodeReading & { inherited?: boolean } {
  const c = digitsOf(cls);
  const s = digitsOf(section);
  const i = digitsOf(item);
  if (c === undefined) return { kind: 'label', text: cellText(cls) };
  if (s === undefined || i === undefined) {
    return { kind: 'invalid', text: `${cellText(cls)}|${cellText(section)}|${cellText(item)}`, reason: '款或项不是数字' };
  }
  if (c === '' && s === '' && i === '') return { kind: 'none' };
  let padded = false;
  const pad = (part: string): string => {
    if (part.length === 1) {
      padded = true;
      return `0${part}`;
    }
    return part;
  };
  // A full code printed in the 类 cell alone.
  if (c !== undefined && (c.length === 5 || c.length === 7) && s === '' && i === '') {
    state.classCode = c.slice(0, 3);
    state.sectionCode = c.slice(0, 5);
    return { kind: 'code', code: c };
  }
  if (c !== '' && c.length !== 3) return { kind: 'invalid', text: c, reason: `类编码“${c}”应为3位` };
  if (s.length > 2) return { kind: 'invalid', text: s, reason: `款编码“${s}”应为2位` };
  if (i.length > 2) return { kind: 'invalid', text: i, reason: `项编码“${i}”应为2位` };
  let inherited = false;
  let classCode = c;
  if (classCode === '') {
    if (!state.classCode) return { kind: 'invalid', text: `${s}|${i}`, reason: '这一行没有类编码，上面也没有类行可以沿用' };
    classCode = state.classCode;
    inherited = true;
  }
  if (s === '') {
    if (i !== '') {
      if (!state.sectionCode || !state.sectionCode.startsWith(classCode)) {
        return { kind: 'invalid', text: `${classCode}||${i}`, reason: '有项编码却没有款编码' };
      }
      inherited = true;
      const code = `${state.sectionCode}${pad(i)}`;
      return { kind: 'code', code, padded, inherited };
    }
    state.classCode = classCode;
    state.sectionCode = undefined;
    return { kind: 'code', code: classCode, padded, inherited };
  }
  const sectionCode = `${classCode}${pad(s)}`;
  state.classCode = classCode;
  state.sectionCode = sectionCode;
  if (i === '') return { kind: 'code', code: sectionCode, padded, inherited };
  return { kind: 'code', code: `${sectionCode}${pad(i)}`, padded, inherited };
}
