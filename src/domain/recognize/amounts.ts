import type Decimal from 'decimal.js';
import { refA1 } from '../grid/address';
import type { CellRef } from '../grid/types';
import type { Amount, Unit } from '../model/types';
import { decimalText, Money, parseAmount, toWan, UNCOMPUTED_FORMULA } from '../money';
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

const TEN_THOUSAND = new Money(10000);

/**
 * A figure written with the other unit ("167.4万元" in a 元 table) in the table's unit. Places
 * follow the digits written: 167.4万元 is 1,674,000 元 to the nearest 1,000 元 (places −3),
 * 7718300元 is 771.8300 万元 (places 4); the rounding tolerance works from them.
 */
function convertUnit(value: Decimal, places: number, from: Unit, to: Unit): { value: Decimal; places: number } {
  if (from === to) return { value, places };
  return from === '万元' ? { value: value.times(TEN_THOUSAND), places: places - 4 } : { value: value.div(TEN_THOUSAND), places: places + 4 };
}

/**
 * One amount cell as the model holds it. Blank is null; text that is no number and
 * error values are null too, with `problem` naming the cell — never 0. A figure written with a
 * unit other than the table's is converted, and said in `notes` (naming the cell).
 */
export function readAmount(view: SheetView, row: number, col: number, unit: Unit, notes?: string[]): Amount {
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
      if (parsed.unit && parsed.unit !== unit) {
        const converted = convertUnit(parsed.value, places, parsed.unit, unit);
        notes?.push(`${refA1(cell)} 写的是“${cellText(raw)}”，与本表单位（${unit}）不同，已换算为 ${decimalText(converted.value)} ${unit} 读取。请把这个数改为以${unit}为单位的数字。`);
        return { value: converted.value, wan: toWan(converted.value, unit), places: converted.places, cell };
      }
      // Decimals are immutable: a 万元 amount can share its value.
      return { value: parsed.value, wan: unit === '万元' ? parsed.value : toWan(parsed.value, unit), places, cell };
    }
    case 'error':
      return {
        value: null, wan: null, places: DEFAULT_PLACES[unit], cell,
        problem: parsed.code === UNCOMPUTED_FORMULA
          ? `${refA1(cell)} 的${parsed.message}，未读取：请在 Excel 或 WPS 中打开文件、保存后再检查`
          : `${refA1(cell)} 是错误值 ${parsed.code}，不是金额：请先修正公式或引用`,
      };
    case 'text':
      return {
        value: null, wan: null, places: DEFAULT_PLACES[unit], cell,
        problem: `${refA1(cell)} 填的是“${cellText(raw)}”，不是金额：请填数字，没有金额请留空`,
      };
  }
}
