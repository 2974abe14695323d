import { type Rect, cellCount } from './address';
import { simError } from './errors';
import type { SheetState } from './engine';
import { type BorderFormat, type FormatKey, NO_BORDER } from './sheetFormats';

/**
 * Range borders (RangeBorderCollection.getItem(index)). A border between two
 * cells is stored on the cell it was set on; reading a cell's edge also looks at
 * the neighbour's opposite edge, so a bottom border on A1 reads as A2's top border.
 */

export const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];
export const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
export const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
export type BorderField = keyof BorderFormat;

type EdgeKey = 'borderTop' | 'borderBottom' | 'borderLeft' | 'borderRight' | 'borderDiagonalDown' | 'borderDiagonalUp';

const OPPOSITE: Partial<Record<EdgeKey, { key: EdgeKey; dr: number; dc: number }>> = {
  borderTop: { key: 'borderBottom', dr: -1, dc: 0 },
  borderBottom: { key: 'borderTop', dr: 1, dc: 0 },
  borderLeft: { key: 'borderRight', dr: 0, dc: -1 },
  borderRight: { key: 'borderLeft', dr: 0, dc: 1 },
};

function own(sheet: SheetState, row: number, col: number, key: EdgeKey): BorderFormat {
  return (sheet.formats.get(row, col, key as FormatKey) as BorderFormat | undefined) ?? NO_BORDER;
}

/** The border Excel shows on one edge of a cell. */
export function effectiveEdge(sheet: SheetState, row: number, col: number, key: EdgeKey): BorderFormat {
  const mine = own(sheet, row, col, key);
  if (mine.style !== 'None') return mine;
  const opp = OPPOSITE[key];
  if (!opp) return mine;
  const r = row + opp.dr;
  const c = col + opp.dc;
  if (r < 0 || c < 0) return mine;
  return own(sheet, r, c, opp.key);
}

/** The cells (and the edge of each) that a border index of a range covers. */
function affected(rect: Rect, index: BorderIndex): { key: EdgeKey; cells: Rect | null } {
  switch (index) {
    case 'EdgeTop':
      return { key: 'borderTop', cells: { ...rect, bottom: rect.top } };
    case 'EdgeBottom':
      return { key: 'borderBottom', cells: { ...rect, top: rect.bottom } };
    case 'EdgeLeft':
      return { key: 'borderLeft', cells: { ...rect, right: rect.left } };
    case 'EdgeRight':
      return { key: 'borderRight', cells: { ...rect, left: rect.right } };
    case 'InsideHorizontal':
      return { key: 'borderBottom', cells: rect.bottom > rect.top ? { ...rect, bottom: rect.bottom - 1 } : null };
    case 'InsideVertical':
      return { key: 'borderRight', cells: rect.right > rect.left ? { ...rect, right: rect.right - 1 } : null };
    case 'DiagonalDown':
      return { key: 'borderDiagonalDown', cells: rect };
    case 'DiagonalUp':
      return { key: 'borderDiagonalUp', cells: rect };
  }
}

export function checkBorderIndex(index: unknown): BorderIndex {
  if (typeof index !== 'string' || !(BORDER_INDEXES as readonly string[]).includes(index)) {
    throw simError('InvalidArgument', 'RangeBorderCollection.getItem', `border index ${String(index)}`);
  }
  return index as BorderIndex;
}

const LIMIT = 2_000_000;

/** The shared value of one border field over the covered cells, or null when they differ. */
export function readBorder(sheet: SheetState, rect: Rect, index: BorderIndex, field: BorderField): string | null {
  const { key, cells } = affected(rect, index);
  if (!cells) return NO_BORDER[field];
  if (cellCount(cells) > LIMIT) throw simError('NotImplemented', 'RangeBorder', 'reading borders of more than 2,000,000 cells');
  let first: string | null = null;
  for (let r = cells.top; r <= cells.bottom; r += 1) {
    for (let c = cells.left; c <= cells.right; c += 1) {
      const v = effectiveEdge(sheet, r, c, key)[field];
      if (first === null) first = v;
      else if (v !== first) return null;
    }
  }
  return first;
}

export function writeBorder(sheet: SheetState, rect: Rect, index: BorderIndex, field: BorderField, value: string): void {
  const { key, cells } = affected(rect, index);
  if (!cells) return;
  if (cellCount(cells) > LIMIT) throw simError('NotImplemented', 'RangeBorder', 'setting borders on more than 2,000,000 cells');
  for (let r = cells.top; r <= cells.bottom; r += 1) {
    for (let c = cells.left; c <= cells.right; c += 1) {
      const current = own(sheet, r, c, key);
      const next: BorderFormat = { ...current, [field]: value };
      // Giving a colour or weight to an absent border draws it, as in Excel.
      if (field !== 'style' && current.style === 'None') next.style = 'Continuous';
      sheet.formats.cell(r, c, { [key]: next });
      if (field === 'style' && value === 'None') {
        const opp = OPPOSITE[key];
        if (opp && r + opp.dr >= 0 && c + opp.dc >= 0) {
          const neighbour = own(sheet, r + opp.dr, c + opp.dc, opp.key);
          if (neighbour.style !== 'None') sheet.formats.cell(r + opp.dr, c + opp.dc, { [opp.key]: { ...neighbour, style: 'None' } });
        }
      }
    }
  }
}
