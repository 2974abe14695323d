import { DetailedCellError } from 'hyperformula';
import { refA1 } from '../domain/grid/address';
import type { CellValue, SheetGrid, WorkbookGrid } from '../domain/grid/types';
import type { Finding } from '../domain/findings/types';
import { UNCOMPUTED_FORMULA } from '../domain/money';
import { contentFromGrid } from '../excel-sim/cellInput';
import { CellStore } from '../excel-sim/cellStore';

/**
 * Formulas of a workbook that was never calculated (written by a script or another system:
 * ExcelJS, for one, writes only <f>), computed the way a spreadsheet would compute them.
 *
 * HyperFormula is GPL-3.0: this module is for the CLI (src/xlsx), never for the task pane.
 * The engine is ExcelSim's CellStore, so text cells stay text ("20101" is not the number
 * 20101, SUMIFS(…,"201??") matches it) and "?" means exactly one character, as in Excel.
 */
export interface FormulaComputation {
  grid: WorkbookGrid;
  /** Formula cells that had no value and now hold the computed one. */
  computed: number;
  /** Formula cells the engine could not compute ("表1!C5"): they hold UNCOMPUTED_FORMULA, never 0. */
  uncomputed: string[];
  /** Functions the engine does not know, as written (XLOOKUP …). */
  unknownFunctions: string[];
  /** At most one finding that says what was done (none when nothing was computed). */
  findings: Finding[];
}

const MAX_CELLS_LISTED = 20;

/** Formula cells without a value: read.ts leaves them blank only when the workbook holds no cached result at all. */
function pendingCells(sheet: SheetGrid): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  (sheet.formulas ?? []).forEach((line, row) =>
    line?.forEach((f, col) => {
      const v = sheet.values[row]?.[col];
      if (f && (v === null || v === undefined)) out.push({ row, col });
    }),
  );
  return out;
}

/** Excel writes newer functions with a prefix in the file (_xlfn.IFS); the engine knows them by name. */
function withoutFilePrefixes(formula: string): string {
  return formula.replace(/_xlfn\.|_xlws\./gi, '');
}

function contents(sheet: SheetGrid) {
  const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  return Array.from({ length: rows }, (_, r) => {
    const values = sheet.values[r] ?? [];
    const formulas = sheet.formulas?.[r] ?? [];
    const width = Math.max(values.length, formulas.length);
    return Array.from({ length: width }, (__, c) => {
      const f = formulas[c];
      return contentFromGrid(values[c], f ? withoutFilePrefixes(f) : f);
    });
  });
}

/**
 * An error Excel would show too (#DIV/0!, #REF!, #N/A …) stays that error. An unknown function,
 * a name the engine was not given, a formula it cannot parse, an array result it cannot spill or a
 * circular reference gives no value a spreadsheet would agree with: the cell is left unread.
 */
function valueOf(v: unknown, unknown: Set<string>): CellValue {
  if (v instanceof DetailedCellError) {
    if (v.type === 'NAME' || v.type === 'ERROR' || v.type === 'CYCLE' || v.type === 'LIC' || v.type === 'SPILL') {
      const fn = /Function name (\S+) not recognized/.exec(v.message);
      if (fn) unknown.add(fn[1]);
      return UNCOMPUTED_FORMULA;
    }
    return v.value;
  }
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return Object.is(v, -0) ? 0 : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return UNCOMPUTED_FORMULA;
}

function buildEngine(grid: WorkbookGrid): { store: CellStore; ids: number[] } | null {
  try {
    const store = new CellStore();
    const ids = grid.sheets.map((s) => store.addSheet(s.name));
    grid.sheets.forEach((s, i) => store.setSheetContent(ids[i], contents(s)));
    store.evaluate();
    return { store, ids };
  } catch {
    return null;
  }
}

function listed(cells: string[]): string {
  return cells.length <= MAX_CELLS_LISTED ? cells.join('、') : `${cells.slice(0, MAX_CELLS_LISTED).join('、')} 等 ${cells.length} 个`;
}

function reportOf(computed: number, uncomputed: string[], unknownFunctions: string[], worthSaying: boolean): Finding[] {
  if (uncomputed.length === 0 && !worthSaying) return [];
  const intro = `文件中的公式从未计算过（由程序生成、没有在 Excel 或 WPS 中打开保存过，单元格里没有计算结果）`;
  if (uncomputed.length === 0) {
    return [{ rule: 'FORMULAS', severity: 'info', message: `${intro}：已按公式算出 ${computed} 个公式单元格的值后再检查。`, cells: [] }];
  }
  const why = unknownFunctions.length ? `（用到本工具不支持的函数 ${unknownFunctions.join('、')}，或引用了其他文件、名称）` : '（公式引用了其他文件、名称，或有循环引用）';
  return [
    {
      rule: 'FORMULAS',
      severity: 'warning',
      message:
        `${intro}：已按公式算出 ${computed} 个单元格的值；另有 ${uncomputed.length} 个单元格的公式无法计算${why}，这些单元格未读取，含它们的勾稽关系没有检查：${listed(uncomputed)}。` +
        '请在 Excel 或 WPS 中打开文件、保存后再检查。',
      cells: uncomputed,
    },
  ];
}

/**
 * Gives every formula cell without a value the value a spreadsheet computes. A workbook whose
 * formulas all carry cached results (saved by Excel, WPS or LibreOffice) comes back unchanged.
 */
export function computeUncalculatedFormulas(grid: WorkbookGrid): FormulaComputation {
  const pending = grid.sheets.map(pendingCells);
  const total = pending.reduce((n, p) => n + p.length, 0);
  if (total === 0) return { grid, computed: 0, uncomputed: [], unknownFunctions: [], findings: [] };

  const engine = buildEngine(grid);
  const unknown = new Set<string>();
  const uncomputed: string[] = [];
  let computed = 0;
  let anyValue = false;
  const sheets = grid.sheets.map((sheet, i) => {
    if (pending[i].length === 0) return sheet;
    const values = sheet.values.map((line) => (line ? [...line] : []));
    for (const { row, col } of pending[i]) {
      const raw = engine ? engine.store.hf.getCellValue({ sheet: engine.ids[i], row, col }) : undefined;
      const v = engine ? valueOf(raw, unknown) : UNCOMPUTED_FORMULA;
      (values[row] ??= [])[col] = v;
      if (v === UNCOMPUTED_FORMULA) {
        uncomputed.push(refA1({ sheet: sheet.name, row, col }));
        continue;
      }
      computed += 1;
      if (v !== 0 && v !== '') anyValue = true;
    }
    return { ...sheet, values };
  });
  // Formulas that all come out 0 read the same whether or not the file was ever calculated
  // (ExcelJS drops a cached 0 on load): nothing worth telling the user then.
  const unknownFunctions = [...unknown];
  return { grid: { ...grid, sheets }, computed, uncomputed, unknownFunctions, findings: reportOf(computed, uncomputed, unknownFunctions, anyValue) };
}
