import { SimWorkbook, createExcelNamespace } from '../../src/excel-sim';
import { simError } from '../../src/excel-sim/errors';
import type { ExcelApi } from '../../src/excel/excel-api';
import { OFFICE_ERROR_GUIDANCE, WriteNotUndoneError, errorMessage, officeErrorText } from '../../src/excel/office-errors';
import { createOfficeWorkbook } from '../../src/excel/office-workbook';
import { userSheet } from './helpers';

/** The sim's Excel.run, with context.sync() number n (1-based, over the whole port) failing with failAt(n). */
function failingSyncs(sim: SimWorkbook, failAt: (n: number) => Error | undefined): { excel: ExcelApi; syncs: () => number } {
  const excel = createExcelNamespace(sim);
  let n = 0;
  const run = (work: (context: Excel.RequestContext) => Promise<unknown>) =>
    excel.run(async (context: Excel.RequestContext) => {
      const sync = context.sync.bind(context);
      const wrapped = new Proxy(context, {
        get(target, prop, receiver) {
          if (prop !== 'sync') return Reflect.get(target, prop, receiver);
          return async () => {
            n += 1;
            const error = failAt(n);
            if (error) throw error;
            return sync();
          };
        },
      });
      return work(wrapped);
    });
  return { excel: { run } as unknown as ExcelApi, syncs: () => n };
}

// As in the other adapter tests: ExcelSim has no getMergedAreasOrNullObject (ExcelApi 1.13).
const allSets = () => false;

/** Shaped like OfficeExtension.Error as office.js rejects with it (name "RichApi.Error", a code). */
const hostError = (code: string, message = 'host text') => Object.assign(new Error(message), { name: 'RichApi.Error', code });

describe('Office errors are told by their code', () => {
  test.each([
    ['ItemNotFound', '找不到要操作的工作表或单元格区域'],
    ['InvalidArgument', 'Excel 不接受这次操作的内容'],
    ['AccessDenied', '没有修改这个工作簿的权限'],
    ['GeneralException', 'Excel 处理请求时内部出错'],
    ['InvalidOperation', 'Excel 当前不允许这项操作'],
    ['RangeExceedsLimit', '一次要处理的单元格太多'],
    ['NotImplemented', '当前的 Excel 版本不支持这项操作'],
    ['PropertyNotLoaded', '加载项内部出错'],
  ])('%s', (code, guidance) => {
    const text = errorMessage(hostError(code));
    expect(text.startsWith(guidance)).toBe(true);
    expect(text.endsWith(`（Excel 错误代码：${code}）`)).toBe(true);
  });

  test('codes the sim cannot raise are mapped too (InsertDeleteConflict, cell edit mode)', () => {
    expect(errorMessage(hostError('InsertDeleteConflict'))).toBe(`${OFFICE_ERROR_GUIDANCE.InsertDeleteConflict}（Excel 错误代码：InsertDeleteConflict）`);
    expect(errorMessage(hostError('InvalidOperationInCellEditMode'))).toMatch(/^Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑/);
    expect(errorMessage(hostError('SomeNewCode'))).toBe('Excel 没有完成这项操作。请稍后重试；如果反复出现，请保存工作簿后重新打开加载项。（Excel 错误代码：SomeNewCode）');
  });

  test('a Chinese Excel’s own message does not replace the guidance (the old check looked for Chinese characters)', () => {
    const localized = Object.assign(new Error('请求的资源不存在。'), { name: 'RichApi.Error', code: 'ItemNotFound' });
    expect(errorMessage(localized)).toBe(`${OFFICE_ERROR_GUIDANCE.ItemNotFound}（Excel 错误代码：ItemNotFound）`);
  });

  test('an error raised by the sim through the port keeps its code up to the message', async () => {
    const sim = new SimWorkbook({ sheets: [userSheet()] });
    const { excel } = failingSyncs(sim, () => undefined);
    const port = createOfficeWorkbook(excel, { isSetSupported: allSets });
    const error = await port.select('没有这张表', 'A1').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(officeErrorText(error)).toBe(`${OFFICE_ERROR_GUIDANCE.ItemNotFound}（Excel 错误代码：ItemNotFound）`);
  });

  test('the add-in’s own refusals are shown as written; runtime errors are said to be the add-in’s', () => {
    expect(errorMessage(new Error('请至少选择一张表。'))).toBe('请至少选择一张表。');
    // A Node-style code is no Office code.
    expect(errorMessage(Object.assign(new Error('工作簿已关闭'), { code: 'ENOENT' }))).toBe('工作簿已关闭');
    expect(errorMessage(new TypeError("Cannot read properties of undefined (reading 'values')"))).toBe(
      "操作没有完成（TypeError: Cannot read properties of undefined (reading 'values')）。请稍后重试；如果反复出现，请保存工作簿后重新打开加载项。",
    );
    expect(errorMessage('x')).toBe('操作没有完成（x）。请稍后重试；如果反复出现，请保存工作簿后重新打开加载项。');
  });
});

describe('no swallowed errors in the workbook adapter', () => {
  test('reading: a payload error while loading number formats falls back to reading without them', async () => {
    const sim = new SimWorkbook({ sheets: [userSheet()] });
    // sync 1: sheet names; sync 2: used ranges with number formats and merges.
    const { excel } = failingSyncs(sim, (n) => (n === 2 ? simError('ResponsePayloadSizeLimitExceeded') : undefined));
    const grid = await createOfficeWorkbook(excel, { isSetSupported: allSets }).readWorkbook();
    expect(grid.sheets[0].values[2]).toEqual(['001', '办公用品', 1200.5, '已付']);
    expect(grid.sheets[0].numberFormats).toBeUndefined();
  });

  test('reading: any other failure there reaches the user (it used to be swallowed by the fallback)', async () => {
    const sim = new SimWorkbook({ sheets: [userSheet()] });
    const { excel } = failingSyncs(sim, (n) => (n === 2 ? simError('GeneralException') : undefined));
    await expect(createOfficeWorkbook(excel, { isSetSupported: allSets }).readWorkbook()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  const block = { sheet: 'Sheet1', origin: { row: 20, col: 0 }, grid: { values: [['新表'], [1]] } };

  async function writeSyncCount(): Promise<number> {
    const sim = new SimWorkbook({ sheets: [userSheet()] });
    const counting = failingSyncs(sim, () => undefined);
    await createOfficeWorkbook(counting.excel, { isSetSupported: allSets }).write({ newSheets: [], blocks: [block] });
    return counting.syncs();
  }

  test('writing: a failed write whose undo ran is reported as the write error, and the cells are empty again', async () => {
    // The last sync puts the events setting back; the one before it sends the writes.
    const writeSync = (await writeSyncCount()) - 1;
    const sim = new SimWorkbook({ sheets: [userSheet()] });
    const { excel } = failingSyncs(sim, (n) => (n === writeSync ? simError('InvalidOperation') : undefined));
    const error = await createOfficeWorkbook(excel, { isSetSupported: allSets })
      .write({ newSheets: [], blocks: [block] })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: 'InvalidOperation' });
    expect(sim.toGrid().sheets[0].values.length).toBe(userSheet().values.length);
  });

  test('writing: when the undo cannot run either, the message says the target may hold part of the write', async () => {
    const writeSync = (await writeSyncCount()) - 1;
    const sim = new SimWorkbook({ sheets: [userSheet()] });
    const { excel } = failingSyncs(sim, (n) => (n >= writeSync ? simError('InvalidOperation') : undefined));
    const error = await createOfficeWorkbook(excel, { isSetSupported: allSets })
      .write({ newSheets: [], blocks: [block] })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(WriteNotUndoneError);
    expect(errorMessage(error)).toBe(
      `写入没有完成，而且已写入的部分没能撤销：${OFFICE_ERROR_GUIDANCE.InvalidOperation}（Excel 错误代码：InvalidOperation） 请检查目标位置，清除残留的内容后再试。`,
    );
    expect((error as WriteNotUndoneError).cause).toMatchObject({ code: 'InvalidOperation' });
  });
});
