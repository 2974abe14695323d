import { recognizeWorkbook } from '../../src/domain/recognize';
import { TABLE_IDS, TableModel } from '../../src/domain/model/types';
import { renderTable, renderWorkbook, TemplateOptions } from '../../src/domain/templates';

/** The codes a template prints in each code column (per side), in order. */
function templateCodes(id: (typeof TABLE_IDS)[number], options: TemplateOptions): Map<string, string[]> {
  const block = renderTable(id, options);
  const out = new Map<string, string[]>();
  for (const column of block.layout.columns) {
    if (column.role !== 'code') continue;
    const codes: string[] = [];
    for (let r = block.layout.firstBodyRow; r <= block.layout.lastBodyRow; r++) {
      const v = block.values[r]?.[column.col];
      if (v !== null && v !== undefined && /^\d+$/.test(String(v))) codes.push(String(v));
    }
    out.set(column.side ?? '', codes);
  }
  return out;
}

function recognizedCodes(t: TableModel): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of t.columns) if (c.role === 'code') out.set(c.side ?? '', []);
  for (const r of t.rows) if (r.code) out.get(r.side ?? '')!.push(r.code);
  return out;
}

const variants: { name: string; options: TemplateOptions }[] = [
  { name: 'defaults 2024', options: { year: 2024, department: '测试局' } },
  { name: 'defaults 2023', options: { year: 2023, department: '测试局' } },
  {
    name: '2026 with fund, state-capital codes, projects and units',
    options: {
      year: 2026,
      department: '某某市测试局',
      codes: ['2010301', '2010350', '2080505', '2120899', '2230199', '2210201'],
      projects: ['信息系统运维', '办公楼维修'],
      carryOverProjects: ['上年结转项目'],
      units: ['某某市测试局', '某某市测试服务中心'],
    },
  },
];

describe.each(variants)('template output ($name)', ({ options }) => {
  describe.each(['sheets', 'stacked'] as const)('layout %s', (layout) => {
    const doc = recognizeWorkbook(renderWorkbook(options, layout));

    it('recognizes all 13 tables, year and department, without problems', () => {
      expect(doc.tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
      expect(doc.missing).toEqual([]);
      expect(doc.problems).toEqual([]);
      expect(doc.year).toBe(options.year);
      expect(doc.department).toBe(options.department);
      for (const t of doc.tables) {
        expect(t.unit).toBe('万元');
        expect(t.notes).toEqual([]);
      }
    });

    it.each([...TABLE_IDS])('%s: columns by role and the template codes', (id) => {
      const t = doc.tables.find((x) => x.id === id)!;
      const block = renderTable(id, options);
      // The seeds' truth calls the 表12/13 name column projectName and gives one-sided tables no side;
      // the template layout says name / income there. Both mean the same column.
      const twoSided = id === 'T01' || id === 'T04' || id === 'T09';
      const shape = (c: { col: number; role: string; side?: string }) => [c.col, c.role === 'projectName' ? 'name' : c.role, twoSided ? c.side : undefined];
      expect(t.columns.map(shape)).toEqual(block.layout.columns.map(shape));
      expect(recognizedCodes(t)).toEqual(templateCodes(id, options));
      expect(t.title).toBe(block.title);
    });

    it('reads formula cells without a value as blank amounts', () => {
      const t03 = doc.tables.find((x) => x.id === 'T03')!;
      const total = t03.rows.find((r) => r.kind === 'total')!;
      expect(total.amounts.total).toBeDefined();
      expect(total.amounts.total!.value).toBeNull();
      expect(total.amounts.total!.problem).toBeUndefined();
    });

    if (options.projects) {
      it('T12/T13: department row is the total, units and projects by name', () => {
        const t12 = doc.tables.find((x) => x.id === 'T12')!;
        const named = t12.rows.map((r) => [r.kind, r.name]);
        for (const p of options.projects!) expect(named).toContainEqual(['project', p]);
        expect(t12.rows[0].kind).toBe('total');
        const t13 = doc.tables.find((x) => x.id === 'T13')!;
        expect(t13.rows.filter((r) => r.kind === 'project').map((r) => r.name)).toEqual(options.carryOverProjects);
        const t11 = doc.tables.find((x) => x.id === 'T11')!;
        expect(t11.rows.filter((r) => r.kind === 'unit').map((r) => r.name)).toEqual(options.units);
      });
    }
  });
});
