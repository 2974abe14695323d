import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../domain/findings/types';
import type { FindingGroup } from '../../domain/rules';
import { tableName } from '../../domain/rules';
import { parseCellRef, selectionTarget, type CellTarget } from '../lib/cellTarget';

const SEVERITY: Record<Severity, { label: string; color: 'danger' | 'warning' | 'informative' }> = {
  error: { label: '错误', color: 'danger' },
  warning: { label: '警告', color: 'warning' },
  info: { label: '提示', color: 'informative' },
};
const MAX_CELL_LINKS = 6;

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: '0' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: '0' },
  heading: { margin: '0', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: '0',
  },
  finding: {
    margin: '0',
    padding: '0',
    border: 'none',
    backgroundColor: 'transparent',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    cursor: 'pointer',
    textAlign: 'left',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  numbers: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  cells: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: '0', alignItems: 'baseline' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function numbersText(f: Finding): string | undefined {
  if (f.expected === undefined && f.actual === undefined) return undefined;
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`应为 ${f.expected}`);
  if (f.actual !== undefined) parts.push(`实为 ${f.actual}`);
  if (f.difference !== undefined) parts.push(`差额 ${f.difference}`);
  if (f.tolerance !== undefined) parts.push(`允许 ±${f.tolerance}`);
  return parts.join('，');
}

function groupTitle(group: FindingGroup): string {
  return group.table ? tableName(group.table) : '其他（不在已识别的表内）';
}

export interface FindingListProps {
  groups: FindingGroup[];
  onSelect: (target: CellTarget) => void;
  /** Accessible name of the whole list. */
  label: string;
}

function Group({ group, onSelect }: { group: FindingGroup; onSelect: (target: CellTarget) => void }) {
  const styles = useStyles();
  return (
    <section className={styles.group} data-testid={`group-${group.severity}`}>
      <Subtitle2 as="h3" className={styles.heading}>
        <Badge appearance="filled" color={SEVERITY[group.severity].color} size="small">
          {SEVERITY[group.severity].label}
        </Badge>
        <span>{groupTitle(group)}</span>
      </Subtitle2>
      <ul className={styles.list}>
        {group.findings.map((finding, i) => (
          <FindingItem key={`${finding.rule}:${i}`} finding={finding} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Findings by severity then table; activating one (click, Enter, Space) selects its cells
 * in the workbook. 提示 (尾差 within rounding and the like) are folded away under errors
 * and warnings, which are what needs fixing.
 */
export function FindingList({ groups, onSelect, label }: FindingListProps) {
  const styles = useStyles();
  const main = groups.filter((g) => g.severity !== 'info');
  const infos = groups.filter((g) => g.severity === 'info');
  const infoCount = infos.reduce((n, g) => n + g.findings.length, 0);
  return (
    <div className={styles.groups} role="region" aria-label={label}>
      {main.map((group) => (
        <Group key={`${group.severity}:${group.table ?? '~'}`} group={group} onSelect={onSelect} />
      ))}
      {infoCount > 0 && (
        <Accordion collapsible defaultOpenItems={main.length === 0 ? ['infos'] : []}>
          <AccordionItem value="infos">
            <AccordionHeader size="small">
              {infoCount} 个提示（四舍五入尾差等，一般无需修改）
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.groups}>
                {infos.map((group) => (
                  <Group key={`info:${group.table ?? '~'}`} group={group} onSelect={onSelect} />
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}

function FindingItem({ finding, onSelect }: { finding: Finding; onSelect: (target: CellTarget) => void }) {
  const styles = useStyles();
  const target = selectionTarget(finding.cells);
  const numbers = numbersText(finding);
  const cells = finding.cells.slice(0, MAX_CELL_LINKS);
  return (
    <li className={styles.item} data-testid="finding" data-rule={finding.rule} data-severity={finding.severity}>
      <button
        type="button"
        className={styles.finding}
        onClick={() => target && onSelect(target)}
        aria-disabled={target ? undefined : true}
        title={target ? `在表格中选中 ${target.sheet}!${target.address}` : undefined}
      >
        <span>{finding.message}</span>
        {numbers && <span className={styles.numbers}>{numbers}</span>}
        {finding.cells.length === 1 && <span className={styles.muted}>单元格：{finding.cells[0]}</span>}
      </button>
      {finding.cells.length > 1 && (
        <div className={styles.cells}>
          <Caption1 className={styles.muted}>单元格：</Caption1>
          {cells.map((cell) => {
            const at = parseCellRef(cell);
            return at ? (
              <Link key={cell} as="button" onClick={() => onSelect(at)}>
                {cell}
              </Link>
            ) : (
              <Caption1 key={cell}>{cell}</Caption1>
            );
          })}
          {finding.cells.length > MAX_CELL_LINKS && <Caption1 className={styles.muted}>等 {finding.cells.length} 个</Caption1>}
        </div>
      )}
    </li>
  );
}
