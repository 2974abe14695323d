/* global Office */
/** Where the task pane runs, decided once from Office.onReady. */
export type HostStatus =
  | { kind: 'connecting' }
  | { kind: 'excel' }
  | { kind: 'excel-too-old' }
  | { kind: 'other-host'; host: string }
  | { kind: 'no-host' };

/** Also declared in manifest.xml (<Set Name="ExcelApi" MinVersion="1.9"/>). */
export const REQUIRED_EXCEL_API = { set: 'ExcelApi', version: '1.9' } as const;

export function classifyHost(host: string | null | undefined, supportsRequiredApi: () => boolean): HostStatus {
  if (!host) return { kind: 'no-host' };
  if (host !== 'Excel') return { kind: 'other-host', host };
  return supportsRequiredApi() ? { kind: 'excel' } : { kind: 'excel-too-old' };
}

/**
 * In a plain browser office.js still loads and onReady reports host = null (demo mode).
 * If office.js itself failed to load there is no Office global at all: demo mode too.
 */
export async function detectHost(): Promise<HostStatus> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { kind: 'no-host' };
  const info = await Office.onReady();
  return classifyHost(info.host ? String(info.host) : null, () =>
    Office.context.requirements.isSetSupported(REQUIRED_EXCEL_API.set, REQUIRED_EXCEL_API.version),
  );
}
