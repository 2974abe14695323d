import type { Unit } from '../model/types';
import { captionNumber } from './titles';

/** What a line between the title and the header says. */
export type MetaCell =
  | { kind: 'department'; name: string }
  | { kind: 'unit'; unit: Unit }
  | { kind: 'departmentAndUnit'; name: string; unit: Unit }
  | { kind: 'caption'; number: number }
  | { kind: 'other' };

const DEPARTMENT = /^(?:部门名称|编制部门|编制单位|预算单位|单位名称|部门)[:：]\s*(.*)$/;
const UNIT = /(?:金额)?单位[:：]\s*(万元|元)/;

/**
 * Reads a meta line cell: "部门名称：XX局", "单位：万元", "金额单位：元", "单位:元",
 * "部门名称：XX局　　单位：万元", "预算公开表1", "（不含上年结转）". Undefined when the
 * cell is not meta (a header label or data).
 */
export function readMetaCell(text: string): MetaCell | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const dept = DEPARTMENT.exec(t);
  const unit = UNIT.exec(t);
  if (dept) {
    const rest = dept[1];
    const unitInside = UNIT.exec(rest);
    const name = (unitInside ? rest.slice(0, unitInside.index) : rest).trim();
    if (unitInside) return { kind: 'departmentAndUnit', name, unit: unitInside[1] as Unit };
    return { kind: 'department', name };
  }
  if (unit && /^[（(]?(?:金额)?单位/.test(t)) return { kind: 'unit', unit: unit[1] as Unit };
  const caption = captionNumber(t);
  if (caption !== undefined) return { kind: 'caption', number: caption };
  if (/^[（(][^）)]{1,20}[）)]$/.test(t) && !/^[（(]\d+[）)]$/.test(t)) return { kind: 'other' };
  return undefined;
}
