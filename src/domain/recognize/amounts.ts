import { refA1 } from '../grid/address';
import type { CellRef } from '../grid/types';
import type { Amount, Unit } from '../model/types';
import { parseAmount, toWan } from '../money';
import type { SheetView } from './sheet-view';
import { cellText } from './text';

/** Decimal places a number format shows: "#,##0.00" -> 2, "0" -> 0, "General" -> undefined. */
export function placesOfFormat(format: string | null): number | undefined {
  if (!format) return undefined;
  const section = format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (/general/i.test(section)) return undefined;
  if (!/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

const DEFAULT_PLACES: Record<Unit, number> = { 万元: 2, 元: 2 };

/**
 * One amount cell as the model holds it. Blank is null; text that is no number and
 * error values are null too, with `problem` naming the cell — never 0.
 */
export function readAmount(view: SheetView, row: number, col: number, unit: Unit): Amount {
  const cell: CellRef = { sheet: view.name, row, col };
  const raw = view.value(row, col);
  const parsed = parseAmount(raw);
  switch (parsed.kind) {
    case 'empty':
      return { value: null, wan: null, places: DEFAULT_PLACES[unit], cell };
    case 'number': {
      let places = parsed.places;
      if (typeof raw === 'number') {
        const fromFormat = placesOfFormat(view.numberFormat(row, col));
        places = fromFormat ?? (unit === '万元' ? Math.max(2, parsed.places) : parsed.places);
      }
      // Decimals are immutable: a 万元 amount can share its value.
      return { value: parsed.value, wan: unit === '万元' ? parsed.value : toWan(parsed.value, unit), places, cell };
    }
    case 'error':
      return {
        value: null, wan: null, places: DEFAULT_PLACES[unit], cell,
        problem: `${refA1(cell)} 是错误值 ${parsed.code}，不是金额：请先修正公式或引用`,
      };
    case 'text':
      return {
        value: null, wan: null, places: DEFAULT_PLACES[unit], cell,
        problem: `${refA1(cell)} 填的是“${cellText(raw)}”，不是金额：请填数字，没有金额请留空`,
      };
  }
}
