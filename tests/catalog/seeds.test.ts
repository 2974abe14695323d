import { Catalog, matchExpenditureClass } from '../../src/domain/catalog';
import { seeds, seedCodeNamePairs, seedTable, type Seed } from '../fixtures/seeds/build';

const catalog = Catalog.builtIn();

/**
 * The distinct (科目编码, 科目名称) pairs of T02/T03/T05/T07/T08/T09, extracted once from the
 * seed texts by a separate script (not from the fixtures): an independent transcription
 * that the fixtures must agree with.
 */
const EXPECTED_PAIRS: Record<Seed['key'], [string, string][]> = {
  '000': [
    ['201', '一般公共服务支出'],
    ['20103', '政府办公厅（室）及相关机构事务'],
    ['2010301', '行政运行'],
    ['2010306', '政务公开审批'],
    ['2010350', '事业运行'],
    ['2010399', '其他政府办公厅（室）及相关机构事务支出'],
    ['208', '社会保障和就业支出'],
    ['20805', '行政事业单位养老支出'],
    ['2080501', '行政单位离退休'],
    ['2080505', '机关事业单位基本养老保险缴费支出'],
    ['210', '卫生健康支出'],
    ['21007', '计划生育事务'],
    ['2100799', '其他计划生育事务支出'],
    ['21011', '行政事业单位医疗'],
    ['2101101', '行政单位医疗'],
    ['2101102', '事业单位医疗'],
    ['2101199', '其他行政事业单位医疗支出'],
    ['212', '城乡社区支出'],
    ['21208', '国有土地使用权出让收入安排的支出'],
    ['2120899', '其他国有土地使用权出让收入安排的支出'],
    ['221', '住房保障支出'],
    ['22102', '住房改革支出'],
    ['2210201', '住房公积金'],
    ['2210202', '提租补贴'],
    ['103', '非税收入'],
    ['10301', '政府性基金收入'],
    ['1030148', '国有土地使用权出让收入'],
  ],
  '003': [
    ['201', '一般公共服务支出'],
    ['20103', '政府办公厅（室）及相关机构事务'],
    ['2010301', '行政运行'],
    ['2010302', '一般行政管理事务'],
    ['2010304', '专项服务'],
    ['2010305', '专项业务及机关事务管理'],
    ['2010350', '事业运行'],
    ['208', '社会保障和就业支出'],
    ['20805', '行政事业单位养老支出'],
    ['2080505', '机关事业单位基本养老保险缴费支出'],
    ['210', '卫生健康支出'],
    ['21011', '行政事业单位医疗'],
    ['2101101', '行政单位医疗'],
    ['2101102', '事业单位医疗'],
    ['221', '住房保障支出'],
    ['22102', '住房改革支出'],
    ['2210201', '住房公积金'],
  ],
};

/** 政府经济 names printed in the seeds' 表6 whose codes no source read gives (data/catalog/README.md). */
const GOVERNMENT_NAMES_NOT_SHIPPED = ['工资福利支出', '商品和服务支出', '维修(护)费', '公务接待费', '其他商品和服务支出', '离退休费', '社会福利和救助', '设备购置'];

/** 事业单位 rows of 表6 name the 505 classes, which the 机关-only correspondence table does not cover. */
const UNIT_GOVERNMENT_NAMES = ['工资福利支出', '商品和服务支出'];

const distinct = <T,>(items: T[]): T[] => [...new Set(items)];

describe.each(seeds.map((seed) => [seed.key, seed] as const))('seed %s', (key, seed) => {
  const pairs = seedCodeNamePairs(seed);

  it('has the code/name pairs read independently from the seed text', () => {
    const fromFixture = distinct(pairs.map((p) => `${p.code} ${p.name}`)).sort();
    expect(fromFixture).toEqual(EXPECTED_PAIRS[key].map(([code, name]) => `${code} ${name}`).sort());
  });

  it('every 科目编码/科目名称 pair resolves in the catalogue for the seed year', () => {
    const problems = pairs
      .map((p) => ({ ...p, result: catalog.lookup(p.code, p.name, seed.year) }))
      .filter((p) => p.result.status !== 'ok')
      .map((p) => `${p.table} ${p.code} ${p.name}: ${JSON.stringify(p.result)}`);
    expect(problems).toEqual([]);
    expect(pairs.length).toBeGreaterThanOrEqual(EXPECTED_PAIRS[key].length);
  });

  it('T07 codes are 收入分类 codes and the others 功能分类 codes', () => {
    for (const p of pairs) {
      expect([p.table, catalog.get(p.code)?.kind]).toEqual([p.table, p.table === 'T07' ? 'revenue' : 'function']);
    }
  });

  it('T06 部门经济 names are all in the catalogue, once each', () => {
    const t06 = seedTable(seed, 'T06');
    const names = distinct(t06.rows.map((r) => r[0]).filter((n) => n !== '' && n !== '合计'));
    const unresolved = names.filter((n) => catalog.findEconomicByName(n, 'department').length !== 1);
    expect(unresolved).toEqual([]);
  });

  it('T06 政府经济 names missing from the catalogue are exactly the known gaps', () => {
    const t06 = seedTable(seed, 'T06');
    const names = distinct(t06.rows.map((r) => r[1]).filter((n) => n !== ''));
    const missing = names.filter((n) => catalog.findEconomicByName(n, 'government').length === 0);
    expect(missing.length).toBeGreaterThan(0);
    for (const name of missing) expect(GOVERNMENT_NAMES_NOT_SHIPPED).toContain(name);
  });

  it('T06 rows agree with the 部门 -> 政府 correspondence (事业单位 rows apart)', () => {
    const t06 = seedTable(seed, 'T06');
    const pairsByDept = new Map(catalog.economicPairs().map((p) => [p.departmentCode, p]));
    const disagreements: string[] = [];
    let checked = 0;
    for (const [deptName, govName] of t06.rows) {
      if (govName === '' || UNIT_GOVERNMENT_NAMES.includes(govName)) continue;
      const dept = catalog.findEconomicByName(deptName, 'department')[0];
      const pair = dept && pairsByDept.get(dept.code);
      if (!pair) continue;
      checked++;
      if (pair.governmentName !== govName) disagreements.push(`${deptName} -> ${govName} (catalogue: ${pair.governmentName})`);
    }
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it.each(['T01', 'T04'] as const)('%s expenditure 类 rows match the 30 classes in order', (id) => {
    const table = seedTable(seed, id);
    const nameCol = table.columns.findIndex((c) => c?.role === 'name' && c.side === 'expenditure');
    const labels = table.rows.map((r) => r[nameCol]).filter((label) => /^[一二三四五六七八九十]+、/.test(label));
    expect(labels).toHaveLength(30);
    expect(labels.map((label) => matchExpenditureClass(label)?.ordinal)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});

describe('the seed cross-check numbers in data/catalog/README.md', () => {
  it('27 distinct 功能 pairs and 3 收入 pairs over both seeds', () => {
    const all = seeds.flatMap((seed) => seedCodeNamePairs(seed));
    const functionPairs = distinct(all.filter((p) => p.table !== 'T07').map((p) => `${p.code} ${p.name}`));
    const revenuePairs = distinct(all.filter((p) => p.table === 'T07').map((p) => `${p.code} ${p.name}`));
    expect(functionPairs).toHaveLength(27);
    expect(revenuePairs).toHaveLength(3);
  });

  it('the 政府经济 names not shipped are 8 distinct names over both seeds', () => {
    const missing = distinct(
      seeds.flatMap((seed) =>
        seedTable(seed, 'T06')
          .rows.map((r) => r[1])
          .filter((n) => n !== '' && catalog.findEconomicByName(n, 'government').length === 0),
      ),
    );
    expect(missing.sort()).toEqual([...GOVERNMENT_NAMES_NOT_SHIPPED].sort());
  });
});
