import type Decimal from 'decimal.js';
import { Badge, Body1, Caption1, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { TableId } from '../../domain/model/types';
import type { Overview, SharePart } from '../../domain/overview';
import { usePaneStyles } from '../components/styles';
import type { LiveWorkbook } from '../hooks/useLiveWorkbook';
import { percent, tableLabel, timeText, wan } from '../lib/format';

const useStyles = makeStyles({
  list: { margin: '0', padding: '0', listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
  label: { overflowWrap: 'anywhere' },
  amount: { fontVariantNumeric: 'tabular-nums', textAlign: 'right', whiteSpace: 'nowrap' },
  share: { fontVariantNumeric: 'tabular-nums', textAlign: 'right', whiteSpace: 'nowrap', minWidth: '4.5em', color: tokens.colorNeutralForeground2 },
  zero: { color: tokens.colorNeutralForeground3 },
  bar: { gridColumn: '1 / -1', height: '3px', marginTop: '1px', marginBottom: tokens.spacingVerticalXXS, borderRadius: '2px', backgroundColor: tokens.colorNeutralBackground5 },
  barFill: { height: '100%', borderRadius: '2px', backgroundColor: tokens.colorBrandBackground },
  totals: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  big: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
});

function NotFound({ table }: { table: TableId }) {
  const styles = usePaneStyles();
  return <Caption1 className={styles.muted}>未找到{tableLabel(table)}</Caption1>;
}

function Unreadable() {
  const styles = usePaneStyles();
  return <span className={styles.muted}>无法读取</span>;
}

function Amount({ value }: { value: Decimal | undefined }) {
  const styles = useStyles();
  return value === undefined ? <Unreadable /> : <span className={styles.amount}>{wan(value)}</span>;
}

function ShareLines({ parts, label }: { parts: SharePart[]; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {parts.map((p) => (
        <li key={p.label} className={`${styles.line} ${p.amount.isZero() ? styles.zero : ''}`} data-testid="share-line">
          <span className={styles.label}>{p.label}</span>
          <span className={styles.amount}>{wan(p.amount)}</span>
          <span className={styles.share}>{p.share === undefined ? '—' : percent(p.share)}</span>
          {p.share !== undefined && !p.amount.isZero() && (
            <span className={styles.bar} aria-hidden="true">
              <span className={styles.barFill} style={{ display: 'block', width: `${Math.min(100, Math.max(0, p.share.toNumber()))}%` }} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Section({ title, table, children, testId }: { title: string; table?: TableId; children: ReactNode; testId: string }) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} data-testid={testId} aria-label={title}>
      <Subtitle2 as="h3" className={styles.sectionTitle}>
        <span>{title}</span>
        {table && <Caption1 className={styles.muted}>{tableLabel(table)} · 万元</Caption1>}
      </Subtitle2>
      {children}
    </section>
  );
}

function TotalsSection({ overview }: { overview: Overview }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  if (overview.missing.includes('T01')) {
    return (
      <Section title="收支总计" table="T01" testId="overview-totals">
        <NotFound table="T01" />
      </Section>
    );
  }
  const { balanced, difference } = overview;
  return (
    <Section title="收支总计" table="T01" testId="overview-totals">
      <div className={styles.totals}>
        <span>收入总计</span>
        <span className={styles.big} data-testid="income-total">{overview.incomeTotal ? wan(overview.incomeTotal) : '无法读取'}</span>
        <span>支出总计</span>
        <span className={styles.big} data-testid="expenditure-total">{overview.expenditureTotal ? wan(overview.expenditureTotal) : '无法读取'}</span>
      </div>
      <div className={pane.row} data-testid="balance">
        {balanced === undefined ? (
          <Caption1 className={pane.muted}>收入或支出总计无法读取，不能判断是否平衡</Caption1>
        ) : balanced ? (
          <Badge appearance="tint" color="success">
            {difference && !difference.isZero() ? `平衡（尾差 ${wan(difference.abs())} 万元）` : '收支平衡'}
          </Badge>
        ) : (
          <Badge appearance="filled" color="danger">
            不平衡 差额 {wan(difference!)} 万元
          </Badge>
        )}
      </div>
    </Section>
  );
}

function ExpenditureSection({ overview }: { overview: Overview }) {
  const e = overview.expenditure;
  return (
    <Section title="支出结构（基本/项目）" table="T03" testId="overview-expenditure">
      {!e ? (
        <NotFound table="T03" />
      ) : (
        <>
          <ShareLines label="基本支出与项目支出" parts={[e.basic, e.project].filter((p): p is SharePart => p !== undefined)} />
          <Caption1>
            支出合计 <Amount value={e.total} />
          </Caption1>
        </>
      )}
    </Section>
  );
}

function ClassesSection({ overview }: { overview: Overview }) {
  const pane = usePaneStyles();
  if (!overview.classes) {
    return (
      <Section title="一般公共预算支出（按类）" table="T05" testId="overview-classes">
        <NotFound table="T05" />
      </Section>
    );
  }
  const shown = overview.classes.filter((c) => !c.amount.isZero());
  return (
    <Section title="一般公共预算支出（按类）" table="T05" testId="overview-classes">
      {shown.length > 0 ? <ShareLines label="一般公共预算支出各类占比" parts={shown} /> : <Caption1 className={pane.muted}>各类支出都还是 0</Caption1>}
      <Caption1>
        合计 <Amount value={overview.generalTotal} />
      </Caption1>
    </Section>
  );
}

function ThreePublicSection({ overview }: { overview: Overview }) {
  const styles = useStyles();
  const t = overview.threePublic;
  const lines: [string, Decimal | undefined][] = t
    ? [
        ['因公出国（境）费', t.abroad],
        ['公务接待费', t.reception],
        ['公务用车购置费', t.vehiclePurchase],
        ['公务用车运行维护费', t.vehicleOperation],
      ]
    : [];
  return (
    <Section title="“三公”经费与机关运行经费" testId="overview-three-public">
      {t ? (
        <div className={styles.totals}>
          <strong>“三公”经费合计（表10）</strong>
          <strong className={styles.amount}>{t.total ? wan(t.total) : '无法读取'}</strong>
          {lines.map(([label, value]) => (
            <AmountLine key={label} label={label} value={value} />
          ))}
        </div>
      ) : (
        <NotFound table="T10" />
      )}
      {overview.missing.includes('T11') ? (
        <NotFound table="T11" />
      ) : (
        <div className={styles.totals}>
          <strong>机关运行经费（表11）</strong>
          <strong className={styles.amount} data-testid="operating-costs">{overview.operatingCosts ? wan(overview.operatingCosts) : '无法读取'}</strong>
        </div>
      )}
    </Section>
  );
}

function AmountLine({ label, value }: { label: string; value: Decimal | undefined }) {
  const styles = useStyles();
  return (
    <>
      <span className={value?.isZero() ? styles.zero : undefined}>{label}</span>
      <span className={`${styles.amount} ${value?.isZero() ? styles.zero : ''}`}>{value ? wan(value) : '无法读取'}</span>
    </>
  );
}

export function OverviewTab({ live }: { live: LiveWorkbook }) {
  const pane = usePaneStyles();
  const overview = live.reading?.analysis.overview;

  if (!live.reading) {
    return live.error ? <Body1 role="alert">{live.error}</Body1> : <Spinner size="small" label="正在读取工作簿…" />;
  }
  const found = live.reading.doc.tables.length;
  return (
    <div className={pane.stack} data-testid="overview">
      <div className={pane.row} aria-live="polite">
        <Caption1 className={pane.muted}>
          {found > 0 ? `识别到 ${found} 张表` : '还没有识别到预算公开表，可先在“插入表格”中插入'}
          {overview?.year ? ` · ${overview.year}年` : ''} · 单位：万元 · 更新于 {timeText(live.reading.readAt)}
        </Caption1>
        {live.loading && <Spinner size="extra-tiny" aria-label="正在更新" />}
      </div>
      {live.error && <Body1 role="alert">{live.error}</Body1>}
      {overview && (
        <>
          <TotalsSection overview={overview} />
          <Section title="收入结构" table="T01" testId="overview-income">
            {overview.income ? <ShareLines label="收入来源及占比" parts={overview.income} /> : <NotFound table="T01" />}
          </Section>
          <ExpenditureSection overview={overview} />
          <Section title="财政拨款（按资金来源）" table="T04" testId="overview-appropriation">
            {overview.appropriation ? <ShareLines label="财政拨款各来源占比" parts={overview.appropriation.parts} /> : <NotFound table="T04" />}
          </Section>
          <ClassesSection overview={overview} />
          <ThreePublicSection overview={overview} />
        </>
      )}
    </div>
  );
}
