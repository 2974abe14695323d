import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { INPUT_FIELDS, type InputField } from '../../domain/narrative';
import type { NarrativeInputsState } from '../hooks/useNarrativeInputs';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: '0' },
  input: { width: '100%', minWidth: '0' },
});

const GROUPS: { id: string; title: string; fields: readonly InputField[] }[] = [
  { id: 'prior', title: '上年数（万元）', fields: INPUT_FIELDS.filter((f) => f.kind === 'amount' && !f.path.startsWith('procurement.')) },
  { id: 'procurement', title: '本年政府采购预算（万元）', fields: INPUT_FIELDS.filter((f) => f.path.startsWith('procurement.')) },
  { id: 'reasons', title: '增减变动的主要原因', fields: INPUT_FIELDS.filter((f) => f.kind === 'text') },
];

function InputRow({ field, state }: { field: InputField; state: NarrativeInputsState }) {
  const styles = useStyles();
  const error = state.errors[field.path];
  const value = state.values[field.path] ?? '';
  const onChange = (next: string) => state.setValue(field.path, next);
  return (
    <Field label={field.label} hint={field.note} validationState={error ? 'error' : 'none'} validationMessage={error} size="small">
      {field.kind === 'amount' ? (
        <Input
          className={styles.input}
          size="small"
          inputMode="decimal"
          value={value}
          placeholder="未填写"
          data-path={field.path}
          onChange={(_, data) => onChange(data.value)}
        />
      ) : (
        <Textarea className={styles.input} size="small" resize="vertical" value={value} placeholder="未填写（文中显示【请填写：主要原因】）" data-path={field.path} onChange={(_, data) => onChange(data.value)} />
      )}
    </Field>
  );
}

/** The inputs of the 上年数 sheet as a form, in three collapsible groups. */
export function NarrativeInputsForm({ state }: { state: NarrativeInputsState }) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible>
      {GROUPS.map((group) => (
        <AccordionItem key={group.id} value={group.id}>
          <AccordionHeader size="small">
            {group.title} · 已填 {group.fields.filter((f) => (state.values[f.path] ?? '').trim() !== '').length}/{group.fields.length}
            {group.fields.some((f) => state.errors[f.path]) ? ' · 有错误' : ''}
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>
              {group.fields.map((field) => (
                <InputRow key={field.path} field={field} state={state} />
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
