import type { RecognitionProblem } from '../../src/domain/model/types';
import { recognizePerformanceForms } from '../../src/domain/performance';
import { recognizeWorkbook } from '../../src/domain/recognize';

/**
 * A 情况说明 that points to the forms ("七、绩效目标 详见单位的项目绩效目标表", as the
 * Shanghai 项目经费情况说明 do) holds no 绩效目标表: no form, no recognition warning.
 */
const narrativeSheet = (lines: string[]) => ({ name: '情况说明', values: lines.map((l) => [l]) });

describe('a reference to the 项目绩效目标表 in the text', () => {
  it.each(['详见单位的项目绩效目标表', '（见附件：项目支出绩效目标表）', '具体见项目绩效目标表'])('“%s” is not a form title', (line) => {
    const problems: RecognitionProblem[] = [];
    const sheet = narrativeSheet(['项目经费情况说明 / 科技创新专项经费情况说明 / 七、绩效目标', line, '', '项目经费情况说明 / 生命健康专项经费情况说明 / 一、项目概述', '推动生命健康产业高质量发展。']);
    expect(recognizePerformanceForms({ sheets: [sheet] }, problems)).toEqual([]);
    expect(problems).toEqual([]);
    expect(recognizeWorkbook({ sheets: [sheet] }).problems.filter((p) => /绩效目标表/.test(p.message))).toEqual([]);
  });

  it('a real form title with nothing under it is still reported', () => {
    const problems: RecognitionProblem[] = [];
    recognizePerformanceForms({ sheets: [narrativeSheet(['2025年项目支出绩效目标表', '', '说明：另行公开。'])] }, problems);
    expect(problems).toEqual([expect.objectContaining({ sheet: '情况说明', range: 'A1', message: expect.stringContaining('下面没有读到“项目名称”和“年度资金总额”') })]);
  });
});
