import { SimWorkbook, createExcelNamespace, type SimExcelNamespace } from '../../src/excel-sim';
import type { WorkbookGrid } from '../../src/domain/grid/types';
import type { SimOptions } from '../../src/excel-sim';

export function makeSim(init?: WorkbookGrid, options?: SimOptions): { sim: SimWorkbook; Excel: SimExcelNamespace } {
  const sim = new SimWorkbook(init, options);
  return { sim, Excel: createExcelNamespace(sim) };
}

/** Resolves to the rejection of a promise (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; name: string; debugInfo: { errorLocation?: string }; traceMessages: string[] }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the promise to reject');
}

/** What a synchronous call throws. */
export function thrown(fn: () => unknown): { code: string; message: string; name: string } {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the call to throw');
}
