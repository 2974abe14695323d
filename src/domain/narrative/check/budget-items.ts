import type { CodedFact, NarrativeFacts } from '../facts';
import { normalizeName } from '../names';
import { stripOrdinal } from '../facts';

type Level = '类' | '款' | '项';

interface PathSegment {
  name: string;
  code: string;
  level: Level;
}

/** "公共安全支出（204类）", "商贸事务（款)" — mixed bracket styles as published. */
const SEGMENT = /([^（()）“”"、，,：:。；;]*?)\s*[（(]\s*(\d{0,3})\s*(类|款|项)\s*[）)]/g;

const CODE_LENGTH: Record<Level, number> = { 类: 3, 款: 5, 项: 7 };

/**
 * The 科目 path a label ends with: "公共安全支出（204类）司法（06款）行政运行（01项）" or
 * "“一般公共服务支出（类）商贸事务（款）行政运行（项）”". Undefined when the label does not end with one.
 */
export function subjectPath(label: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let end = 0;
  for (const m of label.matchAll(SEGMENT)) {
    const name = m[1].replace(/^[\s\d.、．“"]+/, '').trim();
    segments.push({ name, code: m[2], level: m[3] as Level });
    end = m.index! + m[0].length;
  }
  if (segments.length === 0 || !/^[\s”"’]*$/.test(label.slice(end))) return undefined;
  return segments;
}

function byCodes(path: PathSegment[], rows: CodedFact[]): CodedFact | undefined {
  if (path.some((s) => s.code === '') || path[0].level !== '类') return undefined;
  const code = path.map((s) => s.code.padStart(s.level === '类' ? 3 : 2, '0')).join('');
  if (code.length !== CODE_LENGTH[path[path.length - 1].level]) return undefined;
  return rows.find((r) => r.code === code);
}

function byNames(path: PathSegment[], rows: CodedFact[]): CodedFact | undefined {
  let prefix = '';
  let found: CodedFact | undefined;
  for (const s of path) {
    const name = normalizeName(stripOrdinal(s.name));
    found = rows.find((r) => r.code.length === CODE_LENGTH[s.level] && r.code.startsWith(prefix) && normalizeName(r.name) === name);
    if (!found) return undefined;
    prefix = found.code;
  }
  return found;
}

/**
 * The 表5 (or 表8) row a "类/款/项" path names: by its codes when the text gives them (the
 * 类 may carry an older name, 医疗卫生与计划生育支出 for 210 卫生健康支出), else by the names
 * level by level. A path whose row is not found names no table figure: undefined fact.
 */
export function subjectRow(path: PathSegment[], facts: NarrativeFacts): CodedFact | undefined {
  for (const rows of [facts.t05.coded, facts.t08.coded]) {
    const hit = byCodes(path, rows) ?? byNames(path, rows);
    if (hit) return hit;
  }
  return undefined;
}
