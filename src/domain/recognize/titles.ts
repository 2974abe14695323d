import type { TableId } from '../model/types';
import { chineseNumeral, normalizeLabel } from './text';

/** What a title line says: which table(s), for which year and department. */
export interface TitleMatch {
  ids: TableId[];
  /** 'T10+T11' when one printed table carries both. */
  shape?: string;
  year?: number;
  department?: string;
}

export type TitleReading =
  | { kind: 'table'; match: TitleMatch }
  /** Looks like a table title but is none of the 13 tables; `reason` is Chinese. */
  | { kind: 'unknown'; reason: string }
  | { kind: 'none' };

/** "预算公开表1", "表一", "附表1", "表1：" in front of (or instead of) a title. */
const CAPTION_PREFIX = /^(?:部门)?(?:预算公开|公开)?附?表([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[:：、.．\-—]|(?=\d{4})|$)/;

/** A line that only numbers a table: "预算公开表1", "表十三". Returns the number. */
export function captionNumber(text: string): number | undefined {
  const t = normalizeLabel(text);
  const m = CAPTION_PREFIX.exec(t);
  if (!m || m[0].length !== t.length) return undefined;
  return chineseNumeral(m[1]);
}

const TITLE_WORDS = /预算|收支|收入|支出|经费|拨款|决算/;
const TITLE_END = /(表|表（[^（）]{1,20}）|表（[^（）]{1,20}）（[^（）]{1,20}）)$/;
const NOT_TITLE_START = /^(注|备注|说明|单位|金额单位|部门名称|编制单位|单位名称|项目名称|科目)/;

function stripCaption(t: string): string {
  const m = CAPTION_PREFIX.exec(t);
  return m && m[0].length < t.length ? t.slice(m[0].length) : t;
}

/** The table a title's words name (quotes, spaces, brackets and numbering already normalized away). */
function idsFromWords(core: string): { ids: TableId[]; shape?: string } | string {
  if (/决算/.test(core)) return '这是决算表，不是预算公开表';
  if (/绩效/.test(core)) return '这是绩效目标表，不在13张预算公开表之内';
  if (/三公/.test(core) && /机关运行/.test(core)) return { ids: ['T10', 'T11'], shape: 'T10+T11' };
  if (/三公/.test(core)) return { ids: ['T10'] };
  if (/机关运行/.test(core)) return { ids: ['T11'] };
  if (/项目支出/.test(core)) {
    if (/上年结转/.test(core) && !/不含上年结转/.test(core)) return { ids: ['T13'] };
    return { ids: ['T12'] };
  }
  if (/基本支出/.test(core)) return { ids: ['T06'] };
  if (/政府性基金/.test(core)) {
    if (/收入/.test(core) && !/支出/.test(core)) return { ids: ['T07'] };
    return { ids: ['T08'] };
  }
  if (/国有资本经营/.test(core)) return { ids: ['T09'] };
  if (/一般公共预算/.test(core) && /支出/.test(core)) return { ids: ['T05'] };
  if (/财政拨款/.test(core) && /收支/.test(core)) return { ids: ['T04'] };
  if (/收支/.test(core)) return { ids: ['T01'] };
  if (/收入/.test(core)) return { ids: ['T02'] };
  if (/支出/.test(core)) return { ids: ['T03'] };
  return '标题中没有能对应13张表的字样';
}

/**
 * Reads a line as a table title. A title ends with 表 (optionally with a bracketed
 * qualifier such as （不含上年结转）) and names budget content; the department may
 * stand before the year ("XX局2024年部门预算收支总表").
 */
export function readTitle(text: string): TitleReading {
  const t = normalizeLabel(text);
  if (t.length < 4 || t.length > 80 || NOT_TITLE_START.test(t)) return { kind: 'none' };
  if (!TITLE_END.test(t) || !TITLE_WORDS.test(t)) return { kind: 'none' };
  if (/无数据|为空|空表/.test(t)) return { kind: 'none' };
  const body = stripCaption(t);
  let year: number | undefined;
  let department: string | undefined;
  let core = body;
  const y = /(20\d{2})年度?/.exec(body);
  if (y) {
    year = Number(y[1]);
    const before = body.slice(0, y.index).replace(/[:：]$/, '');
    if (before.length >= 2) department = before;
    core = body.slice(y.index + y[0].length);
  }
  // Headings of the whole document ("2024年部门预算公开表", "第二部分 部门预算报表") name no table.
  if (/^(第.部分)?(部门)?(预算)?(公开)?(报)?表$/.test(core.replace(/^.*第.部分/, ''))) return { kind: 'none' };
  const ids = idsFromWords(core);
  if (typeof ids === 'string') return { kind: 'unknown', reason: ids };
  return { kind: 'table', match: { ...ids, year, department } };
}
