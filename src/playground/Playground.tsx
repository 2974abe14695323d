import { Button, Caption1, Select, Title3 } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGrid } from '../domain/grid/types';
import { SimWorkbook, installGlobalExcel } from '../excel-sim';
import { connectToExcel } from '../taskpane/connect';
import { detectHost } from '../taskpane/hostStatus';
import { PaneRoot } from '../taskpane/PaneRoot';
import { GridView } from './GridView';
import { sampleWorkbook, starterWorkbook } from './sampleWorkbooks';

interface Session {
  sim: SimWorkbook;
  key: number;
}

export interface PlaygroundHandle {
  sim: SimWorkbook;
  loadSample(): void;
  reset(): void;
}

declare global {
  interface Window {
    /** For the browser tests and for curious developers (devtools). */
    __playground?: PlaygroundHandle;
  }
}

let sessions = 0;

/** A fresh sim, installed as the global Excel/Office the real pane code talks to. */
function startSession(grid: WorkbookGrid): Session {
  const sim = new SimWorkbook(grid);
  installGlobalExcel(sim);
  sessions += 1;
  return { sim, key: sessions };
}

/** Redraws the grid when anything reached the sim (the pane's requests, selections, user edits). */
function useSimVersion(sim: SimWorkbook): [number, () => void] {
  const [version, setVersion] = useState(0);
  const seen = useRef('');
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    const timer = setInterval(() => {
      const mark = `${sim.stats.runs}:${sim.stats.syncs}:${sim.activeSheetName}`;
      if (mark !== seen.current) {
        seen.current = mark;
        bump();
      }
    }, 120);
    return () => clearInterval(timer);
  }, [sim, bump]);
  return [version, bump];
}

const PANE_WIDTHS = [320, 350, 450];

export function Playground() {
  const [session, setSession] = useState<Session>(() => startSession(starterWorkbook()));
  const [version, bump] = useSimVersion(session.sim);
  const [paneWidth, setPaneWidth] = useState(350);

  const loadSample = useCallback(() => setSession(startSession(sampleWorkbook())), []);
  const reset = useCallback(() => setSession(startSession(starterWorkbook())), []);

  useEffect(() => {
    window.__playground = { sim: session.sim, loadSample, reset };
  }, [session, loadSample, reset]);

  return (
    <div className="pg-root">
      <header className="pg-toolbar">
        <Title3 as="h1">预算公开助手 · 演示环境</Title3>
        <Caption1>左边是浏览器中模拟的 Excel 工作簿（ExcelSim），右边是真实的任务窗格。</Caption1>
        <span className="pg-spacer" />
        <Button size="small" onClick={loadSample}>
          载入示例数据
        </Button>
        <Button size="small" appearance="subtle" onClick={reset}>
          新建工作簿
        </Button>
        <label className="pg-width">
          <Caption1>窗格宽度</Caption1>
          <Select size="small" value={String(paneWidth)} onChange={(_, d) => setPaneWidth(Number(d.value))} aria-label="任务窗格宽度">
            {PANE_WIDTHS.map((w) => (
              <option key={w} value={w}>
                {w} px
              </option>
            ))}
          </Select>
        </label>
      </header>
      <main className="pg-main">
        <section className="pg-workbook" aria-label="工作簿" key={`wb-${session.key}`}>
          <GridView sim={session.sim} version={version} onUserAction={bump} />
        </section>
        <aside className="pg-pane" style={{ width: paneWidth }} aria-label="任务窗格" data-testid="pane-frame">
          <PaneRoot key={session.key} detectHost={detectHost} connect={connectToExcel} />
        </aside>
      </main>
    </div>
  );
}
