import { Money } from '../../src/domain/money';
import { NARRATIVE_SHEET_NAME, draftNarrative, readNarrativeInputs } from '../../src/domain/narrative';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { parseInputValues } from '../../src/taskpane/hooks/useNarrativeInputs';
import { planInputsWrite, planNarrativeWrite, unusedSheetName } from '../../src/taskpane/lib/sheetWrites';
import { seed000, seedWorkbook } from '../fixtures/seeds/build';

const grid = seedWorkbook(seed000, 'sheets');
const doc = recognizeWorkbook(grid);
const draft = draftNarrative(doc);

describe('writing the 情况说明 never replaces an existing sheet unless the user chose to', () => {
  test('no 情况说明 sheet: a new sheet with the title and the draft, nothing overwritten', () => {
    const plan = planNarrativeWrite(grid, draft, 2023);
    expect(plan.kind).toBe('new');
    if (plan.kind !== 'new') return;
    expect(plan.request.allowOverwrite).toBeUndefined();
    expect(plan.request.blocks).toEqual([]);
    expect(plan.request.newSheets.map((s) => s.name)).toEqual([NARRATIVE_SHEET_NAME]);
    expect(plan.request.newSheets[0].values[0]).toEqual(['第三部分 2023年度部门预算情况说明']);
    expect(plan.request.activate).toBe(NARRATIVE_SHEET_NAME);
  });

  const withSheet = {
    sheets: [...grid.sheets, { name: NARRATIVE_SHEET_NAME, values: Array.from({ length: 200 }, (_, i) => [`旧文字 ${i}`, i === 3 ? '旁注' : null]) }],
  };

  test('an existing sheet: the plan only asks', () => {
    expect(planNarrativeWrite(withSheet, draft, 2023)).toEqual({ kind: 'exists', sheet: NARRATIVE_SHEET_NAME });
  });

  test('overwrite (after confirmation): the same sheet, old cells beyond the new text cleared', () => {
    const plan = planNarrativeWrite(withSheet, draft, 2023, 'overwrite');
    if (plan.kind !== 'new') throw new Error('expected a write');
    expect(plan.request.allowOverwrite).toBe(true);
    expect(plan.request.newSheets).toEqual([]);
    const block = plan.request.blocks[0];
    expect(block.sheet).toBe(NARRATIVE_SHEET_NAME);
    expect(block.grid.values).toHaveLength(200);
    expect(block.grid.values[199]).toEqual(['', '']);
    expect(block.grid.values[3][1]).toBe('');
    expect(block.grid.values[0][0]).toBe('第三部分 2023年度部门预算情况说明');
  });

  test('另存为新表: a new, unused name', () => {
    const plan = planNarrativeWrite(withSheet, draft, 2023, 'newSheet');
    if (plan.kind !== 'new') throw new Error('expected a write');
    expect(plan.sheet).toBe('情况说明（2）');
    expect(plan.request.allowOverwrite).toBeUndefined();
    expect(unusedSheetName('情况说明', ['情况说明', '情况说明（2）'])).toBe('情况说明（3）');
    expect(unusedSheetName('表1', ['Sheet1'])).toBe('表1');
  });
});

describe('the 上年数 form', () => {
  test('typed text becomes inputs; a bad amount is a message for that field, the rest still counts', () => {
    const { inputs, errors } = parseInputValues({ revenueTotal: '1,569.40', operatingCosts: '十万', 'reasons.一': ' 人员增加 ', expenditureTotal: '' });
    expect(inputs.revenueTotal?.toFixed(2)).toBe('1569.40');
    expect(inputs.operatingCosts).toBeUndefined();
    expect(inputs.reasons?.一).toBe('人员增加');
    expect(Object.keys(errors)).toEqual(['operatingCosts']);
    expect(errors.operatingCosts).toMatch(/不是金额/);
  });

  test('saving writes a new 上年数 sheet that reads back to the same inputs', () => {
    const inputs = { revenueTotal: new Money('1569.4'), reasons: { 一: '人员增加' } };
    const plan = planInputsWrite(grid, inputs, undefined);
    expect(plan.sheet).toBe('上年数');
    expect(plan.request.allowOverwrite).toBeUndefined();
    const back = readNarrativeInputs(plan.request.newSheets[0]).inputs;
    expect(back.revenueTotal?.toFixed(2)).toBe('1569.40');
    expect(back.reasons?.一).toBe('人员增加');
  });
});
