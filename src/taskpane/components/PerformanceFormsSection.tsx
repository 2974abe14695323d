import { Badge, Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { BudgetDocument } from '../../domain/model/types';
import { sum } from '../../domain/money';
import type { WorkbookPort } from '../../excel/port';
import { wan } from '../lib/format';
import { usePaneAction } from '../hooks/usePaneAction';
import { createdText, planFormsWrite, selectedByDefault, t12Projects, type ProjectChoice } from '../lib/performanceForms';
import { usePaneStyles } from './styles';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '320px',
    overflowY: 'auto',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  item: { minWidth: '0' },
  // Fluent's Checkbox is max-width: fit-content; the amounts line up at the right edge only at full width.
  checkbox: { display: 'flex', width: '100%', maxWidth: 'none', minWidth: '0' },
  label: {
    flexGrow: 1,
    minWidth: '0',
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  name: { minWidth: '0', overflowWrap: 'anywhere', wordBreak: 'break-word' },
  badge: { marginLeft: tokens.spacingHorizontalXS, verticalAlign: 'text-bottom' },
  amount: { flexShrink: 0, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  code: { width: '9em', minWidth: '0' },
});


function amountText(project: ProjectChoice): string {
  if (!project.plannable) return '无合计列';
  return project.amountWan ? `${wan(project.amountWan)} 万元` : '未填金额';
}

/**
 * 绩效目标表: one new 项目支出绩效目标表 per chosen 表12 project, in new sheets, with
 * 年度资金总额 linked by formula to the project's 表12 合计 × 10,000. Projects that already
 * have a form are marked 已有 and left unchosen; choosing one again adds a second sheet, never
 * writes over the first.
 */
export function PerformanceFormsSection({ port, doc, onCreated }: { port: WorkbookPort; doc: BudgetDocument | undefined; onCreated: () => Promise<void> }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const listing = useMemo(() => (doc ? t12Projects(doc) : undefined), [doc]);
  // Only what the user changed; the rest follows selectedByDefault as the reading updates.
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [departmentCode, setDepartmentCode] = useState('');
  const { busy, notice, setNotice, run } = usePaneAction();

  if (!doc) return <Caption1 className={pane.muted}>正在读取工作簿…</Caption1>;
  if (!listing) return <Caption1 className={pane.muted}>工作簿中还没有表12（项目支出预算表）。请先插入表12并填写项目。</Caption1>;
  const { projects } = listing;
  if (projects.length === 0) return <Caption1 className={pane.muted}>表12 中还没有项目。请先在上方“添加项目”中添加，并填写金额。</Caption1>;

  const isChosen = (p: ProjectChoice) => p.plannable && (overrides.get(p.key) ?? selectedByDefault(p));
  const chosen = projects.filter(isChosen);
  const choosable = projects.filter((p) => p.plannable);
  const existing = projects.filter((p) => p.formSheet !== undefined).length;
  const allState = chosen.length === 0 ? false : chosen.length === choosable.length ? true : 'mixed';

  const choose = (changes: [string, boolean][]) =>
    setOverrides((old) => {
      const next = new Map(old);
      for (const [key, on] of changes) next.set(key, on);
      return next;
    });

  async function generate() {
    await run(async () => {
      const plan = planFormsWrite(await port.readWorkbook(), chosen.map((p) => p.key), { departmentCode });
      await port.write(plan.request);
      setOverrides(new Map());
      setNotice({ intent: 'success', text: createdText(plan.created) });
      await onCreated();
    });
  }

  return (
    <form
      className={pane.stack}
      aria-label="生成绩效目标表"
      onSubmit={(e) => {
        e.preventDefault();
        void generate();
      }}
    >
      <Caption1 className={pane.wrapText}>
        表12 共 {projects.length} 个项目{existing > 0 ? `，${existing} 个已有绩效目标表（标“已有”，默认不选）` : ''}
        。每个所选项目新建一张工作表，年度资金总额用公式链接表12 的金额。
      </Caption1>
      <div className={pane.tight}>
        <Checkbox
          checked={allState}
          onChange={(_, d) => choose(choosable.map((p) => [p.key, d.checked === true]))}
          label={`全选（已选 ${chosen.length} 个，${wan(sum(chosen.map((p) => p.amountWan)))} 万元）`}
        />
        <ul className={styles.list} aria-label="表12 的项目" data-testid="performance-projects">
          {projects.map((p) => (
            <li key={p.key} className={styles.item}>
              <Checkbox
                className={styles.checkbox}
                checked={isChosen(p)}
                disabled={!p.plannable}
                onChange={(_, d) => choose([[p.key, d.checked === true]])}
                label={{
                  className: styles.label,
                  children: (
                    <>
                      <span className={styles.name}>
                        {p.name}
                        {p.formSheet !== undefined && (
                          <Badge className={styles.badge} size="small" appearance="tint" color="informative" title={`已有：工作表“${p.formSheet}”`}>
                            已有
                          </Badge>
                        )}
                      </span>
                      <span className={styles.amount}>{amountText(p)}</span>
                    </>
                  ),
                }}
              />
            </li>
          ))}
        </ul>
      </div>
      <Field label="主管部门代码（可选）" size="small" hint="印在“主管部门及代码”中部门名称之前，如 435">
        <Input className={styles.code} size="small" value={departmentCode} onChange={(_, d) => setDepartmentCode(d.value)} />
      </Field>
      <div className={pane.row}>
        <Button type="submit" disabled={busy || chosen.length === 0}>
          为所选项目生成绩效目标表
        </Button>
        {busy && <Spinner size="tiny" label="正在生成…" />}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="performance-notice">
          <MessageBarBody className={pane.wrapText}>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
