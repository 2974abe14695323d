/**
 * What the adapter takes from Office.js, by injection: `Excel.run`. In Excel it is the
 * global `Excel`; in jest and the playground, ExcelSim's namespace (never imported here:
 * it pulls in HyperFormula, which must stay out of the production bundle).
 */
export type ExcelApi = Pick<typeof Excel, 'run'>;

/** `Office.context.requirements.isSetSupported`, injectable for tests. */
export type RequirementCheck = (set: 'ExcelApi', version: string) => boolean;

/** The host's answer when Office.js is loaded; false where there is no Office (jest). */
export const hostRequirements: RequirementCheck = (set, version) => {
  if (typeof Office === 'undefined') return false;
  const requirements = Office.context?.requirements;
  return typeof requirements?.isSetSupported === 'function' && requirements.isSetSupported(set, version);
};

/** RichApi.Error / OfficeExtension.Error carry the reason in `code` ("ItemNotFound" …). */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) return String((error as { code: unknown }).code);
  return undefined;
}

/** Both directions of a request are limited to 5 MB in Excel on the web. */
export const PAYLOAD_ERRORS: ReadonlySet<string> = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/** Bytes the adapter aims to keep each request and response under (5 MB limit, with room for estimates that run short). */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
