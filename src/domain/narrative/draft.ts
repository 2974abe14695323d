import type { BudgetDocument } from '../model/types';
import { makeContext, type DraftContext } from './draft-context';
import { collectFacts } from './facts';
import { listPlaceholders } from './format';
import { sectionFive, sectionSix } from './sections-general';
import { sectionFour, sectionOne, sectionThree, sectionTwo } from './sections-income';
import { sectionEight, sectionNine, sectionSeven, sectionTen } from './sections-other';
import { SECTION_IDS, SECTION_TITLES, type NarrativeDraft, type NarrativeInputs, type NarrativeOptions, type SectionId } from './types';

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

/**
 * Drafts 第三部分 sections 一 to 十 from the recognized tables and the user's inputs.
 * Figures come only from the tables and the inputs; what is missing stays a visible
 * 【请填写：…】 placeholder.
 */
export function draftNarrative(doc: BudgetDocument, inputs: NarrativeInputs = {}, options: NarrativeOptions = {}): NarrativeDraft {
  const ctx = makeContext(collectFacts(doc), inputs, options);
  const sections = SECTION_IDS.map((id) => ({ id, title: SECTION_TITLES[id], text: WRITERS[id](ctx) }));
  const text = sections.map((s) => `${s.id}、${s.title}\n${s.text}`).join('\n\n');
  return { sections, text, placeholders: listPlaceholders(text) };
}
