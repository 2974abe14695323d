import { checkNarrativeText } from '../../src/domain/narrative';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { seed003NarrativeText } from '../fixtures/narratives';
import { seed003, seedWorkbook } from '../fixtures/seeds/build';

/** Seed 003's 第一部分 as published (/work/shared/seeds/003…txt): the 预算单位 it counts. */
const PART_ONE = [
  '第一部分 概况',
  '',
  '二、机构设置情况',
  '',
  '1. 根据部门职责分工，本部门内设机构包括办公室、政务信息管理室、审批运行管理室、财务费管室、建设工程投资项目室、登记注册食药室、农林水交通运输室、社会事务室、公共资源交易管理室。',
  '',
  '本部门下属单位包括：行政审批服务管理局本级、政务服务中心、行政审批综合服务中心、12345政务热线服务中心。',
  '',
  '2. 从预算单位构成看，纳入本部门 2024年部门汇总预算编制范围的预算单位共计 1 家，即长治市屯留区行政审批服务管理局本级。',
  '',
].join('\n');

describe('预算单位 count in the text (seed 003)', () => {
  const doc = recognizeWorkbook(seedWorkbook(seed003, 'sheets'));
  const text = `${PART_ONE}\n${seed003NarrativeText}`;
  const lineCells = text.split('\n').map((_, i) => `情况说明!A${i + 1}`);
  const row = (words: string): string => `情况说明!A${text.split('\n').findIndex((l) => l.includes(words)) + 1}`;

  it('共计1家 in 二、机构设置 vs 所属1家行政、3家事业单位 in 八: one warning naming both paragraphs', () => {
    const found = checkNarrativeText(doc, text, { lineCells }).filter((f) => f.rule === 'N.units');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', actual: '1家、4家', cells: [row('预算单位共计'), row('所属1家行政')] })]);
    expect(found[0].message).toBe(
      '情况说明中预算单位的个数前后不一致：“预算单位共计1家”（二、机构设置情况）；“1家行政、3家事业单位”（八、机关运行经费增减变动原因说明，共4家）。请核对纳入部门预算的单位个数。',
    );
  });

  it('nothing else changes with 第一部分 in front of the text, and one count alone is not compared', () => {
    const rules = (t: string) => checkNarrativeText(doc, t).map((f) => `${f.severity} ${f.rule}`);
    expect([...rules(text)].sort()).toEqual([...rules(seed003NarrativeText), 'warning N.units'].sort());
    expect(rules(seed003NarrativeText)).not.toContain('warning N.units');
  });
});
