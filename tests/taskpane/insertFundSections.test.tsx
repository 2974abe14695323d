/** @jest-environment jsdom */
import { act } from 'react';
import type { SheetGrid } from '../../src/domain/grid/types';
import { FakePort } from './fakePort';
import { mountWorkbench, sleep } from './workbenchHarness';

const pane = mountWorkbench();

function fundInput(): HTMLInputElement {
  const input = pane.container.querySelector<HTMLInputElement>('input[data-testid="fund-sections"]');
  if (!input) throw new Error('no 政府性基金科目（款） field');
  return input;
}

async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function clickInsert(): Promise<void> {
  const button = Array.from(pane.container.querySelectorAll('button')).find((b) => b.textContent === '插入');
  if (!button) throw new Error('no 插入 button');
  await act(async () => {
    button.click();
    await sleep(50);
  });
}

/** 科目编码 cells (column A) of a written sheet. */
function codes(sheet: SheetGrid | undefined): string[] {
  return (sheet?.values ?? []).map((r) => r?.[0]).filter((v): v is string => typeof v === 'string' && /^\d{3,7}$/.test(v));
}

describe('插入预算公开表: 政府性基金科目（款） (jsdom)', () => {
  test('prefilled with the default list; by default 2080505 goes to 表5', async () => {
    const port = new FakePort({ sheets: [{ name: 'Sheet1', values: [] }] });
    await pane.render(port, 20);
    expect(fundInput().value).toBe('21208,22960,20822,234');
    await clickInsert();
    expect(port.writes).toHaveLength(1);
    const sheets = port.writes[0].newSheets;
    expect(codes(sheets.find((s) => s.name === '表5'))).toContain('2080505');
    expect(codes(sheets.find((s) => s.name === '表8'))).toEqual([]);
  });

  test('the setting reaches the insert: codes under a 款 typed there are written to 表8, not 表5', async () => {
    const port = new FakePort({ sheets: [{ name: 'Sheet1', values: [] }] });
    await pane.render(port, 20);
    await type(fundInput(), '21208，20805');
    await clickInsert();
    expect(port.writes).toHaveLength(1);
    const sheets = port.writes[0].newSheets;
    expect(codes(sheets.find((s) => s.name === '表8'))).toEqual(['208', '20805', '2080501', '2080505']);
    expect(codes(sheets.find((s) => s.name === '表5'))).not.toContain('2080505');
  });

  test('a wrong entry is said in Chinese and nothing is written', async () => {
    const port = new FakePort({ sheets: [{ name: 'Sheet1', values: [] }] });
    await pane.render(port, 20);
    await type(fundInput(), '21208,基金');
    await clickInsert();
    expect(port.writes).toHaveLength(0);
    expect(pane.container.querySelector('[data-testid="insert-notice"]')?.textContent).toMatch(/政府性基金科目“基金”不是3、5或7位数字/);
  });
});
