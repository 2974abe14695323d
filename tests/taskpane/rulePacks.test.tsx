/** @jest-environment jsdom */
import { act } from 'react';
import { seed000, seedWorkbook } from '../fixtures/seeds/build';
import { FakePort } from './fakePort';
import { mountWorkbench, sleep } from './workbenchHarness';

/** Rule packs in the pane: the workbook's 规则 sheet and a file chosen in the check tab. */
const pane = mountWorkbench();

function text(testId: string): string {
  return pane.container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
}

function findingRules(): string[] {
  return Array.from(pane.container.querySelectorAll<HTMLElement>('[data-testid="finding"]')).map((f) => f.dataset.rule ?? '');
}

async function check(port: FakePort): Promise<void> {
  await pane.render(port);
  await act(async () => pane.container.querySelector<HTMLElement>('#tab-check')!.click());
  const button = Array.from(pane.container.querySelectorAll('button')).find((b) => b.textContent === '检查')!;
  await act(async () => {
    button.click();
    await sleep(50);
  });
}

async function chooseFile(name: string, json: string): Promise<void> {
  const input = pane.container.querySelector<HTMLInputElement>('[data-testid="rule-pack-input"]')!;
  const file = new File([json], name, { type: 'application/json' });
  // jsdom's File has no text(): the pane reads it as a browser would.
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(json) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await sleep(50);
  });
}

describe('rule packs in the check tab', () => {
  test('without a pack: the built-in packs are named and 表5 blank rows are listed', async () => {
    await check(new FakePort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' })));
    expect(text('check-packs')).toBe('规则包：base、shanxi-2023');
    expect(findingRules()).toContain('K.T05-blank');
  });

  test('a 规则 sheet turns a rule off and is named', async () => {
    const grid = seedWorkbook(seed000, 'sheets', { amountsAs: 'number' });
    grid.sheets.push({ name: '规则', values: [['规则编号', '严重程度', '停用'], ['K.T05-blank', '', '是']] });
    await check(new FakePort(grid));
    expect(text('check-packs')).toBe('规则包：base、shanxi-2023、规则（含“规则”工作表）');
    expect(findingRules()).not.toContain('K.T05-blank');
    expect(findingRules().length).toBeGreaterThan(0);
  });

  test('a chosen file applies at once; a malformed one is refused with its JSON path', async () => {
    await check(new FakePort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' })));
    await chooseFile('坏.json', '{ "name": "x", "disable": "K.T05-blank" }');
    expect(text('rule-pack-refused')).toContain('规则包 坏.json：disable：应为列表');
    expect(text('check-packs')).toBe('规则包：base、shanxi-2023');
    await chooseFile('本局.json', JSON.stringify({ name: '本局', severity: { 'K.T05-blank': 'off' } }));
    expect(text('rule-pack-file')).toContain('本局.json');
    expect(text('check-packs')).toBe('规则包：base、shanxi-2023、本局');
    expect(findingRules()).not.toContain('K.T05-blank');
  });
});
