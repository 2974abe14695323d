import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { NarrativeDraft } from '../../domain/narrative';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: '60vh',
    overflowY: 'auto',
    minWidth: '0',
  },
  heading: { margin: '0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: '0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase400, textIndent: '2em' },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, borderRadius: '2px' },
});

const PLACEHOLDER = /(【请填写[^】]*】)/;

function Paragraph({ text }: { text: string }) {
  const styles = useStyles();
  const parts = text.split(PLACEHOLDER);
  return (
    <p className={styles.paragraph}>
      {parts.map((part, i) => (PLACEHOLDER.test(part) ? <mark key={i} className={styles.placeholder}>{part}</mark> : part))}
    </p>
  );
}

/** The drafted sections, headings and paragraphs, with the 【请填写…】 gaps marked. */
export function DraftPreview({ draft }: { draft: NarrativeDraft }) {
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid="narrative-text" tabIndex={0} role="document" aria-label="情况说明草稿">
      {draft.sections.map((s) => (
        <section key={s.id} data-section={s.id}>
          <h3 className={styles.heading}>
            {s.id}、{s.title}
          </h3>
          {s.text.split('\n').map((line, i) => (line.trim() === '' ? null : <Paragraph key={i} text={line} />))}
        </section>
      ))}
      {draft.placeholders.length === 0 && <Caption1>所有内容均已填写。</Caption1>}
    </div>
  );
}
