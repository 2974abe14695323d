/** @jest-environment jsdom */
import { act } from 'react';
import { seed000, seedWorkbook } from '../fixtures/seeds/build';
import { FakePort } from './fakePort';
import { mountWorkbench, sleep } from './workbenchHarness';


const pane = mountWorkbench();
const render = pane.render;


async function clickTab(id: 'insert' | 'overview' | 'check' | 'narrative') {
  const tab = pane.container.querySelector<HTMLElement>(`#tab-${id}`)!;
  await act(async () => tab.click());
}

function text(testId: string): string {
  return pane.container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
}

/** 表1 支出总计 (2023年合计): the cell after the 支出总计 label. */
function expenditureTotalCell(port: FakePort): { row: number; col: number } {
  const t01 = port.grid.sheets.find((s) => s.name === '表1')!;
  const row = t01.values.findIndex((r) => r.includes('支出总计'));
  return { row, col: t01.values[row].indexOf('支出总计') + 1 };
}

describe('Workbench with a workbook (jsdom)', () => {
  test('实时概览 follows edits: a burst of edits gives one read after the debounce', async () => {
    const port = new FakePort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' }));
    await render(port);
    await clickTab('overview');
    await act(async () => sleep(50));
    expect(port.reads).toBe(1);
    expect(port.handlerCount).toBe(1);
    expect(text('income-total')).toBe('2,692.83');
    expect(text('balance')).toBe('收支平衡');
    expect(text('overview-income')).toContain('一般公共预算2,404.1189.28%');

    const at = expenditureTotalCell(port);
    await act(async () => {
      port.userEdit('表1', at.row, at.col, 2690);
      port.userEdit('表1', at.row, at.col, 2692);
      port.userEdit('表1', at.row, at.col, 2700.5);
      await sleep(200);
    });
    expect(port.reads).toBe(1); // still waiting for the edits to stop
    await act(async () => sleep(500));
    expect(port.reads).toBe(2);
    expect(text('expenditure-total')).toBe('2,700.50');
    expect(text('balance')).toBe('不平衡 差额 -7.67 万元');
  });

  test('一键检查: summary, grouped findings, and a click selects the finding’s cells', async () => {
    const port = new FakePort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' }));
    const at = expenditureTotalCell(port);
    port.grid.sheets.find((s) => s.name === '表1')!.values[at.row][at.col] = 2700.5;
    await render(port);
    await clickTab('check');
    const readsBefore = port.reads;
    const button = Array.from(pane.container.querySelectorAll('button')).find((b) => b.textContent === '检查')!;
    await act(async () => {
      button.click();
      await sleep(50);
    });
    expect(port.reads).toBe(readsBefore + 1);
    expect(text('check-summary')).toMatch(/^\d+ 个错误/);
    const errors = pane.container.querySelectorAll('[data-testid="finding"][data-severity="error"]');
    expect(errors.length).toBeGreaterThan(0);
    const expenditureCell = `表1!${String.fromCharCode(65 + at.col)}${at.row + 1}`;
    const finding = Array.from(errors).find((f) => f.textContent?.includes(expenditureCell));
    expect(finding).toBeDefined();
    await act(async () => (finding!.querySelector('button') as HTMLButtonElement).click());
    expect(port.selections.length).toBe(1);
    expect(port.selections[0].sheet).toBe('表1');
    // The tab panel hides the other tabs' content; no reading happens while checking.
    expect(pane.container.querySelector('#panel-overview')?.hasAttribute('hidden')).toBe(true);
  });
});
