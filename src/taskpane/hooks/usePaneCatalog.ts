import { createContext, useContext } from 'react';
import type { WorkbookGrid } from '../../domain/grid/types';
import { paneCatalog, type WorkbookCatalog } from '../lib/catalog';
import { readDocument, type WorkbookReading } from './useLiveWorkbook';

/** The 科目 catalogue of this pane session, shared by every tab (held by the Workbench). */
export interface PaneCatalog {
  current: WorkbookCatalog;
  /** The sheet the user imported (undefined: the workbook's own 科目/科目表 sheet, if any). */
  chosenSheet?: string;
  choose(sheet: string): void;
  /** A fresh read recognized with the session's catalogue (its sheet re-imported from this grid). */
  read(grid: WorkbookGrid): WorkbookReading;
}

const PaneCatalogContext = createContext<PaneCatalog>({
  get current() {
    return { catalog: paneCatalog() };
  },
  choose: () => undefined,
  read: (grid) => readDocument(grid),
});

export const PaneCatalogProvider = PaneCatalogContext.Provider;

export function usePaneCatalog(): PaneCatalog {
  return useContext(PaneCatalogContext);
}
