import { Catalog, isValidInYear, validityText } from '../../src/domain/catalog';
import {
  CODE_VALIDITY,
  ECONOMIC_DEPT_TO_GOV_PAIRS,
  EXPENDITURE_ECONOMIC_DEPARTMENT_ROWS,
  EXPENDITURE_ECONOMIC_GOVERNMENT_ROWS,
  EXPENDITURE_FUNCTION_ROWS,
  REVENUE_ROWS,
} from '../../src/domain/catalog/data.generated';
import { runRules } from '../../src/domain/rules';
import { docOf, fixedSeed000 } from '../rules/helpers';

interface BuildCatalogScript {
  renderCatalogModule(csvByFile: Record<string, string>): string;
  readCatalogCsvs(dir?: string): Record<string, string>;
}
const script = require('../../scripts/build-catalog.js') as BuildCatalogScript;

/** The shipped rows, with validity years that no source gives: for the tests only. */
function catalogWith(validity: { code: string; since?: number; until?: number }[]): Catalog {
  return Catalog.fromRows({
    function: EXPENDITURE_FUNCTION_ROWS,
    economicDepartment: EXPENDITURE_ECONOMIC_DEPARTMENT_ROWS,
    economicGovernment: EXPENDITURE_ECONOMIC_GOVERNMENT_ROWS,
    revenue: REVENUE_ROWS,
    economicPairs: ECONOMIC_DEPT_TO_GOV_PAIRS,
    validity,
  });
}

describe('year-aware catalogue look-ups', () => {
  const catalog = catalogWith([
    { code: '2120899', since: 2024 },
    { code: '2010306', until: 2023 },
    { code: '2010350', since: 2021, until: 2023 },
  ]);

  test('a code valid only in some years is notInYear in the others, with its years and the official name', () => {
    expect(catalog.lookup('2120899', '其他国有土地使用权出让收入安排的支出', 2023)).toEqual({
      status: 'notInYear',
      validity: { since: 2024 },
      officialName: '其他国有土地使用权出让收入安排的支出',
    });
    expect(catalog.lookup('2120899', '其他国有土地使用权出让收入安排的支出', 2024)).toEqual({ status: 'ok' });
    expect(catalog.lookup('2010306', '政务公开审批', 2023)).toEqual({ status: 'ok' });
    expect(catalog.lookup('2010306', '政务公开审批', 2024)).toMatchObject({ status: 'notInYear', validity: { until: 2023 } });
    expect(catalog.lookup('2010350', '事业运行', 2020)).toMatchObject({ status: 'notInYear', validity: { since: 2021, until: 2023 } });
    expect(catalog.lookup('2010350', '事业运行', 2022)).toEqual({ status: 'ok' });
  });

  test('without a year, validity is not judged; a code without validity is never notInYear', () => {
    expect(catalog.lookup('2120899', '其他国有土地使用权出让收入安排的支出')).toEqual({ status: 'ok' });
    expect(catalog.lookup('2010301', '行政运行', 1999)).toEqual({ status: 'ok' });
  });

  test('entries carry since/until; search for a year leaves out codes not valid in it', () => {
    expect(catalog.get('2120899')).toMatchObject({ since: 2024 });
    expect(catalog.get('2120899')?.until).toBeUndefined();
    expect(catalog.search('21208', { year: 2023 }).map((e) => e.code)).toEqual(['21208', '2120803']);
    expect(catalog.search('21208', { year: 2024 }).map((e) => e.code)).toEqual(['21208', '2120803', '2120899']);
    expect(catalog.search('21208').map((e) => e.code)).toEqual(['21208', '2120803', '2120899']);
  });

  test('an imported row replaces the built-in entry, validity included (the user\'s list is the official one)', () => {
    const imported = catalog.withImported([{ code: '2120899', name: '其他国有土地使用权出让收入安排的支出' }]);
    expect(imported.lookup('2120899', '其他国有土地使用权出让收入安排的支出', 2023)).toEqual({ status: 'ok' });
  });

  test('validity in words', () => {
    expect(validityText({ since: 2024 })).toBe('2024 年起');
    expect(validityText({ until: 2023 })).toBe('2023 年及以前');
    expect(validityText({ since: 2021, until: 2023 })).toBe('2021–2023 年');
    expect(validityText({ since: 2023, until: 2023 })).toBe('2023 年');
    expect(isValidInYear({ since: 2021, until: 2023 }, 2023)).toBe(true);
    expect(isValidInYear({ since: 2021, until: 2023 }, 2024)).toBe(false);
  });

  test('the shipped data gives no validity: no source read says a code was added or removed (data/catalog/README.md)', () => {
    expect(CODE_VALIDITY).toEqual([]);
    expect(Catalog.builtIn().entries().filter((e) => e.since !== undefined || e.until !== undefined)).toEqual([]);
  });
});

describe('validity.csv in scripts/build-catalog.js', () => {
  const csvs = script.readCatalogCsvs();
  const withValidity = (text: string) => script.renderCatalogModule({ ...csvs, 'validity.csv': `code,since,until,source\n${text}` });

  test('writes the bounds it is given', () => {
    expect(withValidity('2120899,2024,,S1\n2010306,,2023,S1\n')).toContain(
      "export const CODE_VALIDITY: readonly GeneratedValidity[] = [\n  { code: '2120899', since: 2024, sources: ['S1'] },\n  { code: '2010306', until: 2023, sources: ['S1'] },\n];",
    );
  });

  test('refuses a code in no code file, both bounds blank, since after until, a row without a source', () => {
    expect(() => withValidity('2129998,2024,,S1\n')).toThrow('validity.csv:2: code "2129998" is in none of the code files');
    expect(() => withValidity('2120899,,,S1\n')).toThrow('validity.csv:2: since and until are both blank');
    expect(() => withValidity('2120899,2024,2023,S1\n')).toThrow('validity.csv:2: since 2024 is after until 2023');
    expect(() => withValidity('2120899,2024,,\n')).toThrow('validity.csv:2: empty field');
  });
});

describe('K.catalog reports a code outside its years', () => {
  test('seed 000 (2023) with 2120899 valid from 2024 on: one warning naming the code, the year, the years and every code cell', () => {
    const doc = docOf(fixedSeed000());
    const catalog = catalogWith([{ code: '2120899', since: 2024 }]);
    const found = runRules(doc, { catalog }).findings.filter((f) => f.rule === 'K.catalog' && f.message.includes('适用年度'));
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toBe(
      '科目编码与名称：科目 2120899（表2、表3、表8）的适用年度为 2024 年起，本文件为 2023 年度。请按 2023 年科目表核对，改用当年的科目。',
    );
    expect(found[0].cells).toEqual(['表2!A26', '表3!A26', '表8!A8']);
  });

  test('the built-in catalogue says nothing of years on the same document', () => {
    const doc = docOf(fixedSeed000());
    const found = runRules(doc).findings.filter((f) => f.rule === 'K.catalog' && f.message.includes('适用年度'));
    expect(found).toEqual([]);
  });
});
