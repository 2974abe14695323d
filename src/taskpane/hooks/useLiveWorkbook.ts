import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookGrid } from '../../domain/grid/types';
import type { BudgetDocument } from '../../domain/model/types';
import { analyzeWorkbook, type WorkbookAnalysis } from '../../domain/analysis';
import type { RulePack } from '../../domain/rules';
import type { WorkbookPort } from '../../excel/port';
import { catalogForWorkbook, type WorkbookCatalog } from '../lib/catalog';
import { errorText, timeText } from '../lib/format';
import { LiveRefresher } from '../lib/liveRefresher';
import { rulesForWorkbook, type WorkbookRules } from '../lib/rule-packs';

export interface WorkbookReading {
  grid: WorkbookGrid;
  /** The grid without the imported 科目 sheet: what the tables are recognized and checked in. */
  tables: WorkbookGrid;
  doc: BudgetDocument;
  /** The one analysis (analyzeWorkbook) of the tables: findings, 未检查, overview — what the CLI computes too. */
  analysis: WorkbookAnalysis;
  readAt: Date;
  /** The 科目 catalogue the workbook was read with (imported from a sheet, or the built-in one). */
  catalog: WorkbookCatalog;
  /** The rule packs applied on top of the built-in ones (the 规则 sheet, a chosen file). */
  rules: WorkbookRules;
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

/**
 * Analyzes the tables as `budget-tables check` does; with an imported 科目 list (the chosen sheet,
 * else a 科目/科目表 sheet) its names are used, and the 规则 sheet and a chosen pack file apply.
 */
export function readDocument(grid: WorkbookGrid, catalogSheet?: string, rulesFile?: RulePack, year?: number): WorkbookReading {
  const catalog = catalogForWorkbook(grid, catalogSheet);
  const imported = catalog.imported;
  // The imported 科目 sheet is no budget table: not reported as an unreadable sheet.
  const tables = imported ? { ...grid, sheets: grid.sheets.filter((s) => s.name !== imported.sheet) } : grid;
  const rules = rulesForWorkbook(grid, rulesFile);
  const analysis = analyzeWorkbook(tables, {
    ...(imported ? { catalog: catalog.catalog } : {}),
    ...(rules.packs.length ? { packs: rules.packs } : {}),
    ...(year !== undefined ? { year } : {}),
  });
  return { grid, tables, doc: analysis.doc, analysis, readAt: new Date(), catalog, rules };
}

/**
 * The workbook as the pane sees it, kept current: after the user edits cells, one
 * readWorkbook per debounced refresh (see LiveRefresher). While `enabled` is false (no
 * tab needs it) edits only mark the reading stale.
 */
export function useLiveWorkbook(port: WorkbookPort | null, enabled: boolean, catalogSheet?: string, rulesFile?: RulePack): LiveWorkbook {
  const [reading, setReading] = useState<WorkbookReading>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [edits, setEdits] = useState(0);
  const readingRef = useRef(reading);
  readingRef.current = reading;
  const refresher = useRef<LiveRefresher<WorkbookGrid> | null>(null);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  const catalogSheetRef = useRef(catalogSheet);
  catalogSheetRef.current = catalogSheet;
  const rulesFileRef = useRef(rulesFile);
  rulesFileRef.current = rulesFile;

  useEffect(() => {
    if (!port) return undefined;
    let active = true;
    // A failed read leaves the last good reading on screen: the message says from when it is.
    const keptText = () => (readingRef.current ? `，下面仍是 ${timeText(readingRef.current.readAt)} 读取的结果` : '');
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
            setReading(readDocument(outcome.value, catalogSheetRef.current, rulesFileRef.current));
            setError(undefined);
          } catch (e) {
            setError(`无法识别工作簿中的表格${keptText()}：${errorText(e)}`);
          }
        } else {
          setError(`读取工作簿失败${keptText()}：${errorText(outcome.error)}`);
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

  // Another 科目 sheet or rule pack chosen: the last grid analyzed again with it (no new read of the workbook).
  // When that fails the last reading stays on screen, with the reason next to it.
  useEffect(() => {
    const old = readingRef.current;
    if (!old) return;
    try {
      setReading({ ...readDocument(old.grid, catalogSheet, rulesFile), readAt: old.readAt });
      setError(undefined);
    } catch (e) {
      setError(`换用所选科目表或规则包重新识别失败，下面仍是 ${timeText(old.readAt)} 读取的结果：${errorText(e)}`);
    }
  }, [catalogSheet, rulesFile]);

  const refresh = useCallback(() => refresher.current?.refreshNow() ?? Promise.resolve(), []);
  return { reading, loading, error, edits, refresh };
}
