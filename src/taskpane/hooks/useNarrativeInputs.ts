import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkbookGrid } from '../../domain/grid/types';
import { formatAmount } from '../../domain/money';
import { INPUT_FIELDS, type NarrativeInputs } from '../../domain/narrative';
import { readInputAmount } from '../../domain/narrative/inputs';
import { workbookInputs } from '../lib/analysis';

export type InputValues = Record<string, string>;

function valuesOf(inputs: NarrativeInputs): InputValues {
  const out: InputValues = {};
  for (const field of INPUT_FIELDS) {
    const v = field.get(inputs);
    out[field.path] = v === undefined ? '' : typeof v === 'string' ? v : formatAmount(v, { places: 2, thousands: false });
  }
  return out;
}

/** The form's text as inputs; a field that is not a usable amount gets a message and is left out. */
export function parseInputValues(values: InputValues): { inputs: NarrativeInputs; errors: Record<string, string> } {
  const inputs: NarrativeInputs = {};
  const errors: Record<string, string> = {};
  for (const field of INPUT_FIELDS) {
    const raw = (values[field.path] ?? '').trim();
    if (raw === '') continue;
    if (field.kind === 'text') {
      field.set(inputs, raw);
      continue;
    }
    const reading = readInputAmount(raw);
    if (reading.ok) field.set(inputs, reading.value);
    else errors[field.path] = `${reading.message}。`;
  }
  return { inputs, errors };
}

export interface NarrativeInputsState {
  values: InputValues;
  setValue(path: string, value: string): void;
  inputs: NarrativeInputs;
  errors: Record<string, string>;
  /** The form differs from the workbook's 上年数 sheet. */
  dirty: boolean;
  /** The inputs sheet the form was read from. */
  sheet?: string;
  /** Problems in the sheet's cells (when the form follows the sheet). */
  sheetProblems: string[];
  markSaved(): void;
}

/**
 * The prior-year figures and reasons: read from the workbook's 上年数 sheet and kept in
 * step with it until the user edits the form; then the form wins until saved.
 */
export function useNarrativeInputs(grid: WorkbookGrid | undefined): NarrativeInputsState {
  const fromWorkbook = useMemo(() => (grid ? workbookInputs(grid) : undefined), [grid]);
  const [values, setValues] = useState<InputValues>(() => valuesOf(fromWorkbook?.inputs ?? {}));
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!dirty && fromWorkbook) setValues(valuesOf(fromWorkbook.inputs));
  }, [fromWorkbook, dirty]);

  const setValue = useCallback((path: string, value: string) => {
    setDirty(true);
    setValues((old) => ({ ...old, [path]: value }));
  }, []);
  const markSaved = useCallback(() => setDirty(false), []);
  const parsed = useMemo(() => parseInputValues(values), [values]);
  return {
    values,
    setValue,
    inputs: parsed.inputs,
    errors: parsed.errors,
    dirty,
    sheet: fromWorkbook?.sheet,
    sheetProblems: dirty ? [] : (fromWorkbook?.problems ?? []),
    markSaved,
  };
}
