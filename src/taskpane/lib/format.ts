import type Decimal from 'decimal.js';
import { formatAmount } from '../../domain/money';
import type { FindingSummary } from '../../domain/findings/types';

/** "2,692.83" (万元, 2 places, half-up). */
export function wan(value: Decimal): string {
  return formatAmount(value, { places: 2, thousands: true });
}

/** "89.28%" from an already rounded share. */
export function percent(share: Decimal): string {
  return `${share.toFixed(2)}%`;
}

/** "3 个错误，1 个提示" or "没有发现问题" (counts of zero are left out). */
export function summaryText(summary: FindingSummary): string {
  const parts: string[] = [];
  if (summary.errors) parts.push(`${summary.errors} 个错误`);
  if (summary.warnings) parts.push(`${summary.warnings} 个警告`);
  if (summary.infos) parts.push(`${summary.infos} 个提示`);
  return parts.length ? parts.join('，') : '没有发现问题';
}

/** "表5" from "T05". */
export function tableLabel(id: string): string {
  return `表${Number(id.slice(1))}`;
}

/** An error from the workbook or a planner, in words for the user. */
export function errorText(error: unknown): string {
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `操作没有完成（${detail}）。请稍后重试；如果反复出现，请保存工作簿后重新打开加载项。`;
}

export function timeText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
