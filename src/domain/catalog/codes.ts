import type { CatalogKind, Level } from './types';

const LEVEL_BY_LENGTH: Readonly<Record<number, Level>> = { 3: '类', 5: '款', 7: '项' };

/** Code lengths each list uses (revenue 目 codes of 9 digits are not modelled). */
const LENGTHS_BY_KIND: Readonly<Record<CatalogKind, readonly number[]>> = {
  function: [3, 5, 7],
  revenue: [3, 5, 7],
  economicDepartment: [3, 5],
  economicGovernment: [3, 5],
};

/**
 * The list a code belongs to, from its first digit: 2xx 功能分类, 3xx 部门预算经济分类
 * (301…399), 5xx 政府预算经济分类 (501…599), 1xx 收入分类. Undefined for anything else,
 * including lengths the list does not use.
 */
export function inferCatalogKind(code: string): CatalogKind | undefined {
  const c = code.trim();
  if (!/^\d+$/.test(c)) return undefined;
  const kind: CatalogKind | undefined =
    c[0] === '2' ? 'function' : c[0] === '3' ? 'economicDepartment' : c[0] === '5' ? 'economicGovernment' : c[0] === '1' ? 'revenue' : undefined;
  return kind && isValidCode(c, kind) ? kind : undefined;
}

export function isValidCode(code: string, kind: CatalogKind): boolean {
  return /^\d+$/.test(code) && LENGTHS_BY_KIND[kind].includes(code.length);
}

export function levelOfCode(code: string): Level | undefined {
  return LEVEL_BY_LENGTH[code.length];
}

/** 2010301 -> 20103 -> 201 -> undefined. */
export function parentCode(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, code.length - 2) : undefined;
}

/**
 * The form in which two 科目 names are compared: full-width and ASCII brackets are the
 * same character (（）() and 【】［］[]), and whitespace is ignored. Seeds print
 * 维修(护)费 where the catalogue sources print 维修（护）费.
 */
export function normalizeSubjectName(name: string): string {
  return name
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[【［]/g, '[')
    .replace(/[】］]/g, ']')
    .replace(/[\s\u00a0\u3000]+/g, '');
}
