/**
 * Driving the playground page (src/playground) like a user: the grid on the left (ExcelSim),
 * the real task pane on the right. The sim is exposed as window.__playground for reading
 * what the workbook holds.
 */
import type { Locator, Page } from 'playwright-core';

export type CellValue = string | number | boolean;

export function paneOf(page: Page): Locator {
  return page.getByTestId('pane-frame');
}

export async function openPlayground(page: Page, baseUrl: string): Promise<void> {
  const response = await page.goto(`${baseUrl}/playground.html`, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`playground.html answered ${response?.status()}`);
  await paneOf(page).getByRole('tab', { name: '插入表格' }).waitFor({ timeout: 60_000 });
}

export async function simValue(page: Page, sheet: string, address: string): Promise<CellValue> {
  return page.evaluate(([s, a]) => window.__playground!.sim.read(s, a).values[0][0], [sheet, address] as const);
}

export async function simValues(page: Page, sheet: string, address: string): Promise<CellValue[][]> {
  return page.evaluate(([s, a]) => window.__playground!.sim.read(s, a).values, [sheet, address] as const);
}

export async function simSheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__playground!.sim.sheetNames);
}

/** The sim's active sheet and its selected range ("B7", "C6:E9"). */
export async function simSelection(page: Page): Promise<{ sheet: string; address: string }> {
  return page.evaluate(() => {
    const sim = window.__playground!.sim;
    const sheet = sim.activeSheetName;
    const r = sim._engine.sheetByName(sheet)!.selection;
    const col = (c: number) => {
      let n = c + 1;
      let s = '';
      while (n > 0) {
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        n = Math.floor((n - 1) / 26);
      }
      return s;
    };
    const start = `${col(r.left)}${r.top + 1}`;
    const end = `${col(r.right)}${r.bottom + 1}`;
    return { sheet, address: start === end ? start : `${start}:${end}` };
  });
}

/** 1-based row of the first cell in column `col` (letter) of `sheet` whose text is `text`. */
export async function rowOf(page: Page, sheet: string, col: string, text: string): Promise<number> {
  const values = await simValues(page, sheet, `${col}1:${col}200`);
  const index = values.findIndex((r) => String(r[0]).trim() === text);
  if (index < 0) throw new Error(`${text} not found in ${sheet}!${col}`);
  return index + 1;
}

export async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.locator('.pg-tabs').getByRole('tab', { name: sheet, exact: true }).click();
  await page.locator(`.pg-grid[data-sheet="${sheet}"]`).waitFor();
}

export function gridCell(page: Page, address: string): Locator {
  return page.locator(`.pg-grid td[data-cell="${address}"]`);
}

/** Types into a cell of the grid as a user does (click, type, Enter): a user edit for the add-in. */
export async function typeCell(page: Page, sheet: string, address: string, text: string): Promise<void> {
  await showSheet(page, sheet);
  await gridCell(page, address).click();
  if (/^[\x20-\x7e]*$/.test(text)) {
    await page.keyboard.type(text); // typing into a selected cell starts editing, as in Excel
  } else {
    // Chinese arrives as text input without key events: open the cell editor first (F2).
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(text);
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([s, a, t]) => {
      const v = window.__playground!.sim.read(s, a).values[0][0];
      return String(v) === t || Number(v) === Number(t);
    },
    [sheet, address, text] as const,
  );
}

export interface InsertOptions {
  year: number;
  department: string;
  /** 预先列出常用科目 (default true). */
  withCodes?: boolean;
}

export async function insertAllTables(page: Page, options: InsertOptions): Promise<string> {
  const pane = paneOf(page);
  await pane.getByRole('tab', { name: '插入表格' }).click();
  await pane.getByRole('combobox', { name: '预算年度' }).selectOption(String(options.year));
  await pane.getByRole('textbox', { name: '部门名称' }).fill(options.department);
  const codes = pane.getByRole('checkbox', { name: /预先列出常用科目/ });
  if (options.withCodes === false) await codes.uncheck();
  else await codes.check();
  await pane.getByRole('radio', { name: /新建工作表/ }).check();
  await pane.getByRole('button', { name: '插入', exact: true }).click();
  const notice = pane.getByTestId('insert-notice');
  await notice.waitFor({ timeout: 30_000 });
  return notice.innerText();
}

/** 科目 picker: search by code, choose the option, add to the default tables. */
export async function addSubject(page: Page, code: string): Promise<string> {
  const pane = paneOf(page);
  const combo = pane.getByRole('combobox', { name: /科目/ });
  await combo.click();
  await combo.fill(code);
  // The listbox is a Fluent portal outside the pane's element.
  await page.getByRole('option', { name: new RegExp(`^${code} `) }).click();
  await pane.getByRole('button', { name: '添加', exact: true }).click();
  const notice = pane.getByTestId('subject-notice');
  await notice.waitFor({ timeout: 30_000 });
  return notice.innerText();
}

export async function openTab(page: Page, name: '插入表格' | '实时概览' | '一键检查' | '情况说明'): Promise<Locator> {
  const pane = paneOf(page);
  await pane.getByRole('tab', { name }).click();
  return pane.getByRole('tabpanel');
}
