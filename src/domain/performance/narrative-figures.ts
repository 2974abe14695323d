import { analyzeNarrativeText, type TextFigure } from '../narrative/text/figures';

/**
 * What a figure of 情况说明 十、绩效管理情况 is about:
 * projects — the projects under performance targets (表12 and the forms);
 * forms — the published 项目绩效目标(表) themselves;
 * total / general / fund — their funds: all, or the 一般公共预算 / 政府性基金 part;
 * formFunds — the funds of the published forms (涉及年度资金总额…, or an amount right after "公开项目绩效目标N个").
 */
export type StatedAbout = 'projects' | 'forms' | 'total' | 'general' | 'fund' | 'formFunds';

export interface StatedFigure {
  kind: 'count' | 'amount';
  about: StatedAbout;
  figure: TextFigure;
}

/** A breakdown by kind of project (其他运转类项目9个, 特定目标类项目0个) is not the whole. */
const SUBCATEGORY = /类/;

function countAbout(f: TextFigure): StatedAbout | undefined {
  if (SUBCATEGORY.test(f.label)) return undefined;
  if (/绩效目标表?$/.test(f.label)) return 'forms';
  if (/项目$/.test(f.label) || /^项目/.test(f.after)) return 'projects';
  return undefined;
}

function amountAbout(f: TextFigure, previous: TextFigure | undefined): StatedAbout | undefined {
  if (SUBCATEGORY.test(f.label)) return undefined;
  const countBefore = previous && previous.kind === 'count' && previous.sentenceStart === f.sentenceStart ? previous : undefined;
  // "其他运转类项目9个，涉及金额509.88万元": the amount of the breakdown before it.
  if (countBefore && SUBCATEGORY.test(countBefore.label)) return undefined;
  if (/年度资金|绩效目标表/.test(f.label) || (countBefore && countAbout(countBefore) === 'forms')) return 'formFunds';
  if (/一般公共预算/.test(f.label)) return 'general';
  if (/政府性基金/.test(f.label)) return 'fund';
  if (/国有资本|财政专户|单位资金/.test(f.label)) return undefined;
  return 'total';
}

/**
 * The project counts and amounts that 十、绩效管理情况 states ("实行绩效目标管理的项目14个，
 * 涉及一般公共预算当年拨款745.08万元", "公开项目绩效目标9个"), without the breakdowns by kind of
 * project and the figures inside a "主要原因…" clause.
 */
export function statedPerformanceFigures(text: string): StatedFigure[] {
  const analysis = analyzeNarrativeText(text);
  const out: StatedFigure[] = [];
  let previous: TextFigure | undefined;
  for (const f of analysis.figures) {
    if (f.sectionId !== '十' || f.inReason) {
      previous = f;
      continue;
    }
    if (f.kind === 'count') {
      const about = countAbout(f);
      if (about) out.push({ kind: 'count', about, figure: f });
    } else if (f.kind === 'amount' && f.role === 'main') {
      const about = amountAbout(f, previous);
      if (about) out.push({ kind: 'amount', about, figure: f });
    }
    previous = f;
  }
  return out;
}
