/** @jest-environment jsdom */
import { act } from 'react';
import type { WorkbookGrid } from '../../src/domain/grid/types';
import { seed000, seedWorkbook } from '../fixtures/seeds/build';
import { FakePort } from './fakePort';
import { mountWorkbench, sleep } from './workbenchHarness';

const NOT_IN_LIST = /不在内置科目表中（[^）]*2010308/;
const CATALOG_ROWS = [
  ['科目编码', '科目名称'],
  ['201', '一般公共服务支出'],
  ['20103', '政府办公厅（室）及相关机构事务'],
  ['2010308', '信访事务'],
];

const pane = mountWorkbench();

/** seed000 with its 2010306 row turned into 2010308 信访事务 (a code the built-in list lacks), plus a 科目 sheet. */
function workbookWith信访(catalogSheet: string): WorkbookGrid {
  const grid = seedWorkbook(seed000, 'sheets', { amountsAs: 'number' });
  for (const sheet of grid.sheets) {
    for (const row of sheet.values) {
      const at = row.indexOf('2010306');
      if (at >= 0) {
        row[at] = '2010308';
        if (row[at + 1] === '政务公开审批') row[at + 1] = '信访事务';
      }
    }
  }
  grid.sheets.push({ name: catalogSheet, values: CATALOG_ROWS.map((r) => [...r]) });
  return grid;
}

const render = (port: FakePort) => pane.render(port, 50);

function text(testId: string): string {
  return pane.container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
}

function button(label: string): HTMLButtonElement {
  const found = Array.from(pane.container.querySelectorAll('button')).find((b) => b.textContent === label);
  if (!found) throw new Error(`no button ${label}`);
  return found as HTMLButtonElement;
}

async function searchPicker(query: string): Promise<string[]> {
  const input = pane.container.querySelector<HTMLInputElement>('[data-testid="subject-picker"] input')!;
  await act(async () => {
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await sleep(10);
  });
  return Array.from(document.querySelectorAll('[role="option"]')).map((o) => o.textContent ?? '');
}

async function check(): Promise<string> {
  await act(async () => (pane.container.querySelector('#tab-check') as HTMLElement).click());
  await act(async () => {
    button(pane.container.querySelector('[data-testid="check-summary"]') ? '重新检查' : '检查').click();
    await sleep(50);
  });
  const tips = Array.from(pane.container.querySelectorAll('button')).find((b) => /个提示/.test(b.textContent ?? ''));
  if (tips && tips.getAttribute('aria-expanded') !== 'true') await act(async () => tips.click());
  return Array.from(pane.container.querySelectorAll('[data-testid="finding"]'))
    .map((f) => f.textContent ?? '')
    .join('\n');
}

describe('科目表 section (jsdom)', () => {
  test('importing a sheet with 2010308 信访事务: the picker finds it and the check no longer calls it unlisted', async () => {
    const port = new FakePort(workbookWith信访('一体化导出'));
    await render(port);
    expect(text('catalog-status')).toMatch(/^正在使用内置科目目录/);
    expect(await searchPicker('2010301')).toEqual(['2010301 行政运行（项）']);
    expect(await searchPicker('信访')).toEqual(['目录中没有找到，请换个编码或名称']);
    expect(await check()).toMatch(NOT_IN_LIST);

    await act(async () => (pane.container.querySelector('#tab-insert') as HTMLElement).click());
    const select = pane.container.querySelector<HTMLSelectElement>('[data-testid="catalog-import"] select')!;
    expect(Array.from(select.options).map((o) => o.value)).toEqual([...Array.from({ length: 13 }, (_, i) => `表${i + 1}`), '一体化导出']);
    await act(async () => {
      select.value = '一体化导出';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const readsBefore = port.reads;
    await act(async () => {
      button('从此工作表导入科目').click();
      await sleep(50);
    });
    expect(port.reads).toBeGreaterThan(readsBefore);
    expect(text('catalog-status')).toBe('已导入 3 个科目（名称以导入的为准）');
    expect(await searchPicker('信访')).toEqual(['2010308 信访事务（项）']);

    const findings = await check();
    expect(findings).not.toMatch(NOT_IN_LIST);
    // The imported sheet is the catalogue, not an unreadable table.
    expect(findings).not.toContain('一体化导出');
  });

  test('a sheet that is not a 科目 list: the Chinese problem, the built-in list stays', async () => {
    const port = new FakePort(workbookWith信访('一体化导出'));
    await render(port);
    await act(async () => {
      button('从此工作表导入科目').click(); // 表1 is selected first
      await sleep(50);
    });
    expect(text('catalog-problem')).toMatch(/^工作表“表1”：科目表里没有找到“编码 \+ 名称”的行/);
    expect(text('catalog-status')).toMatch(/^正在使用内置科目目录/);
  });

  test('a sheet named 科目 is imported on load, and the pane says so', async () => {
    const port = new FakePort(workbookWith信访('科目'));
    await render(port);
    expect(text('catalog-status')).toBe('已自动导入工作表“科目”中的 3 个科目（名称以导入的为准）');
    expect(await searchPicker('信访')).toEqual(['2010308 信访事务（项）']);
  });
});
