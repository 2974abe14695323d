import { createContext, useContext } from 'react';
import type { WorkbookGrid } from '../../domain/grid/types';
import type { RulePack } from '../../domain/rules';
import { paneCatalog, type WorkbookCatalog } from '../lib/catalog';
import { readDocument, type WorkbookReading } from './useLiveWorkbook';

/** The 科目 catalogue of this pane session, shared by every tab (held by the Workbench). */
export interface PaneCatalog {
  current: WorkbookCatalog;
  /** The sheet the user imported (undefined: the workbook's own 科目/科目表 sheet, if any). */
  chosenSheet?: string;
  choose(sheet: string): void;
  /** A rule pack file chosen in the check tab, applied after the workbook's 规则 sheet. */
  rulesFile?: RulePack;
  chooseRulesFile(pack: RulePack | undefined): void;
  /** A fresh read analyzed with the session's catalogue (its sheet re-imported from this grid) and rule packs. */
  read(grid: WorkbookGrid, year?: number): WorkbookReading;
}

const PaneCatalogContext = createContext<PaneCatalog>({
  get current() {
    return { catalog: paneCatalog() };
  },
  choose: () => undefined,
  chooseRulesFile: () => undefined,
  read: (grid, year) => readDocument(grid, undefined, undefined, year),
});

export const PaneCatalogProvider = PaneCatalogContext.Provider;

export function usePaneCatalog(): PaneCatalog {
  return useContext(PaneCatalogContext);
}
