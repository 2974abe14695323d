/** @jest-environment jsdom */
import { act } from 'react';
import type { WriteRequest } from '../../src/excel/port';
import { OFFICE_ERROR_GUIDANCE } from '../../src/excel/office-errors';
import { seed000, seedWorkbook } from '../fixtures/seeds/build';
import { FakePort } from './fakePort';
import { mountWorkbench, sleep } from './workbenchHarness';


const pane = mountWorkbench();
const render = (port: FakePort) => pane.render(port, 50);

function section(): HTMLElement {
  return pane.container.querySelector<HTMLElement>('[data-testid="performance-forms"]')!;
}

function projectBoxes(): HTMLInputElement[] {
  return Array.from(section().querySelectorAll<HTMLInputElement>('[data-testid="performance-projects"] input[type="checkbox"]'));
}

async function generate() {
  const button = Array.from(section().querySelectorAll('button')).find((b) => b.textContent === '为所选项目生成绩效目标表')!;
  await act(async () => {
    button.click();
    await sleep(50);
  });
}

const notice = () => section().querySelector('[data-testid="performance-notice"]')?.textContent ?? '';

describe('绩效目标表 in 插入表格 (jsdom)', () => {
  test('lists the 16 表12 projects chosen; unchecking one leaves it out of the single write of new sheets', async () => {
    const port = new FakePort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' }));
    await render(port);
    expect(section().querySelector('h3')?.textContent).toBe('绩效目标表');
    const boxes = projectBoxes();
    expect(boxes).toHaveLength(16);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect(section().textContent).toContain('全选（已选 16 个，1,033.80 万元）');

    await act(async () => boxes[1].click()); // 行政审批业务经费 10.00
    expect(projectBoxes()[1].checked).toBe(false);
    expect(section().textContent).toContain('全选（已选 15 个，1,023.80 万元）');

    await generate();
    expect(port.writes).toHaveLength(1);
    const request: WriteRequest = port.writes[0];
    expect(request.blocks).toEqual([]);
    expect(request.allowOverwrite).toBeUndefined();
    expect(request.newSheets).toHaveLength(15);
    expect(request.newSheets.map((s) => s.name)).not.toContain('绩效目标-行政审批业务经费');
    expect(notice()).toMatch(/^已生成 15 张绩效目标表（新工作表）：绩效目标-公共资源信息化平台运行维护费、绩效目标-残疾人就业保障金、/);
  });

  test('a failed write says so in Chinese', async () => {
    const port = new FakePort(seedWorkbook(seed000, 'sheets', { amountsAs: 'number' }));
    port.write = async () => {
      // As office.js rejects: OfficeExtension.Error ("RichApi.Error") with a code.
      throw Object.assign(new Error('The argument is invalid or missing or has an incorrect format.'), { name: 'RichApi.Error', code: 'InvalidArgument' });
    };
    await render(port);
    await generate();
    expect(notice()).toBe(`${OFFICE_ERROR_GUIDANCE.InvalidArgument}（Excel 错误代码：InvalidArgument）`);
  });

  test('without 表12 the section says what to do', async () => {
    const grid = seedWorkbook(seed000, 'sheets', { amountsAs: 'number' });
    const port = new FakePort({ sheets: grid.sheets.filter((s) => s.name !== '表12') });
    await render(port);
    expect(section().textContent).toContain('工作簿中还没有表12（项目支出预算表）');
    expect(projectBoxes()).toHaveLength(0);
  });
});
