import type { SheetGrid } from './types';

/** A sheet's cells without its name: what a rendered block (table, form) carries. */
export type GridContent = Omit<SheetGrid, 'name' | 'print'>;

/** The cell content of a rendered block, without its layout metadata. */
export function gridContent(block: Required<Pick<SheetGrid, 'values' | 'formulas' | 'numberFormats' | 'merges' | 'columnWidths' | 'styles'>>): GridContent {
  return {
    values: block.values,
    formulas: block.formulas,
    numberFormats: block.numberFormats,
    merges: block.merges,
    columnWidths: block.columnWidths,
    styles: block.styles,
  };
}
