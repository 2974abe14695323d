import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGrid } from '../../domain/grid/types';
import type { BudgetDocument } from '../../domain/model/types';
import { recognizeWorkbook } from '../../domain/recognize';
import type { WorkbookPort } from '../../excel/port';
import { errorText } from '../lib/format';
import { LiveRefresher } from '../lib/liveRefresher';

export interface WorkbookReading {
  grid: WorkbookGrid;
  doc: BudgetDocument;
  readAt: Date;
}

export interface LiveWorkbook {
  reading?: WorkbookReading;
  /** A read is under way. */
  loading: boolean;
  error?: string;
  /** Edits seen since the pane opened (the check tab compares it with the count at its last check). */
  edits: number;
  /** Reads now, e.g. after the add-in's own writes (which do not fire onChanged). */
  refresh(): Promise<void>;
}

export function readDocument(grid: WorkbookGrid): WorkbookReading {
  return { grid, doc: recognizeWorkbook(grid), readAt: new Date() };
}

/**
 * The workbook as the pane sees it, kept current: after the user edits cells, one
 * readWorkbook per debounced refresh (see LiveRefresher). While `enabled` is false (no
 * tab needs it) edits only mark the reading stale.
 */
export function useLiveWorkbook(port: WorkbookPort | null, enabled: boolean): LiveWorkbook {
  const [reading, setReading] = useState<WorkbookReading>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [edits, setEdits] = useState(0);
  const refresher = useRef<LiveRefresher<WorkbookGrid> | null>(null);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;

  useEffect(() => {
    if (!port) return undefined;
    let active = true;
    const live = new LiveRefresher<WorkbookGrid>(
      async () => {
        if (active) setLoading(true);
        return port.readWorkbook();
      },
      (outcome) => {
        if (!active) return;
        setLoading(false);
        if (outcome.ok) {
          try {
            setReading(readDocument(outcome.value));
            setError(undefined);
          } catch (e) {
            setError(`无法识别工作簿中的表格：${errorText(e)}`);
          }
        } else {
          setError(`读取工作簿失败：${errorText(outcome.error)}`);
        }
      },
      enabledRef.current,
    );
    refresher.current = live;
    let unsubscribe: (() => Promise<void>) | undefined;
    port
      .onChanged(() => {
        setEdits((n) => n + 1);
        live.changed();
      })
      .then(
        (off) => {
          if (active) unsubscribe = off;
          else void off().catch(() => undefined);
        },
        (e) => active && setError(`无法跟踪单元格修改（概览不会自动更新）：${errorText(e)}`),
      );
    return () => {
      active = false;
      live.dispose();
      refresher.current = null;
      void unsubscribe?.().catch(() => undefined);
    };
  }, [port]);

  useEffect(() => {
    refresher.current?.setEnabled(enabled);
  }, [enabled, port]);

  const refresh = useCallback(() => refresher.current?.refreshNow() ?? Promise.resolve(), []);
  return { reading, loading, error, edits, refresh };
}
