import Decimal from 'decimal.js';
import { TABLE_IDS, type TableId } from '../../src/domain/model/types';
import { renderTable, type TableBlock, type TemplateOptions } from '../../src/domain/templates';
import { buildHf, cents, expectedValues, key, randomInputs, referencedCells, toHfSheet } from './harness';

const OPTION_SETS: Record<string, TemplateOptions> = {
  default2023: { year: 2023, department: '晋中市行政审批服务管理局' },
  default2024: { year: 2024, department: '长治市屯留区行政审批服务管理局' },
  // Seed 000's codes: 4 类, a fund code, several 项 per 款.
  seed000: {
    year: 2023,
    department: '晋中市行政审批服务管理局',
    codes: ['2010301', '2010306', '2010350', '2010399', '2080501', '2080505', '2100799', '2101101', '2101102', '2101199', '2120899', '2210201', '2210202'],
    projects: ['公共资源信息化平台运行维护费', '行政审批业务经费', '残疫人就业保障金'],
    units: ['晋中市行政审批服务管理局', '下属中心'],
  },
  stateCapital2026: {
    year: 2026,
    department: '某局',
    codes: ['2010301', '2230199'],
    stateCapitalCodes: ['2230101', '2230199'],
    carryOverProjects: ['结转项目'],
  },
};

function check(block: TableBlock, seed: number, origin = { row: 0, col: 0 }) {
  const inputs = randomInputs(block, seed);
  const hf = buildHf(toHfSheet(block, inputs, origin));
  const expected = expectedValues(block, inputs);
  for (const f of block.layout.formulaCells) {
    const actual = hf.getCellValue({ sheet: 0, row: origin.row + f.row, col: origin.col + f.col });
    const where = `${block.id} ${block.formulas[f.row][f.col]} at ${key(f)}`;
    expect({ where, value: cents(actual).toFixed(2) }).toEqual({ where, value: (expected.get(key(f)) as Decimal).toFixed(2) });
  }
  hf.destroy();
}

describe.each(Object.entries(OPTION_SETS))('formulas of every table (%s)', (_name, options) => {
  test.each(TABLE_IDS.map((id) => [id]))('%s: every formula cell equals the sum of its parts', (id: TableId) => {
    const block = renderTable(id, options);
    expect(block.layout.formulaCells.length).toBeGreaterThan(0);
    for (const seed of [1, 2, 3]) check(block, seed);
  });

  test.each(TABLE_IDS.map((id) => [id]))('%s: formulas placed at an origin reference only the block', (id: TableId) => {
    const origin = { row: 17, col: 3 };
    const block = renderTable(id, options, origin);
    const height = block.values.length;
    const width = block.columnWidths.length;
    for (const f of block.layout.formulaCells) {
      for (const ref of referencedCells(block.formulas[f.row][f.col] as string)) {
        expect(ref.row - origin.row).toBeGreaterThanOrEqual(block.layout.firstBodyRow);
        expect(ref.row - origin.row).toBeLessThan(height);
        expect(ref.col - origin.col).toBeGreaterThanOrEqual(0);
        expect(ref.col - origin.col).toBeLessThan(width);
      }
    }
    check(block, 7, origin);
  });
});

describe('formula shapes', () => {
  const seed000 = OPTION_SETS.seed000;

  test('T02: 类 and 款 are SUMIFS over the code column below them, 合计 sums the 3-digit rows', () => {
    const b = renderTable('T02', seed000);
    const rowOf = (code: string) => b.values.findIndex((r, i) => i >= b.layout.firstBodyRow && r[0] === code);
    const r201 = rowOf('201');
    const last = b.layout.lastBodyRow + 1;
    expect(b.formulas[r201][3]).toBe(`=SUMIFS(D$${r201 + 2}:D$${last},$A$${r201 + 2}:$A$${last},"201??")`);
    expect(b.formulas[rowOf('20103')][2]).toContain('"20103??"');
    const total = b.layout.firstBodyRow;
    expect(b.values[total][0]).toBe('合计');
    expect(b.formulas[total][8]).toBe(`=SUMIFS(I$${total + 2}:I$${last},$A$${total + 2}:$A$${last},"???")`);
    const totalParts = b.layout.formulaCells.find((f) => f.row === total && f.col === 2)?.parts.map((p) => b.values[p.row][0]);
    expect(totalParts).toEqual(['201', '208', '210', '212', '221']);
    const leaf = rowOf('2010301');
    expect(b.formulas[leaf][2]).toBe(`=SUM(D${leaf + 1}:H${leaf + 1})`);
    expect(b.formulas[leaf][8]).toBeNull(); // 上年结转 is typed, not part of 合计
  });

  test('no formula range contains its own cell (that would be a circular reference)', () => {
    for (const options of Object.values(OPTION_SETS)) {
      for (const id of TABLE_IDS) {
        const b = renderTable(id, options);
        for (const f of b.layout.formulaCells) {
          const text = b.formulas[f.row][f.col] as string;
          for (const m of text.replace(/"[^"]*"/g, '').matchAll(/\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)/g)) {
            const [top, bottom] = [Number(m[2]) - 1, Number(m[4]) - 1];
            const inside = f.row >= top && f.row <= bottom && m[1] === m[3] && m[1].charCodeAt(0) - 65 === f.col;
            expect({ id, text, inside }).toEqual({ id, text, inside: false });
          }
        }
      }
    }
  });

  test('T06: 类 rows sum their items up to the next 类, 合计 refers to the 类 rows', () => {
    const b = renderTable('T06', OPTION_SETS.default2024);
    const rowOf = (name: string) => b.values.findIndex((r) => r[0] === name);
    const total = rowOf('合计');
    const wages = rowOf('工资福利支出');
    const goods = rowOf('商品和服务支出');
    const families = rowOf('对个人和家庭的补助');
    const capital = rowOf('资本性支出');
    expect(b.formulas[total][2]).toBe(`=C${wages + 1}+C${goods + 1}+C${families + 1}+C${capital + 1}`);
    expect(b.formulas[wages][3]).toBe(`=SUM(D${wages + 2}:D${goods + 1})-D${goods + 1}`);
    expect(b.formulas[capital][4]).toBe(`=SUM(E${capital + 2})`);
    expect(b.formulas[rowOf('基本工资')][2]).toBe(`=D${rowOf('基本工资') + 1}+E${rowOf('基本工资') + 1}`);
    const wageParts = b.layout.formulaCells.find((f) => f.row === wages && f.col === 2)?.parts.length;
    expect(wageParts).toBe(goods - wages - 1);
  });

  test('T10: 车 = ① + ②, 合计 = 出国 + 接待 + 车 (合计 at the bottom)', () => {
    const b = renderTable('T10', OPTION_SETS.default2024);
    const rowOf = (name: string) => b.values.findIndex((r) => r[0] === name);
    const n = (name: string) => rowOf(name) + 1;
    expect(b.formulas[rowOf('公务用车购置及运行费')][2]).toBe(`=C${n('①公务用车购置费')}+C${n('②公务用车运行维护费')}`);
    expect(b.formulas[rowOf('合计')][1]).toBe(`=B${n('因公出国（境）费')}+B${n('公务接待费')}+B${n('公务用车购置及运行费')}`);
    expect(b.formulas[rowOf('公务接待费')][1]).toBe(`=SUM(C${n('公务接待费')}:E${n('公务接待费')})`);
    expect(rowOf('合计')).toBe(b.layout.lastBodyRow);
  });

  test('T01: totals, 总计 and row 合计 = 当年 + 上年结转安排', () => {
    const b = renderTable('T01', OPTION_SETS.default2023);
    const rowOf = (label: string, col: number) => b.values.findIndex((r) => r[col] === label);
    const first = b.layout.firstBodyRow + 1;
    const last = first + 29;
    const subtotal = rowOf('本年收入合计', 0);
    expect(rowOf('本年支出合计', 2)).toBe(subtotal);
    expect(b.formulas[subtotal][1]).toBe(`=SUM(B${first}:B${last})`);
    expect(b.formulas[subtotal][4]).toBe(`=SUM(E${first}:E${last})`);
    expect(b.formulas[rowOf('收入总计', 0)][1]).toBe(`=B${subtotal + 1}+B${subtotal + 2}`);
    expect(b.formulas[rowOf('支出总计', 2)][5]).toBe(`=F${subtotal + 1}+F${subtotal + 2}`);
    expect(b.formulas[first - 1][3]).toBe(`=E${first}+F${first}`);
    const incomeInputs = b.layout.inputCells.filter((p) => p.col === 1).map((p) => b.values[p.row][0]);
    expect(incomeInputs).toEqual(['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算', '四、财政专户管理资金', '五、单位资金', '上年结转']);
  });

  test('T04: 上年财政拨款结转 = its three sources; 小计 = 一般 + 基金 + 国资', () => {
    const b = renderTable('T04', OPTION_SETS.default2024);
    const carry = b.values.findIndex((r) => r[0] === '上年财政拨款结转');
    expect(b.values[carry][2]).toBe('年终结转');
    expect(b.formulas[carry][1]).toBe(`=SUM(B${carry + 2}:B${carry + 4})`);
    expect(b.values.slice(carry + 1, carry + 4).map((r) => r[0])).toEqual(['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算']);
    expect(b.formulas[b.layout.firstBodyRow][3]).toBe(`=SUM(E${b.layout.firstBodyRow + 1}:G${b.layout.firstBodyRow + 1})`);
    const grand = b.values.findIndex((r) => r[0] === '收入总计');
    expect(b.formulas[grand][1]).toBe(`=B${carry}+B${carry + 1}`);
  });

  test('T11/T12/T13: subtotal row = SUM of the rows below, row 合计 = Σ sources', () => {
    const t11 = renderTable('T11', OPTION_SETS.seed000);
    const f = t11.layout.firstBodyRow;
    expect(t11.values[f][0]).toBe('部门合计');
    expect(t11.formulas[f][1]).toBe(`=SUM(B${f + 2}:B${f + 3})`);
    expect(t11.formulas[f + 1][1]).toBe(`=SUM(C${f + 2}:E${f + 2})`);
    const t12 = renderTable('T12', OPTION_SETS.seed000);
    const g = t12.layout.firstBodyRow;
    expect(t12.values[g][0]).toBe('晋中市行政审批服务管理局');
    expect(t12.formulas[g][5]).toBe(`=SUM(F${g + 2}:F${g + 4})`);
    expect(t12.formulas[g + 1][1]).toBe(`=SUM(C${g + 2}:G${g + 2})`);
    const t13 = renderTable('T13', OPTION_SETS.default2024);
    const h = t13.layout.firstBodyRow;
    expect(t13.formulas[h + 3][1]).toBe(`=SUM(C${h + 4}:E${h + 4})`);
    expect(t13.layout.lastBodyRow).toBe(h + 3);
  });

  test('input cells are exactly the amount cells without a formula in rows that have amounts', () => {
    for (const id of TABLE_IDS) {
      const b = renderTable(id, OPTION_SETS.seed000);
      const inputs = new Set(b.layout.inputCells.map(key));
      for (const p of b.layout.inputCells) {
        expect(b.formulas[p.row][p.col]).toBeNull();
        expect(b.numberFormats[p.row][p.col]).toBe('#,##0.00');
        expect(b.values[p.row][p.col]).toBeNull();
      }
      for (const f of b.layout.formulaCells) expect(inputs.has(key(f))).toBe(false);
    }
  });
});
