import type { Amount, AmountRole, BudgetDocument, BudgetRow, TableId, TableModel, Unit } from '../../src/domain/model/types';
import { Money } from '../../src/domain/money';

/**
 * Budget models built directly (not through the recognizer), so that the narrative checks
 * are tested on a correctly read document whatever the recognizer does with a layout today.
 */

function amount(text: string, unit: Unit, sheet: string, row: number, col: number): Amount {
  if (text === '') return { value: null, wan: null, places: 2, cell: { sheet, row, col } };
  const digits = text.replace(/,/g, '');
  const value = new Money(digits);
  const places = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  return { value, wan: unit === '元' ? value.div(10000) : value, places, cell: { sheet, row, col } };
}

function kindOf(code: string): BudgetRow['kind'] {
  return code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item';
}

/** A 功能分类 table (表5 / 表8 / 表3): rows [code, name, 合计] under a header at row 3, 合计 in column E (index 4). */
export function codedTable(id: TableId, sheet: string, unit: Unit, rows: [string, string, string][], total?: string): TableModel {
  const body: BudgetRow[] = rows.map(([code, name, value], i) => ({
    kind: kindOf(code),
    code,
    name,
    amounts: { total: amount(value, unit, sheet, 4 + i, 4) },
    row: 4 + i,
  }));
  if (total !== undefined) {
    const row = 4 + rows.length;
    body.push({ kind: 'total', name: '合计', amounts: { total: amount(total, unit, sheet, row, 4) }, row });
  }
  return {
    id,
    title: `${sheet}`,
    sheet,
    range: `A1:G${5 + rows.length}`,
    unit,
    columns: [
      { role: 'code', col: 0, header: '类' },
      { role: 'name', col: 3, header: '科目名称' },
      { role: 'total', col: 4, header: '合计' },
    ],
    rows: body,
    noDataNote: false,
    notes: [],
  };
}

/** A two-row table: one amount per row in column B (表11 部门合计 …). */
export function simpleTable(
  id: TableId,
  sheet: string,
  unit: Unit,
  rows: { kind: BudgetRow['kind']; name: string; role: AmountRole; value: string; key?: string; side?: BudgetRow['side'] }[],
): TableModel {
  return {
    id,
    title: sheet,
    sheet,
    range: `A1:B${rows.length + 3}`,
    unit,
    columns: [
      { role: 'name', col: 0, header: '项目' },
      { role: 'total', col: 1, header: '金额' },
    ],
    rows: rows.map((r, i) => ({ kind: r.kind, name: r.name, ...(r.key ? { key: r.key } : {}), ...(r.side ? { side: r.side } : {}), amounts: { [r.role]: amount(r.value, unit, sheet, 3 + i, 1) }, row: 3 + i })),
    noDataNote: false,
    notes: [],
  };
}

export function documentOf(year: number, department: string, tables: TableModel[]): BudgetDocument {
  return { year, department, tables, missing: [], problems: [] };
}
