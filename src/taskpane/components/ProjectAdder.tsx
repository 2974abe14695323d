import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { BudgetDocument, TableId } from '../../domain/model/types';
import type { WorkbookPort } from '../../excel/port';
import { usePaneCatalog } from '../hooks/usePaneCatalog';
import { tableLabel } from '../lib/format';
import { usePaneAction } from '../hooks/usePaneAction';
import { planProjectAddition } from '../lib/placement';
import { usePaneStyles } from './styles';

const PROJECT_TABLES: readonly TableId[] = ['T12', 'T13'];
const LABELS: Record<string, string> = { T12: '表12（本年预算）', T13: '表13（上年结转）' };

const useStyles = makeStyles({ input: { width: '100%', minWidth: '0' } });

/** 添加项目: a project row in 表12 or 表13, inside the range its 合计 sums. */
export function ProjectAdder({ port, doc, onAdded }: { port: WorkbookPort; doc: BudgetDocument | undefined; onAdded: () => Promise<void> }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const { read } = usePaneCatalog();
  const present = useMemo(() => PROJECT_TABLES.filter((id) => doc?.tables.some((t) => t.id === id)), [doc]);
  const [table, setTable] = useState<TableId>('T12');
  const [name, setName] = useState('');
  const { busy, notice, run } = usePaneAction();
  const target = present.includes(table) ? table : present[0];

  if (present.length === 0) return <Caption1 className={pane.muted}>工作簿中还没有表12 或表13。</Caption1>;

  async function add() {
    const project = name.trim();
    if (!project || !target) return;
    await run(async () => {
      const grid = await port.readWorkbook();
      const current = read(grid).doc.tables.find((t) => t.id === target);
      const sheet = current && grid.sheets.find((s) => s.name === current.sheet);
      if (!current || !sheet) throw new Error(`工作簿中找不到${tableLabel(target)}。`);
      await port.insertRows(planProjectAddition(current, sheet, project));
      await onAdded();
      setName('');
      return `已在${tableLabel(target)}中添加项目“${project}”，金额请填在新行中。`;
    });
  }

  return (
    <form
      className={pane.stack}
      aria-label="添加项目"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      {present.length > 1 && (
        <RadioGroup value={target} onChange={(_, d) => setTable(d.value as TableId)} aria-label="添加到哪张表">
          {present.map((id) => (
            <Radio key={id} value={id} label={LABELS[id]} />
          ))}
        </RadioGroup>
      )}
      <Field label="项目名称" size="small">
        <Input className={styles.input} size="small" value={name} onChange={(_, d) => setName(d.value)} placeholder="如：12345政府服务热线运行经费" />
      </Field>
      <div className={pane.row}>
        <Button type="submit" disabled={busy || name.trim() === ''}>
          添加项目
        </Button>
        {busy && <Spinner size="tiny" label="正在添加…" />}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="project-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
