/**
 * Budget years `new` writes tables for: the 13-table layout follows the 地方预决算公开操作规程
 * (财预〔2016〕143号), so years before 2016 had other forms; the catalogue's years end in the 2020s.
 */
export const SUPPORTED_YEARS: readonly number[] = Array.from({ length: 2030 - 2016 + 1 }, (_, i) => 2016 + i);
