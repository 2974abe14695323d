import type Decimal from 'decimal.js';
import { formatAmount } from '../../domain/money';
import type { FindingSummary } from '../../domain/findings/types';
import { errorMessage } from '../../excel/office-errors';

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

/** An error from the workbook or a planner, in words for the user (Office errors by their code). */
export function errorText(error: unknown): string {
  return errorMessage(error);
}

export function timeText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
