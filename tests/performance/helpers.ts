import type { Finding } from '../../src/domain/findings/types';
import type { BudgetDocument } from '../../src/domain/model/types';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { seeds } from '../fixtures/seeds/build';
import { seedForms, seedWorkbookAllInOneSheet, seedWorkbookWithForms, type FormLayout, type SeedForm } from '../fixtures/forms/build';

export type SeedKey = '000' | '003';

export function formsOf(seed: SeedKey, edit?: (forms: SeedForm[]) => void): SeedForm[] {
  const forms = JSON.parse(JSON.stringify(seedForms[seed])) as SeedForm[];
  edit?.(forms);
  return forms;
}

export function formNamed(forms: SeedForm[], name: string, nth = 0): SeedForm {
  const hit = forms.filter((f) => f.projectName === name)[nth];
  if (!hit) throw new Error(`no form ${name}`);
  return hit;
}

export type WorkbookShape = FormLayout | 'one-sheet';

/** A seed's 13 tables (one per sheet) and its forms, recognized. */
export function docWithForms(seed: SeedKey, forms: SeedForm[] = seedForms[seed], shape: WorkbookShape = 'sheets'): BudgetDocument {
  const s = seeds[seed === '000' ? 0 : 1];
  const wb = shape === 'one-sheet' ? seedWorkbookAllInOneSheet(s, forms) : seedWorkbookWithForms(s, forms, 'sheets', shape);
  return recognizeWorkbook(wb);
}

export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule} ${f.cells.join(',')}`);
}
