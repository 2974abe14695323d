import type { ExcelApi } from './excel-api';
import type { WorkbookChange } from './port';

/**
 * WorksheetCollection.onChanged (ExcelApi 1.9) covers every sheet, also those added later.
 * The add-in writes with events suspended (context.runtime.enableEvents = false), so its
 * own writes do not arrive here; changes Excel still reports as made by this add-in
 * (triggerSource, ExcelApi 1.14) are skipped as well. Sheet names come from the ids the
 * events carry, looked up again when an id is new.
 */
export async function subscribeToChanges(excel: ExcelApi, handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
  const names = new Map<string, string>();

  const lookUp = async (id: string): Promise<string | undefined> => {
    const known = names.get(id);
    if (known !== undefined) return known;
    return excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      sheet.load('name');
      await context.sync();
      if (sheet.isNullObject) return undefined;
      names.set(id, sheet.name);
      return sheet.name;
    });
  };

  const onChanged = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if ((args as { triggerSource?: string }).triggerSource === 'ThisLocalAddin') return;
    const sheet = args.worksheetId ? await lookUp(args.worksheetId) : undefined;
    handler({ ...(sheet !== undefined ? { sheet } : {}), ...(args.address ? { address: args.address } : {}) });
  };

  const registration = await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    const result = sheets.onChanged.add(onChanged);
    await context.sync();
    for (const s of sheets.items) names.set(s.id, s.name);
    return result;
  });

  let removed = false;
  // A handler is removed through the RequestContext it was added with (EventHandlerResult docs).
  return async () => {
    if (removed) return;
    removed = true;
    await excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
