import { Catalog, catalogRowsFromGrid } from '../../src/domain/catalog';

describe('importing a complete 科目 list', () => {
  it('reads code/name pairs from an export sheet, codes as text or numbers, headers and blanks skipped', () => {
    const { rows, problems } = catalogRowsFromGrid({
      sheets: [
        {
          name: '科目',
          values: [
            ['支出功能分类科目'],
            ['科目编码', '科目名称', '备注'],
            ['201', '一般公共服务支出', null],
            [20103, '政府办公厅（室）及相关机构事务'],
            [null, '2010308', '信访事务'],
            ['2010399', '', '其他政府办公厅（室）及相关机构事务支出'],
            ['合计', '123'],
          ],
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { code: '201', name: '一般公共服务支出' },
      { code: '20103', name: '政府办公厅（室）及相关机构事务' },
      { code: '2010308', name: '信访事务' },
      { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出' },
    ]);
    const catalog = Catalog.builtIn().withImported(rows);
    expect(catalog.lookup('2010308', '信访事务')).toEqual({ status: 'ok' });
    expect(Catalog.builtIn().lookup('2010308', '信访事务').status).toBe('notInList');
  });

  it('says so when nothing usable is found', () => {
    expect(catalogRowsFromGrid({ sheets: [{ name: 'x', values: [['姓名', '金额'], ['张三', 100]] }] }).problems[0]).toMatch(/没有找到/);
  });
});
