import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../excel/port';
import type { CellTarget } from '../lib/cellTarget';

/** Selecting a finding's cells in the workbook, with a Chinese message when that fails. */
export function useSelectCells(port: WorkbookPort): { select: (target: CellTarget) => void; error?: string } {
  const [error, setError] = useState<string>();
  const select = useCallback(
    (target: CellTarget) => {
      setError(undefined);
      port.select(target.sheet, target.address).catch(() => {
        setError(`无法选中 ${target.sheet}!${target.address}：工作表可能已改名或删除。请重新检查后再试。`);
      });
    },
    [port],
  );
  return { select, error };
}
