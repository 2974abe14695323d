import type { RecognitionProblem, TableModel } from '../model/types';

export interface VisibleChoice {
  kept: TableModel[];
  problems: RecognitionProblem[];
}

/**
 * A hidden sheet is often a stale copy kept out of sight: when a table is also on a visible
 * sheet, the visible one is checked and the hidden one is named in an info. A table found
 * only on a hidden sheet is still checked, with a note saying where it is.
 */
export function preferVisible(tables: readonly TableModel[], hiddenSheets: ReadonlySet<string>): VisibleChoice {
  const visibleIds = new Set(tables.filter((t) => !hiddenSheets.has(t.sheet)).map((t) => t.id));
  const kept: TableModel[] = [];
  const problems: RecognitionProblem[] = [];
  for (const t of tables) {
    if (!hiddenSheets.has(t.sheet)) {
      kept.push(t);
      continue;
    }
    if (!visibleIds.has(t.id)) {
      t.notes = [...t.notes, `这张表在隐藏的工作表“${t.sheet}”中；工作簿中没有显示着的同一张表，所以检查了它。`];
      kept.push(t);
      continue;
    }
    const used = tables.find((v) => v.id === t.id && !hiddenSheets.has(v.sheet));
    problems.push({
      sheet: t.sheet,
      table: t.id,
      range: t.range,
      severity: 'info',
      message:
        `隐藏的工作表“${t.sheet}”中也有一张${t.id}《${t.title}》，没有使用：检查的是显示着的工作表“${used?.sheet ?? ''}”中的那一张。` +
        '如果隐藏的才是要公开的表，请取消隐藏并删除旧表。',
    });
  }
  return { kept, problems };
}
