import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { WorkbookPort } from '../../excel/port';
import { FindingList } from '../components/FindingList';
import { usePaneStyles } from '../components/styles';
import type { LiveWorkbook } from '../hooks/useLiveWorkbook';
import { usePaneCatalog } from '../hooks/usePaneCatalog';
import { useSelectCells } from '../hooks/useSelectCells';
import { describeCheck, type WorkbookCheck } from '../lib/analysis';
import type { WorkbookRules } from '../lib/rule-packs';
import { RulePackChooser } from '../components/RulePackChooser';
import { errorText, summaryText, timeText } from '../lib/format';

const useStyles = makeStyles({
  summary: { fontWeight: tokens.fontWeightSemibold },
  naList: { margin: '0', paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

interface CheckRun {
  result: WorkbookCheck;
  rules: WorkbookRules;
  at: Date;
  editsAtCheck: number;
}

export function CheckTab({ port, live }: { port: WorkbookPort; live: LiveWorkbook }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const [run, setRun] = useState<CheckRun>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const select = useSelectCells(port);
  const { read, rulesFile } = usePaneCatalog();
  // A rule pack chosen or dropped after a check: check again with it.
  const checkedWith = useRef(rulesFile);
  useEffect(() => {
    if (checkedWith.current === rulesFile) return;
    checkedWith.current = rulesFile;
    if (run) void check();
  });

  const [year, setYear] = useState<number>();

  async function check(chosenYear = year) {
    setRunning(true);
    setError(undefined);
    const editsAtCheck = live.edits;
    try {
      const grid = await port.readWorkbook();
      let reading = read(grid, chosenYear);
      if (chosenYear !== undefined && !reading.doc.yearSets?.years.includes(chosenYear)) {
        // That year's tables are gone from the workbook: back to the newest.
        setYear(undefined);
        reading = read(grid);
      }
      setRun({ result: describeCheck(reading.analysis), rules: reading.rules, at: reading.readAt, editsAtCheck });
    } catch (e) {
      setError(`检查没有完成：${errorText(e)}`);
    } finally {
      setRunning(false);
    }
  }

  const outdated = run !== undefined && live.edits !== run.editsAtCheck;
  const result = run?.result;
  return (
    <div className={pane.stack} data-testid="check">
      <div className={pane.row}>
        <Button appearance="primary" onClick={() => check()} disabled={running}>
          {run ? '重新检查' : '检查'}
        </Button>
        {running && <Spinner size="tiny" label="正在检查…" />}
      </div>
      {!run && !running && <Caption1 className={pane.muted}>检查整个工作簿的表内、表间勾稽关系和科目；有“情况说明”工作表时一并核对文字与表格。</Caption1>}
      <RulePackChooser disabled={running} />
      {run?.rules.problems.map((problem) => (
        <MessageBar key={problem} intent="warning" layout="multiline" data-testid="rule-pack-problem">
          <MessageBarBody>{problem}（本次检查没有使用这个规则包）</MessageBarBody>
        </MessageBar>
      ))}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {select.error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{select.error}</MessageBarBody>
        </MessageBar>
      )}
      {outdated && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>检查之后表格有修改，结果可能已过时。</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => check()} disabled={running}>
              重新检查
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {result && run && (
        <>
          <div role="status" aria-live="polite" className={pane.tight}>
            <Body1 className={styles.summary} data-testid="check-summary">
              {summaryText(result.summary)}
            </Body1>
            <Caption1 className={pane.muted}>
              检查了 {result.tablesFound} 张表{result.narrativeSheet ? `和“${result.narrativeSheet}”工作表` : ''} · {timeText(run.at)}
              {result.groups.length > 0 ? ' · 点击问题可在表格中选中相关单元格' : ''}
            </Caption1>
            <Caption1 className={pane.muted} data-testid="check-packs">
              规则包：{result.packs.join('、')}
              {run.rules.sheet ? `（含“${run.rules.sheet}”工作表）` : ''}
            </Caption1>
          </div>
          {result.years && (
            <div className={pane.row}>
              <Caption1 id="check-year-label">工作簿里有 {result.years.all.join('、')} 年的表，检查年度：</Caption1>
              <Select
                aria-labelledby="check-year-label"
                data-testid="check-year"
                value={String(result.years.checked)}
                disabled={running}
                onChange={(_, data) => {
                  const chosen = Number(data.value);
                  setYear(chosen);
                  void check(chosen);
                }}
              >
                {result.years.all.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}年
                  </option>
                ))}
              </Select>
            </div>
          )}
          {result.tablesFound === 0 && <Body1>没有识别到预算公开表。请先在“插入表格”中插入，或检查表格标题是否为“20XX年……表”。</Body1>}
          {result.groups.length > 0 && <FindingList groups={result.groups} onSelect={select.select} label="检查结果" />}
          {result.notApplicable.length > 0 && (
            <Accordion collapsible>
              <AccordionItem value="na">
                <AccordionHeader size="small">
                  <Subtitle2 as="h3">未检查（{result.notApplicable.length} 项）</Subtitle2>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.naList} data-testid="not-applicable">
                    {result.notApplicable.map((n, i) => (
                      <li key={`${n.rule}:${i}`}>
                        <Caption1>
                          {n.title}：{n.reason}
                        </Caption1>
                      </li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </>
      )}
    </div>
  );
}
