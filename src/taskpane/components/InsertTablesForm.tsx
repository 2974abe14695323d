import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { TABLE_IDS, type TableId } from '../../domain/model/types';
import { tableName } from '../../domain/rules';
import { DEFAULT_CODES, DEFAULT_FUND_SECTIONS, defaultFormat, type TemplateFormat, type TemplateOptions } from '../../domain/templates';
import { OverwriteRefusedError, type OccupiedCells, type WorkbookPort } from '../../excel/port';
import { errorText } from '../lib/format';
import { planTableInsertion } from '../lib/placement';
import { OccupiedNotice } from './OccupiedNotice';
import { usePaneStyles } from './styles';

export const YEARS = [2023, 2024, 2025, 2026] as const;

const useStyles = makeStyles({
  tables: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', columnGap: tokens.spacingHorizontalS, minWidth: '0' },
  control: { width: '100%', minWidth: '0' },
});

function defaultYear(now = new Date()): number {
  const next = now.getFullYear() + 1;
  return Math.min(Math.max(next, YEARS[0]), YEARS[YEARS.length - 1]);
}

type Where = 'sheets' | 'selection';
type Notice = { intent: 'success' | 'error' | 'info'; text: string };

export interface InsertTablesFormProps {
  port: WorkbookPort;
  /** Department and year read from tables already in the workbook, to prefill. */
  department?: string;
  year?: number;
  onInserted: () => Promise<void>;
}

export function InsertTablesForm({ port, department: knownDepartment, year: knownYear, onInserted }: InsertTablesFormProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const [chosenYear, setYear] = useState<number>();
  const year = chosenYear ?? (knownYear !== undefined && (YEARS as readonly number[]).includes(knownYear) ? knownYear : defaultYear());
  const [format, setFormat] = useState<TemplateFormat | undefined>();
  const [department, setDepartment] = useState<string>();
  const [which, setWhich] = useState<'all' | 'some'>('all');
  const [chosen, setChosen] = useState<TableId[]>([...TABLE_IDS]);
  const [withCodes, setWithCodes] = useState(true);
  const [fundSectionsText, setFundSectionsText] = useState(DEFAULT_FUND_SECTIONS.join(','));
  const [where, setWhere] = useState<Where>('sheets');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [occupied, setOccupied] = useState<OccupiedCells[]>();

  const effectiveFormat = format ?? defaultFormat(year);
  const departmentText = department ?? knownDepartment ?? '';
  const tables = which === 'all' ? [...TABLE_IDS] : TABLE_IDS.filter((id) => chosen.includes(id));

  async function insert(at: Where) {
    setBusy(true);
    setNotice(undefined);
    setOccupied(undefined);
    try {
      const options: TemplateOptions & { tables: TableId[] } = {
        year,
        department: departmentText.trim(),
        format: effectiveFormat,
        tables,
        ...(withCodes ? {} : { codes: [] }),
        fundSections: fundSectionsText.split(/[,，、\s]+/).filter(Boolean),
      };
      const existing = await port.sheetNames();
      let placeText = '新建工作表';
      let target: Parameters<typeof planTableInsertion>[1] = { kind: 'newSheets' };
      if (at === 'selection') {
        const selection = await port.getSelection();
        target = { kind: 'at', sheet: selection.sheet, row: selection.range.top, col: selection.range.left };
        placeText = `工作表“${selection.sheet}”${selection.address.split(':')[0]} 起`;
      }
      const plan = planTableInsertion(options, target, existing);
      const taken = plan.blocks.length > 0 ? (await port.findOccupied(plan.blocks)).filter((o) => o.count > 0) : [];
      if (taken.length > 0) {
        setOccupied(taken);
        return;
      }
      await port.write({ newSheets: plan.newSheets, blocks: plan.blocks, activate: plan.activate });
      const sheetList = plan.newSheets.map((s) => s.name);
      setNotice({
        intent: 'success',
        text:
          `已插入 ${tables.length} 张表（${placeText}）` +
          (sheetList.length > 0 ? `：${sheetList.join('、')}。` : '。') +
          '金额填在空白单元格中，类、款、合计由公式自动计算。',
      });
      await onInserted();
    } catch (e) {
      if (e instanceof OverwriteRefusedError) setOccupied(e.occupied.filter((o) => o.count > 0));
      else setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: TableId, on: boolean) => setChosen((old) => (on ? [...old, id] : old.filter((x) => x !== id)));

  return (
    <form
      className={pane.stack}
      aria-label="插入预算公开表"
      onSubmit={(e) => {
        e.preventDefault();
        void insert(where);
      }}
    >
      <div className={pane.row}>
        <Field label="预算年度" size="small">
          <Select size="small" value={String(year)} onChange={(_, d) => setYear(Number(d.value))} aria-label="预算年度">
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </Select>
        </Field>
        <Field label="表样" size="small" hint={format ? undefined : '按年度默认'}>
          <Select size="small" value={effectiveFormat} onChange={(_, d) => setFormat(d.value as TemplateFormat)} aria-label="表样">
            <option value="2023">2023版</option>
            <option value="2024">2024版</option>
          </Select>
        </Field>
      </div>
      <Field label="部门名称" size="small" hint={departmentText.trim() ? undefined : '可先空着，插入后在表头“部门名称：”后填写'}>
        <Input className={styles.control} size="small" value={departmentText} onChange={(_, d) => setDepartment(d.value)} placeholder="如：某某市行政审批服务管理局" />
      </Field>
      <Field label="插入哪些表" size="small">
        <RadioGroup value={which} onChange={(_, d) => setWhich(d.value as 'all' | 'some')} layout="horizontal">
          <Radio value="all" label="全部13张" />
          <Radio value="some" label="选择" />
        </RadioGroup>
      </Field>
      {which === 'some' && (
        <div className={styles.tables} role="group" aria-label="选择要插入的表">
          {TABLE_IDS.map((id) => (
            <Checkbox key={id} size="medium" checked={chosen.includes(id)} onChange={(_, d) => toggle(id, d.checked === true)} label={tableName(id)} />
          ))}
        </div>
      )}
      <Checkbox
        checked={withCodes}
        onChange={(_, d) => setWithCodes(d.checked === true)}
        label={`预先列出常用科目（养老、医疗、住房公积金等 ${DEFAULT_CODES.length} 项）`}
      />
      <Field label="政府性基金科目（款）" size="small" hint="这些款（或类）下的科目列入表8，不列入表5；用逗号分隔">
        <Input
          className={styles.control}
          size="small"
          value={fundSectionsText}
          onChange={(_, d) => setFundSectionsText(d.value)}
          aria-label="政府性基金科目（款）"
          data-testid="fund-sections"
        />
      </Field>
      <Field label="插入位置" size="small">
        <RadioGroup value={where} onChange={(_, d) => setWhere(d.value as Where)}>
          <Radio value="sheets" label="新建工作表（表1…表13）" />
          <Radio value="selection" label="从当前选中的单元格开始（上下排列）" />
        </RadioGroup>
      </Field>
      <div className={pane.row}>
        <Button type="submit" appearance="primary" disabled={busy || tables.length === 0}>
          插入
        </Button>
        {busy && <Spinner size="tiny" label="正在插入…" />}
        {tables.length === 0 && <Caption1>请至少选择一张表。</Caption1>}
      </div>
      {occupied && (
        <OccupiedNotice
          occupied={occupied}
          onElsewhere={() => {
            setOccupied(undefined);
            setWhere('selection');
            setNotice({ intent: 'info', text: '请在表格中点选一块空白区域的左上角单元格，再点“插入”。不会覆盖任何已有内容。' });
          }}
          onNewSheets={() => {
            setWhere('sheets');
            void insert('sheets');
          }}
        />
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="insert-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
