import { Catalog } from '../../src/domain/catalog';
import { recognizeWorkbook, readTitle } from '../../src/domain/recognize';
import { placesOfFormat } from '../../src/domain/recognize/amounts';
import { readJoinedCode, readSplitCode, SplitCodeState } from '../../src/domain/recognize/codes';
import { readMetaCell } from '../../src/domain/recognize/meta';
import { chineseNumeral, normalizeLabel, splitOrdinal } from '../../src/domain/recognize/text';
import { captionNumber } from '../../src/domain/recognize/titles';
import { expenditureTable, sheet, workbook } from './grid-helpers';

describe('text', () => {
  it('normalizes quotes, spaces, brackets and full-width characters', () => {
    expect(normalizeLabel(' “三公” 经费 ')).toBe('三公经费');
    expect(normalizeLabel('"三公"经费')).toBe('三公经费');
    expect(normalizeLabel('维修(护)费')).toBe('维修（护）费');
    expect(normalizeLabel('单位：万元')).toBe('单位:万元');
    expect(normalizeLabel('２０２４年')).toBe('2024年');
  });

  it.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十九', 29], ['三十', 30], ['7', 7],
  ])('chineseNumeral(%s) = %i', (text, n) => expect(chineseNumeral(text as string)).toBe(n));

  it('splits ordinals only where they are ordinals', () => {
    expect(splitOrdinal('一、一般公共预算')).toEqual({ ordinal: 1, rest: '一般公共预算' });
    expect(splitOrdinal('二十八、债务付息支出')).toEqual({ ordinal: 28, rest: '债务付息支出' });
    expect(splitOrdinal('（三）国有资本经营预算')).toEqual({ ordinal: 3, rest: '国有资本经营预算' });
    expect(splitOrdinal('一般公共服务支出')).toEqual({ rest: '一般公共服务支出' });
  });
});

describe('titles and meta lines', () => {
  it('captions', () => {
    expect(captionNumber('预算公开表10')).toBe(10);
    expect(captionNumber('表十三')).toBe(13);
    expect(captionNumber('附表1')).toBe(1);
    expect(captionNumber('2024年预算收支总表')).toBeUndefined();
  });

  it('combined 三公 and 机关运行经费 table', () => {
    const r = readTitle('2024年一般公共预算“三公”经费及机关运行经费预算表');
    expect(r).toEqual({ kind: 'table', match: { ids: ['T10', 'T11'], shape: 'T10+T11', year: 2024, department: undefined } });
  });

  it('lines that are not titles', () => {
    for (const t of ['注：本表无数据', '单位：万元', '部门名称：测试局', '2024年部门预算公开表', '第二部分 2024年部门预算报表', '项目', '合计']) {
      expect(readTitle(t).kind).toBe('none');
    }
    expect(readTitle('2023年部门决算收支总表').kind).toBe('unknown');
    expect(readTitle('2024年项目支出绩效目标表').kind).toBe('unknown');
  });

  it('meta cells', () => {
    expect(readMetaCell('部门名称：测试局')).toEqual({ kind: 'department', name: '测试局' });
    expect(readMetaCell('编制单位：测试局　　单位：元')).toEqual({ kind: 'departmentAndUnit', name: '测试局', unit: '元' });
    expect(readMetaCell('金额单位：万元')).toEqual({ kind: 'unit', unit: '万元' });
    expect(readMetaCell('单位:元')).toEqual({ kind: 'unit', unit: '元' });
    expect(readMetaCell('单位名称')).toBeUndefined();
    expect(readMetaCell('预算公开表1')).toEqual({ kind: 'caption', number: 1 });
  });
});

describe('codes', () => {
  it('joined codes', () => {
    expect(readJoinedCode('2010301')).toEqual({ kind: 'code', code: '2010301' });
    expect(readJoinedCode(201)).toEqual({ kind: 'code', code: '201' });
    expect(readJoinedCode('合计')).toEqual({ kind: 'label', text: '合计' });
    expect(readJoinedCode(null)).toEqual({ kind: 'none' });
    const six = readJoinedCode('201031');
    expect(six.kind).toBe('invalid');
    if (six.kind === 'invalid') expect(six.reason).toContain('6位');
  });

  it('split codes, padded and inherited', () => {
    const state: SplitCodeState = {};
    expect(readSplitCode('201', null, null, state)).toMatchObject({ kind: 'code', code: '201' });
    expect(readSplitCode('201', 3, null, state)).toMatchObject({ kind: 'code', code: '20103', padded: true });
    expect(readSplitCode(null, null, '1', state)).toMatchObject({ kind: 'code', code: '2010301', inherited: true, padded: true });
    expect(readSplitCode('201', '03', '50', state)).toMatchObject({ kind: 'code', code: '2010350' });
    expect(readSplitCode('合计', null, null, state)).toEqual({ kind: 'label', text: '合计' });
    expect(readSplitCode('201', '103', null, state).kind).toBe('invalid');
  });

  it('number formats', () => {
    expect(placesOfFormat('#,##0.00')).toBe(2);
    expect(placesOfFormat('0')).toBe(0);
    expect(placesOfFormat('#,##0.00;[Red]-#,##0.00')).toBe(2);
    expect(placesOfFormat('General')).toBeUndefined();
    expect(placesOfFormat(null)).toBeUndefined();
  });
});

describe('catalog names', () => {
  const catalog = Catalog.fromRows({ function: [{ code: '2010301', name: '行政运行', level: '项', year: 2024, sources: ['S2'] }] });

  it('fills a blank 科目名称 and finds the code of a row without one, with notes', () => {
    const rows = expenditureTable({
      rows: [
        ['2010301', '', '1.00', '1.00', ''],
        ['', '行政运行', '2.00', '2.00', ''],
      ],
    });
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)), { catalog });
    const t = doc.tables[0];
    expect(t.rows.map((r) => [r.code, r.name])).toEqual([
      ['2010301', '行政运行'],
      ['2010301', '行政运行'],
    ]);
    expect(t.notes.some((n) => n.includes('按科目表'))).toBe(true);
    expect(doc.problems).toEqual([]);
  });

  it('without a catalogue the row without code is a problem', () => {
    const rows = expenditureTable({ rows: [['', '行政运行', '2.00', '2.00', '']] });
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    expect(doc.problems).toHaveLength(1);
  });
});

describe('tables read by their contents', () => {
  it('T06: 其他支出 as a class and as its own item', () => {
    const rows = [
      ['2024年一般公共预算基本支出部门预算经济分类预算表'],
      ['部门预算支出经济科目名称', '政府预算支出经济科目名称', '合计', '人员经费', '公用经费'],
      ['合计', '', '3.00', '', '3.00'],
      ['其他支出', '', '3.00', '', '3.00'],
      ['其他支出', '其他支出', '3.00', '', '3.00'],
    ];
    const t = recognizeWorkbook(workbook(sheet('表6', rows))).tables[0];
    expect(t.rows.map((r) => r.kind)).toEqual(['total', 'econClass', 'econItem']);
  });

  it('T12 with a department total, two units and their projects', () => {
    const rows = [
      ['2024年项目支出预算表（本年预算）'],
      ['部门名称：某局'],
      ['项目名称', '合计', '一般公共预算'],
      ['某局', '30.00', '30.00'],
      ['某局本级', '10.00', '10.00'],
      ['项目一', '10.00', '10.00'],
      ['某某服务中心', '20.00', '20.00'],
      ['项目二', '5.00', '5.00'],
      ['项目三', '15.00', '15.00'],
    ];
    const t = recognizeWorkbook(workbook(sheet('表12', rows))).tables[0];
    expect(t.rows.map((r) => r.kind)).toEqual(['total', 'unit', 'project', 'unit', 'project', 'project']);
  });

  it('a page-break header repeated inside the body is skipped with a note', () => {
    const rows = expenditureTable();
    rows.splice(8, 0, ['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
    const doc = recognizeWorkbook(workbook(sheet('表3', rows)));
    expect(doc.tables[0].rows).toHaveLength(5);
    expect(doc.tables[0].notes.join()).toContain('重复出现的表头');
    expect(doc.problems).toEqual([]);
  });

  it('a table that starts in column B', () => {
    const rows = expenditureTable().map((r) => ['', ...r]);
    const t = recognizeWorkbook(workbook(sheet('表3', rows))).tables[0];
    expect(t.range).toBe('B1:F10');
    expect(t.rows[1].code).toBe('201');
    expect(t.rows[1].amounts.total!.cell.col).toBe(3);
  });

  it('sheets named 设置 are not reported for lacking a title', () => {
    const doc = recognizeWorkbook(workbook(sheet('设置', [['上年收入总计', 100]])));
    expect(doc.problems).toEqual([]);
  });
});
