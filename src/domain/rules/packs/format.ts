import type { BudgetDocument } from '../../model/types';
import type { DocumentFormat } from './types';

/**
 * The shapes a document has, as far as its tables tell: the 13-table shape prints 表7, 表12 or
 * 表13 (and its 绩效目标表); the Shanghai 9-table shape has none of them and either prints
 * 三公经费 and 机关运行经费 as one table or its 表1 is in 元.
 */
export function documentFormats(doc: BudgetDocument): DocumentFormat[] {
  const has = (id: string) => doc.tables.some((t) => t.id === id);
  const thirteen = ['T07', 'T12', 'T13'].some(has) || (doc.forms?.length ?? 0) > 0;
  const combined = doc.tables.some((t) => t.sourceShape === 'T10+T11');
  const inYuan = doc.tables.find((t) => t.id === 'T01')?.unit === '元';
  const out: DocumentFormat[] = [];
  if (thirteen) out.push('shanxi-13');
  if (!thirteen && (combined || inYuan)) out.push('shanghai-9');
  return out;
}
