import type { BudgetDocument } from '../../src/domain/model/types';
import { checkNarrativeText, draftNarrative, type SectionId } from '../../src/domain/narrative';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { seedWorkbook } from '../fixtures/seeds/build';
import { seedNarratives, type SeedNarrative } from '../fixtures/narratives';

/**
 * The figures a text states, per section, as normalized strings: amounts "2692.83万元"
 * (1033.8 and 1,033.80 are the same), percentages "2.70%" (2.7% and 2.70% the same).
 * Deliberately independent of the domain's own extraction.
 */
function figuresBySection(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let section = '';
  for (const line of text.split('\n')) {
    const heading = /^([一二三四五六七八九十]{1,3})、/.exec(line.trim());
    if (heading && !/万元|%/.test(line)) {
      section = heading[1];
      continue;
    }
    for (const m of line.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万元|%)/g)) {
      const [int, frac = ''] = m[1].replace(/,/g, '').split('.');
      const normalized = `${Number(int)}.${(frac + '00').slice(0, Math.max(2, frac.length))}${m[2]}`;
      out.set(section, [...(out.get(section) ?? []), normalized]);
    }
  }
  return out;
}

/** Multiset difference: what `wanted` holds that `have` lacks. */
function missingFrom(have: string[], wanted: string[]): string[] {
  const pool = [...have];
  const missing: string[] = [];
  for (const w of wanted) {
    const i = pool.indexOf(w);
    if (i >= 0) pool.splice(i, 1);
    else missing.push(w);
  }
  return missing;
}

const docOf = (s: SeedNarrative): BudgetDocument => recognizeWorkbook(seedWorkbook(s.seed, 'sheets'));

describe.each(seedNarratives.map((s) => [s.seed.key, s] as const))('seed %s: the draft states every figure of the published 二 to 六', (_key, s) => {
  const doc = docOf(s);
  const draft = draftNarrative(doc, s.inputs);
  const published = figuresBySection(s.text);
  const generated = figuresBySection(draft.text);

  it.each(['二', '三', '四', '五', '六'] as SectionId[])('section %s', (id) => {
    const wanted = published.get(id) ?? [];
    expect(wanted.length).toBeGreaterThan(2);
    expect(missingFrom(generated.get(id) ?? [], wanted)).toEqual([]);
  });

  it('drafts the ten sections with the standard titles', () => {
    expect(draft.sections.map((x) => `${x.id}、${x.title}`)).toEqual([
      '一、部门预算收支数据变动情况及原因',
      '二、收入预算情况说明',
      '三、支出预算情况说明',
      '四、财政拨款收支预算总体情况说明',
      '五、一般公共预算支出情况说明',
      '六、一般公共预算基本支出情况说明',
      '七、“三公”经费增减变动原因说明',
      '八、机关运行经费增减变动原因说明',
      '九、政府采购情况',
      '十、绩效管理情况',
    ]);
  });

  it('also states the figures of 一, 七 (where there is one) and 九 as published', () => {
    for (const id of ['一', '七', '九']) {
      expect(missingFrom(generated.get(id) ?? [], published.get(id) ?? [])).toEqual([]);
    }
  });
});

describe('seed 000: the published text is wrong about 机关运行经费', () => {
  const s = seedNarratives[0];
  const doc = docOf(s);

  it('the draft gives 表11’s 154.37 and the change from last year’s 155.73', () => {
    const eight = draftNarrative(doc, s.inputs).sections.find((x) => x.id === '八')!.text;
    expect(eight).toBe(
      '2023年晋中市行政审批服务管理局机关运行经费财政拨款预算154.37万元，比上年减少1.36万元，下降0.87%，主要原因是公用经费标准降低。',
    );
  });

  it('the check flags the published 154.36 as an error naming 表11’s cell', () => {
    const findings = checkNarrativeText(doc, s.text).filter((f) => f.rule === 'N.amount');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', cells: ['表11!B6'], expected: '154.37', actual: '154.36', difference: '0.01' }),
    ]);
    expect(findings[0].message).toMatch(/机关运行经费154\.36万元/);
  });
});

describe('the published texts checked against their own tables', () => {
  const summary = (s: SeedNarrative, withInputs: boolean) =>
    checkNarrativeText(docOf(s), s.text, withInputs ? { inputs: s.inputs } : {}).map((f) => `${f.severity} ${f.rule}`);

  it('seed 000: the 154.36 error, the 类 name slip in 五, and 五’s change without a reason', () => {
    const expected = ['warning N.name', 'error N.amount', 'warning N.reason'];
    expect(summary(seedNarratives[0], false)).toEqual(expected);
    expect(summary(seedNarratives[0], true)).toEqual(expected);
  });

  it('seed 003: only 五’s change without a reason (2.7% and 4.3% are right at one decimal)', () => {
    expect(summary(seedNarratives[1], false)).toEqual(['warning N.reason']);
    expect(summary(seedNarratives[1], true)).toEqual(['warning N.reason']);
  });

  it('the same on the stacked layout', () => {
    for (const s of seedNarratives) {
      const stacked = recognizeWorkbook(seedWorkbook(s.seed, 'stacked'));
      expect(checkNarrativeText(stacked, s.text).map((f) => f.rule)).toEqual(checkNarrativeText(docOf(s), s.text).map((f) => f.rule));
    }
  });

  it('the drafts, with a reason for 五, check clean except for the 国有资产 section they do not draft', () => {
    for (const s of seedNarratives) {
      const inputs = { ...s.inputs, reasons: { ...s.inputs.reasons, 五: '人员结构调整' } };
      const doc = docOf(s);
      const findings = checkNarrativeText(doc, draftNarrative(doc, inputs).text, { inputs });
      expect(findings.map((f) => `${f.severity} ${f.rule} ${f.message}`)).toEqual([
        'warning N.section 情况说明缺少“十一、国有资产占有使用情况”部分。请补上这一节。',
      ]);
    }
  });
});
