import type { BudgetRow, RowKind } from '../model/types';
import { isTotalLabel } from './column-roles';
import { CodeReading, readJoinedCode, readSplitCode, SplitCodeState } from './codes';
import type { SideColumns } from './columns';
import { hasNonZeroAmount, readAmounts, reportRow, TableContext, textAt } from './context';
import { normalizeLabel } from './text';
import { isEmptyTableMark } from './vocabulary';

const KIND_BY_LENGTH: Record<number, RowKind> = { 3: 'class', 5: 'section', 7: 'item' };

/** Per-side state while reading a coded table top to bottom. */
export interface CodedState {
  split: SplitCodeState;
  paddedNoted: boolean;
  inheritedNoted: boolean;
}

export function newCodedState(): CodedState {
  return { split: {}, paddedNoted: false, inheritedNoted: false };
}

function codeOf(ctx: TableContext, row: number, cols: SideColumns, state: CodedState): CodeReading {
  const v = ctx.view;
  if (cols.codeClass !== undefined || cols.codeSection !== undefined || cols.codeItem !== undefined) {
    const reading = readSplitCode(
      cols.codeClass === undefined ? null : v.value(row, cols.codeClass),
      cols.codeSection === undefined ? null : v.value(row, cols.codeSection),
      cols.codeItem === undefined ? null : v.value(row, cols.codeItem),
      state.split,
    );
    if (reading.kind === 'code' && reading.padded && !state.paddedNoted) {
      state.paddedNoted = true;
      ctx.notes.push(`第${row + 1}行起，款/项编码只有1位（开头的0被Excel去掉了），已按两位补0读取（如“3”读作“03”）。`);
    }
    if (reading.kind === 'code' && reading.inherited && !state.inheritedNoted) {
      state.inheritedNoted = true;
      ctx.notes.push(`科目编码分列为类/款/项，款、项行只写了本级编码，已接上方的类、款编码读取。`);
    }
    return reading;
  }
  if (cols.code === undefined) return { kind: 'none' };
  return readJoinedCode(v.value(row, cols.code));
}

/**
 * One side of a row of a table keyed by 科目编码 (表2, 3, 5, 7, 8 and each side of 表9).
 * `rowIsTotal`: the other side of the same sheet row is a 合计 (表9 prints it once).
 */
export function readCodedSide(
  ctx: TableContext,
  row: number,
  cols: SideColumns,
  state: CodedState,
  rowIsTotal = false,
): BudgetRow | undefined {
  let code = codeOf(ctx, row, cols, state);
  let name = textAt(ctx, row, cols.name);
  const amounts = readAmounts(ctx, row, cols);
  const side = cols.side ? { side: cols.side } : {};
  const codeCol = cols.code ?? cols.codeClass ?? cols.name ?? 0;

  // "2010301 行政运行" in the name column, code column blank
  if (code.kind === 'none') {
    const m = /^(\d{3}|\d{5}|\d{7})\s*([^\d].*)$/.exec(name);
    if (m) {
      code = { kind: 'code', code: m[1] };
      name = m[2].trim();
    }
  }
  // "无" where the rows would be: the table is empty, as its note usually says.
  if (code.kind === 'label' && isEmptyTableMark(normalizeLabel(code.text)) && !hasNonZeroAmount(amounts)) return undefined;
  if (code.kind === 'label' || (code.kind === 'none' && isTotalLabel(normalizeLabel(name)))) {
    const label = code.kind === 'label' ? code.text : name;
    if (!isTotalLabel(normalizeLabel(label))) {
      reportRow(ctx, row, codeCol, `科目编码列写的是“${label}”，不是编码，此行未读取。请填写3、5或7位科目编码。`);
      return undefined;
    }
    return { kind: 'total', ...side, name: name || label, amounts, row };
  }
  if (code.kind === 'invalid') {
    reportRow(ctx, row, codeCol, `${code.reason}，此行未读取。请改正科目编码后再检查。`);
    return undefined;
  }
  if (code.kind === 'code') {
    if (!name && ctx.names) {
      const official = ctx.names.nameOf(code.code, ctx.year);
      if (official) {
        name = official;
        ctx.notes.push(`第${row + 1}行科目名称为空，按科目表填为“${official}”。`);
      }
    }
    return { kind: KIND_BY_LENGTH[code.code.length], ...side, code: code.code, name, amounts, row };
  }
  // no code
  if (name) {
    const found = ctx.names?.functionCodeOf(name, ctx.year);
    if (found) {
      ctx.notes.push(`第${row + 1}行“${name}”没有科目编码，按科目表读作 ${found}。`);
      return { kind: KIND_BY_LENGTH[found.length], ...side, code: found, name, amounts, row };
    }
    reportRow(ctx, row, codeCol, `“${name}”没有科目编码，此行未读取。请补上科目编码。`);
    return undefined;
  }
  if (rowIsTotal) return { kind: 'total', ...side, name: '', amounts, row };
  if (hasNonZeroAmount(amounts)) {
    reportRow(ctx, row, codeCol, '有金额但没有科目编码和名称，此行未读取。');
  }
  return undefined;
}
