import { Button, Caption1, Checkbox, Combobox, Field, Input, MessageBar, MessageBarBody, Option, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { PlacementRefusedError } from '../../domain/placement';
import type { BudgetDocument, TableId } from '../../domain/model/types';
import { tableName } from '../../domain/rules';
import { isGovernmentFundCode } from '../../domain/templates';
import type { WorkbookPort } from '../../excel/port';
import { usePaneCatalog } from '../hooks/usePaneCatalog';
import { searchSubjects } from '../lib/catalog';
import { errorText, tableLabel } from '../lib/format';
import { planSubjectAddition } from '../lib/placement';
import { usePaneStyles } from './styles';

const SUBJECT_TABLES: readonly TableId[] = ['T02', 'T03', 'T05', 'T08'];

const useStyles = makeStyles({
  combo: { width: '100%', minWidth: '0' },
  targets: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** The tables a 功能分类 code normally goes into: 表2 and 表3 always, 表5 or 表8 by funding source. */
export function defaultTargets(code: string, present: readonly TableId[]): TableId[] {
  const wanted: TableId[] = ['T02', 'T03', isGovernmentFundCode(code) ? 'T08' : 'T05'];
  return wanted.filter((id) => present.includes(id));
}

type Notice = { intent: 'success' | 'error' | 'warning'; text: string };

/** A 科目 to add: from the catalogue, or typed by code when the (partial) catalogue lacks it. */
interface Subject {
  code: string;
  name: string;
  inCatalogue: boolean;
}

const TYPED_CODE = /^2\d{4}(\d{2})?$/;

export interface SubjectPickerProps {
  port: WorkbookPort;
  doc: BudgetDocument | undefined;
  onAdded: () => Promise<void>;
}

/** 科目 picker: search the catalogue by code or name, add the 项 (with its 类 and 款) to the chosen tables. */
export function SubjectPicker({ port, doc, onAdded }: SubjectPickerProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const [query, setQuery] = useState('');
  const [entry, setEntry] = useState<Subject>();
  /** Names the user types for codes the catalogue does not have (asked by the planner). */
  const [names, setNames] = useState<Record<string, string>>({});
  const [needNames, setNeedNames] = useState<string[]>([]);
  const [targets, setTargets] = useState<TableId[]>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const paneCatalog = usePaneCatalog();
  const catalog = paneCatalog.current.catalog;
  const year = doc?.year;
  const present = useMemo(() => SUBJECT_TABLES.filter((id) => doc?.tables.some((t) => t.id === id)), [doc]);
  const matches = useMemo(() => searchSubjects(query, year, 40, catalog), [query, year, catalog]);
  const typedCode = query.trim();
  const offerTyped = TYPED_CODE.test(typedCode) && !matches.some((m) => m.code === typedCode);
  const chosenTargets = (targets ?? (entry ? defaultTargets(entry.code, present) : [])).filter((id) => present.includes(id));

  async function add() {
    if (!entry) return;
    setBusy(true);
    setNotice(undefined);
    const done: string[] = [];
    const failed: string[] = [];
    try {
      for (const id of chosenTargets) {
        // Read again before each table: an insertion moves the rows of anything below it.
        const grid = await port.readWorkbook();
        const reading = paneCatalog.read(grid);
        const current = reading.doc;
        const table = current.tables.find((t) => t.id === id);
        const sheet = table && grid.sheets.find((s) => s.name === table.sheet);
        if (!table || !sheet) {
          failed.push(`${tableLabel(id)}：工作簿中找不到这张表`);
          continue;
        }
        try {
          const typedNames = Object.fromEntries(Object.entries(names).filter(([, n]) => n.trim() !== ''));
          const insertion = planSubjectAddition(table, sheet, entry.code, reading.catalog.catalog, current.year ?? year ?? new Date().getFullYear(), typedNames);
          if (insertion.rows.length === 0 && insertion.cells.length === 0) {
            failed.push(`${tableLabel(id)}：已有 ${entry.code}，未重复添加`);
            continue;
          }
          await port.insertRows(insertion);
          done.push(tableLabel(id));
        } catch (e) {
          if (e instanceof PlacementRefusedError && e.reason === 'needsName') {
            setNeedNames(e.needNames);
            setNotice({ intent: 'warning', text: `${e.message}（在下方填写后再点“添加”）` });
            return;
          }
          failed.push(`${tableLabel(id)}：${errorText(e)}`);
        }
      }
      setNeedNames([]);
      if (done.length > 0) await onAdded();
      const label = entry.inCatalogue ? `${entry.code} ${entry.name}` : `${entry.code} ${names[entry.code]?.trim() ?? ''}`;
      const ok = done.length > 0 ? `已在${done.join('、')}中添加 ${label}（含所属类、款，合计公式已包含新行）。` : '';
      const bad = failed.length > 0 ? `未添加：${failed.join('；')}` : '';
      setNotice({ intent: failed.length === 0 ? 'success' : done.length > 0 ? 'warning' : 'error', text: [ok, bad].filter(Boolean).join(' ') });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  if (present.length === 0) {
    return <Caption1 className={pane.muted}>工作簿中还没有表2、表3、表5 或表8。插入表格后可在这里添加科目。</Caption1>;
  }

  return (
    <div className={pane.stack} data-testid="subject-picker">
      <Field label="科目（输入编码或名称查找）" size="small">
        <Combobox
          className={styles.combo}
          size="small"
          freeform
          placeholder="如 2101101 或 医疗"
          value={query}
          selectedOptions={entry ? [entry.code] : []}
          onChange={(e) => {
            setQuery(e.target.value);
            setEntry(undefined);
            setTargets(undefined);
            setNeedNames([]);
          }}
          onOptionSelect={(_, data) => {
            if (data.optionValue === `typed:${typedCode}`) {
              setEntry({ code: typedCode, name: '', inCatalogue: false });
              setNeedNames([typedCode]);
              setTargets(undefined);
              return;
            }
            const picked = matches.find((m) => m.code === data.optionValue);
            if (!picked) return;
            setEntry({ code: picked.code, name: picked.name, inCatalogue: true });
            setTargets(undefined);
            setQuery(`${picked.code} ${picked.name}`);
          }}
        >
          {matches.map((m) => (
            <Option key={m.code} value={m.code} text={`${m.code} ${m.name}`}>
              {`${m.code} ${m.name}（${m.level}）`}
            </Option>
          ))}
          {offerTyped && !entry ? (
            <Option key="typed" value={`typed:${typedCode}`} text={typedCode}>
              {`添加 ${typedCode}（目录中没有，需填写名称）`}
            </Option>
          ) : null}
          {query.trim() !== '' && matches.length === 0 && !offerTyped && !entry ? (
            <Option key="none" value="" text="" disabled>
              目录中没有找到，请换个编码或名称
            </Option>
          ) : null}
        </Combobox>
      </Field>
      {needNames.map((code) => (
        <Field key={code} label={`科目 ${code} 的名称`} size="small" hint={`${paneCatalog.current.imported ? '导入的科目表' : '内置科目目录'}中没有此编码，请按《政府收支分类科目》填写`}>
          <Input size="small" value={names[code] ?? ''} onChange={(_, d) => setNames((old) => ({ ...old, [code]: d.value }))} />
        </Field>
      ))}
      <div role="group" aria-label="添加到哪些表" className={styles.targets}>
        {present.map((id) => (
          <Checkbox
            key={id}
            label={tableName(id)}
            checked={chosenTargets.includes(id)}
            disabled={!entry}
            onChange={(_, d) => setTargets((d.checked === true ? [...chosenTargets, id] : chosenTargets.filter((x) => x !== id)))}
          />
        ))}
      </div>
      <div className={pane.row}>
        <Button
          appearance="primary"
          onClick={add}
          disabled={!entry || busy || chosenTargets.length === 0 || needNames.some((code) => !(names[code] ?? '').trim())}
        >
          添加
        </Button>
        {busy && <Spinner size="tiny" label="正在添加…" />}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="subject-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
