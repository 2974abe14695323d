/** @jest-environment jsdom */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { useLiveWorkbook } from '../../src/taskpane/hooks/useLiveWorkbook';
import type { WorkbookGrid } from '../../src/domain/grid/types';
import { OFFICE_ERROR_GUIDANCE } from '../../src/excel/office-errors';
import { seed000, seedWorkbook } from '../fixtures/seeds/build';
import { FakePort } from './fakePort';
import { mountWorkbench, sleep } from './workbenchHarness';

/** A FakePort whose reads fail with `failure` while it is set (as Office.js rejects: RichApi.Error with a code). */
class FailingPort extends FakePort {
  failure: Error | undefined;
  override async readWorkbook(): Promise<WorkbookGrid> {
    if (this.failure) {
      this.reads += 1;
      throw this.failure;
    }
    return super.readWorkbook();
  }
}

jest.mock('../../src/domain/recognize', () => {
  const actual = jest.requireActual('../../src/domain/recognize');
  return { ...actual, recognizeWorkbook: jest.fn(actual.recognizeWorkbook) };
});

const hostError = (code: string) => Object.assign(new Error('The requested resource doesn’t exist.'), { name: 'RichApi.Error', code });

const pane = mountWorkbench();

function alertText(): string {
  return Array.from(pane.container.querySelectorAll('[role="alert"]'))
    .map((n) => n.textContent ?? '')
    .join('\n');
}

function text(testId: string): string {
  return pane.container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
}

async function edit(port: FakePort): Promise<void> {
  await act(async () => {
    port.userEdit('表1', 0, 10, '备注');
    await sleep(700);
  });
}

describe('live overview when a read fails (jsdom)', () => {
  test('a failed refresh says so, with the mapped Office guidance, and keeps the last overview with its time', async () => {
    const port = new FailingPort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' }));
    await pane.render(port);
    await act(async () => pane.container.querySelector<HTMLElement>('#tab-overview')!.click());
    await act(async () => sleep(50));
    expect(text('income-total')).toBe('2,692.83');
    expect(alertText()).toBe('');

    port.failure = hostError('AccessDenied');
    await edit(port);
    expect(port.reads).toBe(2);
    expect(alertText()).toMatch(
      new RegExp(`^读取工作簿失败，下面仍是 \\d\\d:\\d\\d:\\d\\d 读取的结果：${OFFICE_ERROR_GUIDANCE.AccessDenied}（Excel 错误代码：AccessDenied）$`),
    );
    // The last good overview stays on screen.
    expect(text('income-total')).toBe('2,692.83');

    port.failure = undefined;
    await edit(port);
    expect(port.reads).toBe(3);
    expect(alertText()).toBe('');
  });

  test('a first read that fails shows the guidance instead of a spinner', async () => {
    const port = new FailingPort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' }));
    port.failure = hostError('ItemNotFound');
    await pane.render(port);
    await act(async () => pane.container.querySelector<HTMLElement>('#tab-overview')!.click());
    await act(async () => sleep(50));
    // (every tab that needs the reading says it)
    const lines = new Set(alertText().split('\n'));
    expect([...lines]).toEqual([`读取工作簿失败：${OFFICE_ERROR_GUIDANCE.ItemNotFound}（Excel 错误代码：ItemNotFound）`]);
  });
});

function LiveProbe({ port, catalogSheet }: { port: FakePort; catalogSheet?: string }) {
  const live = useLiveWorkbook(port, true, catalogSheet);
  return (
    <div>
      <span data-testid="probe-error">{live.error ?? ''}</span>
      <span data-testid="probe-tables">{live.reading ? String(live.reading.doc.tables.length) : ''}</span>
    </div>
  );
}

describe('live workbook when another 科目 sheet is chosen', () => {
  test('a failed re-recognition says so and keeps the last reading (it used to be swallowed)', async () => {
    const port = new FakePort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' }));
    const host = document.createElement('div');
    const root = createRoot(host);
    const probe = (id: string) => host.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
    await act(async () => {
      root.render(<LiveProbe port={port} />);
      await sleep(50);
    });
    const tables = probe('probe-tables');
    expect(Number(tables)).toBeGreaterThan(0);

    jest.mocked(recognizeWorkbook).mockImplementationOnce(() => {
      throw new Error('表1 的表头无法识别。');
    });
    await act(async () => root.render(<LiveProbe port={port} catalogSheet="表13" />));
    expect(port.reads).toBe(1); // no new read: the last grid, recognized again
    expect(probe('probe-error')).toMatch(/^换用所选科目表或规则包重新识别失败，下面仍是 \d\d:\d\d:\d\d 读取的结果：表1 的表头无法识别。$/);
    expect(probe('probe-tables')).toBe(tables);

    await act(async () => root.render(<LiveProbe port={port} />));
    expect(probe('probe-error')).toBe('');
    await act(async () => root.unmount());
  });
});

describe('selecting a finding’s cells when Excel refuses (jsdom)', () => {
  async function checkAndClickFirstError(port: FakePort): Promise<string> {
    await pane.render(port);
    await act(async () => pane.container.querySelector<HTMLElement>('#tab-check')!.click());
    const run = Array.from(pane.container.querySelectorAll('button')).find((b) => b.textContent === '检查')!;
    await act(async () => {
      run.click();
      await sleep(50);
    });
    const finding = pane.container.querySelector('[data-testid="finding"][data-severity="error"] button') as HTMLButtonElement;
    await act(async () => {
      finding.click();
      await sleep(10);
    });
    return pane.container.textContent ?? '';
  }

  function brokenBalance(): FailingPort {
    const port = new FailingPort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' }));
    const t01 = port.grid.sheets.find((s) => s.name === '表1')!;
    const row = t01.values.findIndex((r) => r.includes('支出总计'));
    t01.values[row][t01.values[row].indexOf('支出总计') + 1] = 2700.5;
    return port;
  }

  test('Excel in cell edit mode: the reason by its code, not “the sheet was renamed”', async () => {
    const port = brokenBalance();
    port.select = async () => {
      throw hostError('InvalidOperationInCellEditMode');
    };
    expect(await checkAndClickFirstError(port)).toMatch(
      new RegExp(`无法选中 [^：]+：${OFFICE_ERROR_GUIDANCE.InvalidOperationInCellEditMode}（Excel 错误代码：InvalidOperationInCellEditMode）`),
    );
  });

  test('a sheet that is gone (ItemNotFound)', async () => {
    const port = brokenBalance();
    port.select = async () => {
      throw hostError('ItemNotFound');
    };
    expect(await checkAndClickFirstError(port)).toMatch(/无法选中 [^：]+：工作表可能已改名或删除。请重新检查后再试。/);
  });
});
