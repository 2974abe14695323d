import {
  Catalog,
  IMPORTED_SOURCE,
  inferCatalogKind,
  normalizeSubjectName,
  type CatalogEntry,
} from '../../src/domain/catalog';

const catalog = Catalog.builtIn();
const codes = (entries: CatalogEntry[]): string[] => entries.map((e) => e.code);

describe('Catalog.get', () => {
  it('finds a 功能分类 项 with its level, years and sources', () => {
    expect(catalog.get('2010301')).toEqual({
      kind: 'function',
      code: '2010301',
      name: '行政运行',
      level: '项',
      years: [2023, 2024],
      sources: ['S1', 'S2'],
    });
  });

  it('merges the rows of one code over years and sources', () => {
    const entry = catalog.get('201');
    expect(entry?.years).toEqual([2023, 2024, 2026]);
    expect(entry?.sources).toEqual(['S1', 'S2', 'G1', 'G3']);
    expect(entry?.level).toBe('类');
  });

  it('infers the list from the code: 2xx 功能, 30x/31x 部门经济, 50x 政府经济, 1xx 收入', () => {
    expect(catalog.get('20103')?.kind).toBe('function');
    expect(catalog.get('30101')).toMatchObject({ kind: 'economicDepartment', name: '基本工资', level: '款', years: [] });
    expect(catalog.get('31002')).toMatchObject({ kind: 'economicDepartment', name: '办公设备购置' });
    expect(catalog.get('50101')).toMatchObject({ kind: 'economicGovernment', name: '工资奖金津补贴' });
    expect(catalog.get('1030148')).toMatchObject({ kind: 'revenue', name: '国有土地使用权出让收入', level: '项', years: [2023] });
    expect(inferCatalogKind('2')).toBeUndefined();
    expect(inferCatalogKind('301010')).toBeUndefined();
    expect(inferCatalogKind('30101')).toBe('economicDepartment');
    expect(inferCatalogKind('abc')).toBeUndefined();
  });

  it('takes an explicit kind, and says nothing for codes that are not listed', () => {
    expect(catalog.get('301', 'economicDepartment')?.name).toBe('工资福利支出');
    expect(catalog.get('301', 'function')).toBeUndefined();
    expect(catalog.get('202')).toBeUndefined(); // 外交支出: a real 类, just not in the shipped subset
    expect(catalog.get('9999999')).toBeUndefined();
    expect(catalog.get('')).toBeUndefined();
  });

  it('ignores surrounding whitespace in the code', () => {
    expect(catalog.get(' 2080505 ')?.name).toBe('机关事业单位基本养老保险缴费支出');
  });

  it('hands out entries that cannot be changed in place', () => {
    const entry = catalog.get('201') as CatalogEntry;
    expect(() => {
      (entry as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(() => entry.years.push(1999)).toThrow(TypeError);
    expect(Catalog.builtIn().get('201')?.name).toBe('一般公共服务支出');
  });
});

describe('parent, children, ancestors', () => {
  it('walks 2010301 -> 20103 -> 201', () => {
    expect(catalog.parent('2010301')?.code).toBe('20103');
    expect(catalog.parent('20103')?.code).toBe('201');
    expect(catalog.parent('201')).toBeUndefined();
    expect(catalog.parent('30101')?.name).toBe('工资福利支出');
  });

  it('finds the parent of a code that is itself not listed', () => {
    expect(catalog.get('2010303')).toBeUndefined();
    expect(catalog.parent('2010303')?.name).toBe('政府办公厅（室）及相关机构事务');
  });

  it('lists children in code order, one level down only', () => {
    expect(codes(catalog.children('20103'))).toEqual(['2010301', '2010302', '2010304', '2010305', '2010306', '2010350', '2010399']);
    expect(codes(catalog.children('210'))).toEqual(['21007', '21011']);
    expect(codes(catalog.children('103'))).toEqual(['10301']);
    expect(codes(catalog.children('501'))).toEqual(['50101', '50102', '50103', '50199']);
    expect(catalog.children('2010301')).toEqual([]);
    expect(catalog.children('202')).toEqual([]);
  });

  it('gives [类, 款] for a 项 and [类] for a 款', () => {
    expect(codes(catalog.ancestors('2101101'))).toEqual(['210', '21011']);
    expect(codes(catalog.ancestors('21011'))).toEqual(['210']);
    expect(catalog.ancestors('210')).toEqual([]);
    expect(codes(catalog.ancestors('1030148'))).toEqual(['103', '10301']);
  });
});

describe('search', () => {
  it('by code prefix, in code order', () => {
    expect(codes(catalog.search('2101'))).toEqual(['21011', '2101101', '2101102', '2101199']);
    expect(codes(catalog.search('2010', { limit: 3 }))).toEqual(['20103', '2010301', '2010302']);
  });

  it('by name fragment, across the lists unless a kind is given', () => {
    expect(codes(catalog.search('医疗'))).toEqual(['21011', '2101101', '2101102', '2101199', '30110', '30111', '30114', '30307']);
    expect(codes(catalog.search('医疗', { kind: 'function' }))).toEqual(['21011', '2101101', '2101102', '2101199']);
    expect(codes(catalog.search('住房公积金'))).toEqual(['2210201', '30113', '50103']);
  });

  it('matches names whatever the brackets and spaces', () => {
    expect(codes(catalog.search('办公厅(室)'))).toEqual(['20103', '2010399']);
    expect(codes(catalog.search('维修 (护)'))).toEqual(['30213']);
  });

  it('an empty query lists everything, up to the limit', () => {
    expect(catalog.search('').length).toBe(117 + 65 + 10 + 3);
    expect(codes(catalog.search('', { limit: 2 }))).toEqual(['103', '10301']);
    expect(catalog.search('不存在的科目')).toEqual([]);
  });

  it('with a year, keeps codes not seen that year (the list is partial)', () => {
    const found = catalog.search('统计', { year: 2023 });
    expect(codes(found)).toEqual(['20105', '2010506']);
  });
});

describe('nameFor (year-aware)', () => {
  it('uses the exact year, else the nearest year seen', () => {
    expect(catalog.nameFor('2010306', 2023)).toBe('政务公开审批');
    expect(catalog.nameFor('2010306', 2026)).toBe('政务公开审批');
    expect(catalog.nameFor('2010306')).toBe('政务公开审批');
    expect(catalog.nameFor('30101', 2024)).toBe('基本工资');
    expect(catalog.nameFor('2029999', 2024)).toBeUndefined();
  });

  it('picks the name of the nearest year when a code was renamed (earlier year on a tie)', () => {
    // The shipped data has no renamed code (README: "Year-specific name differences: none").
    const renamed = withYearNames('2079999', { 2023: '旧名', 2026: '新名' });
    expect(renamed.nameFor('2079999', 2023)).toBe('旧名');
    expect(renamed.nameFor('2079999', 2022)).toBe('旧名');
    expect(renamed.nameFor('2079999', 2025)).toBe('新名');
    expect(renamed.nameFor('2079999', 2024)).toBe('旧名');
    expect(renamed.nameFor('2079999', 2030)).toBe('新名');
    expect(renamed.nameFor('2079999')).toBe('新名');
    expect(renamed.get('2079999')?.name).toBe('新名');
    expect(renamed.lookup('2079999', '旧名', 2023)).toEqual({ status: 'ok' });
    expect(renamed.lookup('2079999', '旧名', 2026)).toEqual({ status: 'nameDiffers', officialName: '新名' });
    expect(renamed.lookup('2079999', '旧名')).toEqual({ status: 'ok' });
    expect(codes(renamed.search('旧名', { year: 2023 }))).toEqual(['2079999']);
    expect(renamed.search('旧名', { year: 2026 })).toEqual([]);
    expect(renamed.search('新名', { year: 2026 })[0].name).toBe('新名');
  });
});

describe('lookup', () => {
  it('ok, nameDiffers with the official name, notInList', () => {
    expect(catalog.lookup('2010301', '行政运行', 2023)).toEqual({ status: 'ok' });
    expect(catalog.lookup('2010301', '行政运行费', 2023)).toEqual({ status: 'nameDiffers', officialName: '行政运行' });
    expect(catalog.lookup('2020101', '行政运行', 2023)).toEqual({ status: 'notInList' });
    expect(catalog.lookup('abc', '行政运行')).toEqual({ status: 'notInList' });
  });

  it('treats full-width and ASCII brackets as the same, and ignores whitespace', () => {
    expect(catalog.lookup('20103', '政府办公厅(室)及相关机构事务', 2024)).toEqual({ status: 'ok' });
    expect(catalog.lookup('20103', '政府办公厅（室) 及相关机构事务')).toEqual({ status: 'ok' });
    expect(catalog.lookup('30213', '维修(护)费')).toEqual({ status: 'ok' });
    expect(catalog.lookup('30303', '退职(役)费')).toEqual({ status: 'ok' });
    expect(catalog.lookup('2010399', ' 其他政府办公厅（室）及相关机构事务支出\u3000')).toEqual({ status: 'ok' });
    expect(catalog.lookup('20103', '政府办公厅[室]及相关机构事务')).toEqual({
      status: 'nameDiffers',
      officialName: '政府办公厅（室）及相关机构事务',
    });
  });

  it('normalizes 【】 and ［］ to []', () => {
    expect(normalizeSubjectName('【测试】 名称')).toBe('[测试]名称');
    expect(normalizeSubjectName('［测试］')).toBe('[测试]');
    expect(normalizeSubjectName('维修（护）费')).toBe(normalizeSubjectName('维修(护)费'));
  });
});

describe('withImported', () => {
  const imported = catalog.withImported([
    { code: '2010301', name: '行政运行（导入）' },
    { code: '202', name: '外交支出' },
    { code: '20201', name: '外交管理事务' },
    { code: '2020101', name: '行政运行' },
    { code: '30101', name: '基本工资（导入）' },
    { code: '50501', name: '工资福利支出' },
    { code: '50502', name: '商品和服务支出' },
    { code: '1030148', name: '国有土地使用权出让收入' },
    { code: ' 2240299 ', name: ' 其他消防救援事务支出 ' },
    { code: '2', name: '太短' },
    { code: '9999', name: '不认识' },
    { code: '20299', name: '   ' },
  ]);

  it('imported names take precedence over the shipped ones, for every year', () => {
    expect(imported.get('2010301')).toEqual({
      kind: 'function',
      code: '2010301',
      name: '行政运行（导入）',
      level: '项',
      years: [],
      sources: [IMPORTED_SOURCE],
    });
    expect(imported.nameFor('2010301', 2023)).toBe('行政运行（导入）');
    expect(imported.lookup('2010301', '行政运行', 2023)).toEqual({ status: 'nameDiffers', officialName: '行政运行（导入）' });
    expect(imported.lookup('2010301', '行政运行(导入)')).toEqual({ status: 'ok' });
    expect(imported.get('30101')?.name).toBe('基本工资（导入）');
  });

  it('adds codes the shipped list lacks, with their tree', () => {
    expect(imported.lookup('2020101', '行政运行', 2024)).toEqual({ status: 'ok' });
    expect(codes(imported.ancestors('2020101'))).toEqual(['202', '20201']);
    expect(codes(imported.children('202'))).toEqual(['20201']);
    expect(imported.findEconomicByName('工资福利支出', 'government').map((e) => e.code)).toEqual(['50501']);
    expect(imported.get('2240299')?.name).toBe('其他消防救援事务支出');
  });

  it('skips rows that fit no list or have no name, and leaves the built-in catalogue alone', () => {
    expect(imported.get('9999')).toBeUndefined();
    expect(imported.get('20299')).toBeUndefined();
    expect(imported.entries().length).toBe(catalog.entries().length + 5) // 202, 20201, 2020101, 50501, 50502;
    expect(catalog.get('2010301')?.name).toBe('行政运行');
    expect(catalog.get('202')).toBeUndefined();
    expect(Catalog.builtIn().get('202')).toBeUndefined();
  });

  it('uses the given kind instead of inferring it', () => {
    const econ = catalog.withImported([{ code: '30101', name: '基本工资' }], 'function');
    expect(econ.get('30101', 'function')?.kind).toBe('function');
    expect(econ.get('30101')?.kind).toBe('economicDepartment');
    const wrongLength = catalog.withImported([{ code: '3010101', name: 'x' }], 'economicDepartment');
    expect(wrongLength.get('3010101', 'economicDepartment')).toBeUndefined();
  });

  it('lets a later row for the same code win, and economic pairs follow imported names', () => {
    const twice = catalog.withImported([
      { code: '50101', name: '甲' },
      { code: '50101', name: '工资奖金津补贴（新）' },
    ]);
    expect(twice.get('50101')?.name).toBe('工资奖金津补贴（新）');
    expect(twice.economicPairs()[0]).toEqual({
      departmentCode: '30101',
      departmentName: '基本工资',
      governmentCode: '50101',
      governmentName: '工资奖金津补贴（新）',
    });
  });
});

describe('economic lists', () => {
  it('economicPairs gives the 部门 -> 政府 correspondence', () => {
    const pairs = catalog.economicPairs();
    expect(pairs).toHaveLength(30);
    const govOf = (dept: string): string | undefined => pairs.find((p) => p.departmentCode === dept)?.governmentCode;
    expect(govOf('30101')).toBe('50101');
    expect(govOf('30113')).toBe('50103');
    expect(govOf('30114')).toBe('50199');
    expect(govOf('30215')).toBe('50202');
    expect(govOf('30216')).toBe('50203');
    expect(govOf('30239')).toBe('50201');
    expect(pairs.find((p) => p.departmentCode === '30108')).toEqual({
      departmentCode: '30108',
      departmentName: '机关事业单位基本养老保险缴费',
      governmentCode: '50102',
      governmentName: '社会保障缴费',
    });
  });

  it('findEconomicByName searches one scheme only', () => {
    expect(codes(catalog.findEconomicByName('住房公积金', 'department'))).toEqual(['30113']);
    expect(codes(catalog.findEconomicByName('住房公积金', 'government'))).toEqual(['50103']);
    expect(codes(catalog.findEconomicByName('其他工资福利支出', 'department'))).toEqual(['30199']);
    expect(codes(catalog.findEconomicByName('维修(护)费', 'department'))).toEqual(['30213']);
    expect(catalog.findEconomicByName('基本工资', 'government')).toEqual([]);
    expect(catalog.findEconomicByName('医疗', 'department')).toEqual([]);
  });
});

/** A catalogue with one code named differently in some years. */
function withYearNames(code: string, namesByYear: Record<number, string>): Catalog {
  const rows = Object.entries(namesByYear).map(([year, name]) => ({ code, name, level: '项' as const, year: Number(year), sources: ['T'] }));
  return Catalog.fromRows({ function: rows });
}
