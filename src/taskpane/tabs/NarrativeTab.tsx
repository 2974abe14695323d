import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { groupFindings } from '../../domain/rules';
import { draftNarrative } from '../../domain/narrative';
import type { WorkbookPort } from '../../excel/port';
import { DraftPreview } from '../components/DraftPreview';
import { FindingList } from '../components/FindingList';
import { NarrativeInputsForm } from '../components/NarrativeInputsForm';
import { usePaneStyles } from '../components/styles';
import type { LiveWorkbook } from '../hooks/useLiveWorkbook';
import { useNarrativeInputs } from '../hooks/useNarrativeInputs';
import { useSelectCells } from '../hooks/useSelectCells';
import { narrativeSheetFindings } from '../lib/analysis';
import { copyText } from '../lib/clipboard';
import { errorText, summaryText } from '../lib/format';
import { planInputsWrite, planNarrativeWrite } from '../lib/sheetWrites';
import { summarize } from '../../domain/findings/types';

type Notice = { intent: 'success' | 'error' | 'warning' | 'info'; text: string } | undefined;

export function NarrativeTab({ port, live }: { port: WorkbookPort; live: LiveWorkbook }) {
  const pane = usePaneStyles();
  const reading = live.reading;
  const inputs = useNarrativeInputs(reading?.grid);
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string>();
  const select = useSelectCells(port);

  const draft = useMemo(() => (reading ? draftNarrative(reading.doc, inputs.inputs) : undefined), [reading, inputs.inputs]);
  const textCheck = useMemo(() => {
    if (!reading) return undefined;
    const checked = narrativeSheetFindings(reading.grid, reading.doc, inputs.inputs);
    return checked && { sheet: checked.sheet, groups: groupFindings(checked.findings, reading.doc), summary: summarize(checked.findings) };
  }, [reading, inputs.inputs]);

  if (!reading || !draft) {
    return live.error ? <Body1 role="alert">{live.error}</Body1> : <Spinner size="small" label="正在读取工作簿…" />;
  }

  /** Runs a workbook action; its text (if any) is the success message. */
  async function run(action: () => Promise<string | null>) {
    setBusy(true);
    setNotice(undefined);
    try {
      const text = await action();
      if (text) setNotice({ intent: 'success', text });
    } catch (e) {
      setNotice({ intent: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  const saveInputs = () =>
    run(async () => {
      const grid = await port.readWorkbook();
      const plan = planInputsWrite(grid, inputs.inputs, inputs.sheet);
      await port.write(plan.request);
      await live.refresh();
      inputs.markSaved();
      return `已保存到“${plan.sheet}”工作表。`;
    });

  const writeNarrative = (mode: 'ask' | 'overwrite' | 'newSheet') =>
    run(async () => {
      const grid = await port.readWorkbook();
      const plan = planNarrativeWrite(grid, draft, reading.doc.year, mode);
      if (plan.kind === 'exists') {
        setConfirming(plan.sheet);
        return null;
      }
      setConfirming(undefined);
      await port.write(plan.request);
      await live.refresh();
      return mode === 'overwrite' ? `已用新草稿覆盖“${plan.sheet}”工作表。` : `已写入新工作表“${plan.sheet}”。`;
    });

  const copy = () =>
    run(async () => {
      if (await copyText(draft.text)) return '已复制，可粘贴到 Word 中。';
      throw new Error('浏览器不允许复制。请点击下方文字，按 Ctrl+A 全选后按 Ctrl+C 复制。');
    });

  const hasErrors = Object.keys(inputs.errors).length > 0;
  return (
    <div className={pane.stack} data-testid="narrative">
      <Caption1 className={pane.muted}>
        上年数和增减原因保存在工作簿的“{inputs.sheet ?? '上年数'}”工作表中；下方草稿随表格和此处的填写实时更新。
      </Caption1>
      <NarrativeInputsForm state={inputs} />
      {inputs.sheetProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{inputs.sheetProblems.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={pane.row}>
        <Button onClick={saveInputs} disabled={busy || hasErrors} appearance={inputs.dirty ? 'primary' : 'secondary'}>
          保存到工作簿
        </Button>
        {inputs.dirty && <Caption1 className={pane.muted}>有未保存的修改</Caption1>}
      </div>

      <Subtitle2 as="h3">草稿</Subtitle2>
      <Caption1 className={pane.muted} aria-live="polite">
        {draft.placeholders.length > 0 ? `还有 ${draft.placeholders.length} 处需要填写（黄色标出）。` : '没有待填写的内容。'}
      </Caption1>
      <DraftPreview draft={draft} />
      <div className={pane.row}>
        <Button appearance="primary" onClick={() => writeNarrative('ask')} disabled={busy}>
          写入“情况说明”工作表
        </Button>
        <Button onClick={copy} disabled={busy}>
          复制
        </Button>
        {busy && <Spinner size="tiny" aria-label="正在处理" />}
      </div>
      {confirming && (
        <MessageBar intent="warning" layout="multiline" data-testid="narrative-confirm">
          <MessageBarBody>
            <MessageBarTitle>工作簿中已有“{confirming}”工作表</MessageBarTitle>
            覆盖会替换其中的全部文字（包括您手工修改过的内容）。
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => writeNarrative('overwrite')}>
              覆盖
            </Button>
            <Button size="small" onClick={() => writeNarrative('newSheet')}>
              另存为新表
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setConfirming(undefined)}>
              取消
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="narrative-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h3">文字与表格核对</Subtitle2>
      {select.error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{select.error}</MessageBarBody>
        </MessageBar>
      )}
      {textCheck ? (
        <>
          <Body1 data-testid="narrative-check-summary">
            “{textCheck.sheet}”工作表：{summaryText(textCheck.summary)}
          </Body1>
          {textCheck.groups.length > 0 && <FindingList groups={textCheck.groups} onSelect={select.select} label="文字与表格核对结果" />}
        </>
      ) : (
        <Caption1 className={pane.muted}>工作簿中还没有“情况说明”工作表；写入后（或粘贴已有文字后）这里会列出与表格不一致的数字。</Caption1>
      )}
    </div>
  );
}
