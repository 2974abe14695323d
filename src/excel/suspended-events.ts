/**
 * Runs `work` with the add-in's events off (context.runtime.enableEvents, ExcelApi 1.8), so
 * the add-in's own writes do not reach its change handlers, then puts the setting back to
 * `eventsWere` in a request of its own. The setting goes off with the first request `work`
 * sends. An error of `work` wins over one of restoring.
 */
export async function withEventsSuspended<T>(context: Excel.RequestContext, eventsWere: boolean, work: () => Promise<T>): Promise<T> {
  context.runtime.enableEvents = false;
  let result: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    result = { ok: true, value: await work() };
  } catch (error) {
    result = { ok: false, error };
  }
  context.runtime.enableEvents = eventsWere;
  try {
    await context.sync();
  } catch (restoreError) {
    if (result.ok) throw restoreError;
  }
  if (!result.ok) throw result.error;
  return result.value;
}
