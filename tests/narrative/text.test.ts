import { analyzeNarrativeText, splitNarrativeSections } from '../../src/domain/narrative';
import { seed000NarrativeText, seed003NarrativeText } from '../fixtures/narratives';

describe('sections of a 情况说明', () => {
  it('finds the standard sections by their heading words in both seeds', () => {
    const ids = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    expect(splitNarrativeSections(seed000NarrativeText).map((s) => s.id)).toEqual(ids);
    expect(splitNarrativeSections(seed003NarrativeText).map((s) => s.id)).toEqual(ids);
  });

  it('by words, not numbers: a renumbered heading still names its section; markdown marks are fine', () => {
    const sections = splitNarrativeSections('## 三、机关运行经费情况\n文字\n四、政府采购\n文字');
    expect(sections.map((s) => [s.numeral, s.id, s.title])).toEqual([['三', '八', '机关运行经费情况'], ['四', '九', '政府采购']]);
  });
});

describe('figures of a text', () => {
  it('amounts, shares and changes with the words before them', () => {
    const a = analyzeNarrativeText('二、收入预算情况说明\n2023年度预算收入2,692.83万元，主要包括一般公共预算拨款收入2,404.11万元，占89.28%；比上年增加1123.43万元，增加71.58%，主要原因是人员增加10万元。');
    expect(a.figures.map((f) => [f.kind, f.role, f.label, f.value.toString(), f.places, f.inReason, f.sectionId])).toEqual([
      ['amount', 'main', '2023年度预算收入', '2692.83', 2, false, '二'],
      ['amount', 'main', '主要包括一般公共预算拨款收入', '2404.11', 2, false, '二'],
      ['percent', 'share', '占', '89.28', 2, false, '二'],
      ['amount', 'change', '比上年增加', '1123.43', 2, false, '二'],
      ['percent', 'change', '增加', '71.58', 2, false, '二'],
      ['amount', 'change', '主要原因是人员增加', '10', 0, true, '二'],
    ]);
    expect(a.figures[3].direction).toBe(1);
  });

  it('元 amounts in 万元 with their places; full-width digits; years and codes are not figures', () => {
    const a = analyzeNarrativeText('年度资金总额553,891.68元，合计１２．５万元，减少２．７％。12345热线，2023年。');
    expect(a.figures.map((f) => [f.raw, f.wan?.toString(), f.wanPlaces, f.role, f.direction])).toEqual([
      ['553,891.68元', '55.389168', 6, 'main', undefined],
      ['12.5万元', '12.5', 1, 'main', undefined],
      ['2.7%', undefined, undefined, 'change', -1],
    ]);
  });

  it('notes "与上年持平/相同" after an amount', () => {
    const a = analyzeNarrativeText('“三公”经费预算0.50万元与2022年预算数相同。公务接待费0.50万元，比上年增加0.1万元。');
    expect(a.figures.map((f) => f.sameAsPrior)).toEqual([true, false, false]);
  });
});
