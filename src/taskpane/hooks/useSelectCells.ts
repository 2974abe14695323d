import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../excel/port';
import { officeErrorCode } from '../../excel/office-errors';
import type { CellTarget } from '../lib/cellTarget';
import { errorText } from '../lib/format';

/** Selecting a finding's cells in the workbook, with a Chinese message when that fails. */
export function useSelectCells(port: WorkbookPort): { select: (target: CellTarget) => void; error?: string } {
  const [error, setError] = useState<string>();
  const select = useCallback(
    (target: CellTarget) => {
      setError(undefined);
      port.select(target.sheet, target.address).catch((e: unknown) => {
        const where = `${target.sheet}!${target.address}`;
        setError(
          officeErrorCode(e) === 'ItemNotFound'
            ? `无法选中 ${where}：工作表可能已改名或删除。请重新检查后再试。`
            : `无法选中 ${where}：${errorText(e)}`,
        );
      });
    },
    [port],
  );
  return { select, error };
}
