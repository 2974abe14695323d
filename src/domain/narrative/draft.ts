import type { BudgetDocument } from '../model/types';
import { Money } from '../money';
import { makeContext, type DraftContext } from './draft-context';
import { collectFacts } from './facts';
import { listPlaceholders } from './format';
import { sectionFive, sectionSix } from './sections-general';
import { sectionFour, sectionOne, sectionThree, sectionTwo } from './sections-income';
import { sectionEight, sectionNine, sectionSeven, sectionTen } from './sections-other';
import { SECTION_IDS, SECTION_TITLES, type NarrativeDraft, type NarrativeInputs, type NarrativeOptions, type PerformanceFormSummary, type SectionId } from './types';

const WRITERS: Record<SectionId, (ctx: DraftContext) => string> = {
  一: sectionOne,
  二: sectionTwo,
  三: sectionThree,
  四: sectionFour,
  五: sectionFive,
  六: sectionSix,
  七: sectionSeven,
  八: sectionEight,
  九: sectionNine,
  十: sectionTen,
};

/** The forms the recognizer read (年度资金总额 in 元), as section 十 uses them. */
function formSummaries(doc: BudgetDocument): PerformanceFormSummary[] | undefined {
  if (!doc.forms?.length) return undefined;
  return doc.forms.map((f) => ({ projectName: f.projectName, annualFundsWan: f.annualTotal.value === null ? null : new Money(f.annualTotal.value).div(10000) }));
}

/**
 * Drafts 第三部分 sections 一 to 十 from the recognized tables and the user's inputs.
 * Figures come only from the tables and the inputs; what is missing stays a visible
 * 【请填写：…】 placeholder. Section 十 counts the workbook's 项目支出绩效目标表 (doc.forms)
 * unless `options.performanceForms` says otherwise.
 */
export function draftNarrative(doc: BudgetDocument, inputs: NarrativeInputs = {}, options: NarrativeOptions = {}): NarrativeDraft {
  const performanceForms = options.performanceForms ?? formSummaries(doc);
  const ctx = makeContext(collectFacts(doc), inputs, { ...options, ...(performanceForms ? { performanceForms } : {}) });
  const sections = SECTION_IDS.map((id) => ({ id, title: SECTION_TITLES[id], text: WRITERS[id](ctx) }));
  const text = sections.map((s) => `${s.id}、${s.title}\n${s.text}`).join('\n\n');
  return { sections, text, placeholders: listPlaceholders(text) };
}
