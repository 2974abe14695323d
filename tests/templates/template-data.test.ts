import { TABLE_IDS } from '../../src/domain/model/types';
import { resolveContext } from '../../src/domain/templates/context';
import { BODY_GENERATORS, TABLE_TEMPLATES, renderTable, specFromTemplate, tableTitle } from '../../src/domain/templates';

describe('table templates as data', () => {
  test('titles, columns, headers and fixed rows are plain data: a JSON round trip keeps every template', () => {
    const copy = JSON.parse(JSON.stringify(TABLE_TEMPLATES));
    expect(copy).toEqual(TABLE_TEMPLATES);
    expect(Object.keys(TABLE_TEMPLATES)).toEqual([...TABLE_IDS]);
  });

  test('every generator a body calls is registered by that name, and every registered one is used', () => {
    const called = new Set(TABLE_IDS.flatMap((id) => TABLE_TEMPLATES[id].body.flatMap((part) => ('generate' in part ? [part.generate] : []))));
    expect([...called].sort()).toEqual(Object.keys(BODY_GENERATORS).sort());
  });

  test('表10 is fixed rows only; 表1 is generated 类 rows then fixed rows', () => {
    expect(TABLE_TEMPLATES.T10.body.every((part) => !('generate' in part))).toBe(true);
    expect(TABLE_TEMPLATES.T01.body.map((part) => ('generate' in part ? part.generate : part.id))).toEqual(['expenditureClassRows', 'subtotal', 'carry', 'grand']);
  });

  test('"{year}" becomes the budget year; a title can differ by format', () => {
    expect(tableTitle('T10', 2023, '2023')).toBe('2023年一般公共预算“三公”经费支出预算表');
    expect(tableTitle('T10', 2024, '2024')).toBe('2024年财政拨款安排“三公”经费支出预算表');
    const block = renderTable('T03', { year: 2025, department: 'X' });
    expect(block.values[block.layout.headerRows[0]]).toContain('2025年预算数');
  });

  test('a template changed as data renders the change, with no code', () => {
    const t10 = TABLE_TEMPLATES.T10;
    const edited = { ...t10, body: t10.body.map((part) => ('id' in part && part.id === 'reception' ? { ...part, cells: { ...part.cells, 0: { kind: 'text' as const, text: '公务接待费（含外宾）' } } } : part)) };
    const spec = specFromTemplate(edited);
    const ctx = resolveContext({ year: 2024, department: 'X' });
    expect(spec.body(ctx)[1].cells[0]).toEqual({ kind: 'text', text: '公务接待费（含外宾）' });
    expect(spec.header(ctx).cells.find((c) => c.value === '2024年预算数')).toBeDefined();
  });
});
