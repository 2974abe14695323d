import type { BudgetDocument, RecognitionProblem, TableModel } from '../model/types';
import { tableName } from './model-view';
import type { Side } from './types';

const unreadByDoc = new WeakMap<BudgetDocument, RecognitionProblem[]>();

function unreadRowsOf(doc: BudgetDocument): RecognitionProblem[] {
  let rows = unreadByDoc.get(doc);
  if (!rows) {
    rows = doc.problems.filter((p) => p.unreadRow !== undefined);
    unreadByDoc.set(doc, rows);
  }
  return rows;
}

/**
 * Evidence before errors: a sum over the rows of a table (one side of it) means nothing when
 * the recognizer left some of its rows out. Returns the Chinese reason the check is 未检查, naming
 * the cells, or undefined when every row of that side was read.
 */
export function unreadRowsReason(doc: BudgetDocument, table: TableModel, side?: Side): string | undefined {
  const rows = unreadRowsOf(doc).filter(
    (p) =>
      p.table === table.id &&
      p.sheet === table.sheet &&
      (side === undefined || p.unreadRow?.side === undefined || p.unreadRow.side === side),
  );
  if (rows.length === 0) return undefined;
  const cells = rows.slice(0, 3).map((p) => `${p.sheet}!${p.range}`).join('、');
  return `${tableName(table.id)}有 ${rows.length} 行未能读取（${cells}${rows.length > 3 ? ' 等' : ''}），按行汇总或逐行对照的核对未做；请先处理识别提示`;
}
