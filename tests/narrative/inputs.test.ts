import type { SheetGrid } from '../../src/domain/grid/types';
import { Money } from '../../src/domain/money';
import {
  INPUT_FIELDS,
  findNarrativeInputsSheet,
  mergeNarrativeInputs,
  narrativeInputsToJson,
  parsePriorJson,
  readNarrativeInputs,
  renderNarrativeInputsSheet,
  type NarrativeInputs,
} from '../../src/domain/narrative';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../src/xlsx';
import { seed000PriorInputs } from '../fixtures/narratives';

/** Inputs as plain JSON-able strings, to compare decimals by value. */
function plain(inputs: NarrativeInputs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of INPUT_FIELDS) {
    const v = f.get(inputs);
    if (v !== undefined) out[f.path] = typeof v === 'string' ? v : v.toFixed(2);
  }
  return out;
}

describe('prior.json', () => {
  it('reads the keys of DESIGN.md §4 plus procurement; numbers or strings, 万元', () => {
    const r = parsePriorJson(
      JSON.stringify({
        revenueTotal: 1569.4,
        expenditureTotal: '1,569.40',
        generalBudgetAppropriation: '1569.40万元',
        threePublic: { total: 0.5, reception: 0.5, overseas: 0 },
        operatingCosts: 155.73,
        reasons: { 一: '新增考入人员', 8: '公用经费标准降低' },
        procurement: { total: 70, goods: 12, works: 0, services: 58 },
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(plain(r.inputs)).toEqual({
      revenueTotal: '1569.40',
      expenditureTotal: '1569.40',
      generalBudgetAppropriation: '1569.40',
      'threePublic.total': '0.50',
      'threePublic.overseas': '0.00',
      'threePublic.reception': '0.50',
      operatingCosts: '155.73',
      'procurement.total': '70.00',
      'procurement.goods': '12.00',
      'procurement.works': '0.00',
      'procurement.services': '58.00',
      'reasons.一': '新增考入人员',
      'reasons.八': '公用经费标准降低',
    });
  });

  it('says in Chinese which key is wrong', () => {
    const r = parsePriorJson(
      JSON.stringify({ revenuTotal: 1, expenditureTotal: 'abc', operatingCosts: -3, threePublic: { cars: 1 }, reasons: { 十三: 'x' }, procurement: 5 }),
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^prior\.json 中有不认识的键“revenuTotal”；可用的键：revenueTotal、/),
        'prior.json 的键“expenditureTotal”“abc”不是金额，请填万元数字',
        'prior.json 的键“operatingCosts”“-3”是负数，上年数不能为负',
        expect.stringMatching(/^prior\.json 的键“threePublic\.cars”不认识；可用的键：threePublic\.total、/),
        'prior.json 的键“reasons.十三”不认识；请用节号“一”到“十”',
        'prior.json 的键“procurement”应是对象，例如 {"total": 0.5}',
      ],
    });
    expect(parsePriorJson('{"revenueTotal": 1,}')).toEqual({ ok: false, errors: [expect.stringMatching(/^prior\.json 不是有效的 JSON：/)] });
    expect(parsePriorJson('[1]')).toEqual({ ok: false, errors: [expect.stringMatching(/应是一个 JSON 对象/)] });
  });

  it('round-trips through narrativeInputsToJson', () => {
    const json = narrativeInputsToJson(seed000PriorInputs);
    expect(json.threePublic).toEqual({ total: 0.5, overseas: 0, reception: 0.5, vehiclePurchase: 0, vehicleOperation: 0 });
    const back = parsePriorJson(JSON.stringify(json));
    expect(back.ok && plain(back.inputs)).toEqual(plain(seed000PriorInputs));
  });

  it('merging: each key of the override wins, the others stay', () => {
    const merged = mergeNarrativeInputs(seed000PriorInputs, { operatingCosts: new Money('100'), threePublic: { total: new Money('1') }, reasons: { 八: '新原因' } });
    const p = plain(merged);
    expect(p.operatingCosts).toBe('100.00');
    expect(p['threePublic.total']).toBe('1.00');
    expect(p['threePublic.reception']).toBe('0.50');
    expect(p['reasons.八']).toBe('新原因');
    expect(p['reasons.一']).toBe(seed000PriorInputs.reasons!.一);
    expect(p.revenueTotal).toBe('1569.40');
  });
});

describe('the 上年数 sheet', () => {
  it('one labelled row per key, amounts as numbers formatted in 万元', () => {
    const sheet = renderNarrativeInputsSheet(seed000PriorInputs);
    expect(sheet.name).toBe('上年数');
    expect(sheet.values[0][0]).toBe('情况说明用的上年数及设置（金额单位：万元）');
    expect(sheet.values[2]).toEqual(['上年收入总计', 1569.4, '上年部门预算收入总计，用于“一、收支数据变动”', 'revenueTotal']);
    expect(sheet.values.map((r) => r[3]).slice(2)).toEqual(INPUT_FIELDS.map((f) => f.path));
    expect(sheet.numberFormats![2][1]).toBe('#,##0.00');
    expect(sheet.values.find((r) => r[3] === 'reasons.八')![1]).toBe('公用经费标准降低');
    expect(sheet.values.find((r) => r[3] === 'reasons.五')![1]).toBeNull();
  });

  it('reads back what it wrote, also after an .xlsx round trip', async () => {
    const sheet = renderNarrativeInputsSheet(seed000PriorInputs);
    expect(plain(readNarrativeInputs(sheet).inputs)).toEqual(plain(seed000PriorInputs));
    const grid = await readWorkbookBuffer(await writeWorkbookBuffer({ sheets: [sheet] }));
    const found = findNarrativeInputsSheet(grid)!;
    expect(found.name).toBe('上年数');
    const { inputs, problems } = readNarrativeInputs(found);
    expect(problems).toEqual([]);
    expect(plain(inputs)).toEqual(plain(seed000PriorInputs));
  });

  it('finds rows by label when the key column is gone, and by key when the label was edited', () => {
    const sheet: SheetGrid = {
      name: '设置',
      values: [
        ['上年收入总计', '1,569.40'],
        ['上年机关运行经费 ', 155.73],
        ['我改了名字', 0.5, null, 'threePublic.total'],
        ['无关的行', 99],
      ],
    };
    expect(plain(readNarrativeInputs(sheet).inputs)).toEqual({ revenueTotal: '1569.40', operatingCosts: '155.73', 'threePublic.total': '0.50' });
  });

  it('a cell that is not an amount is a problem naming the cell', () => {
    const sheet = renderNarrativeInputsSheet({});
    sheet.values[2][1] = '一千五';
    sheet.values[11][1] = '-5';
    expect(readNarrativeInputs(sheet).problems).toEqual([
      { cell: '上年数!B3', message: '上年数!B3（上年收入总计）“一千五”不是金额，请填万元数字。' },
      { cell: '上年数!B12', message: '上年数!B12（上年机关运行经费）“-5”是负数，上年数不能为负。' },
    ]);
  });

  it('a workbook without the sheet has none', () => {
    expect(findNarrativeInputsSheet({ sheets: [{ name: '表1', values: [['收入总计', 1]] }] })).toBeUndefined();
  });
});
