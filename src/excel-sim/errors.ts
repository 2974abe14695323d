/**
 * Errors shaped like the ones office.js rejects `context.sync()` with
 * (`OfficeExtension.Error`, runtime name "RichApi.Error"): a `code` string from
 * Excel.ErrorCodes / OfficeExtension.ErrorCodes, the host's message and `debugInfo`.
 * https://learn.microsoft.com/javascript/api/office/officeextension.error
 */

export type SimErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'CannotUpdateReadOnlyProperty'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RangeExceedsLimit'
  | 'NotImplemented'
  | 'GeneralException';

/** English messages as Excel/office.js word them (en-US office_strings and host responses). */
const MESSAGES: Record<SimErrorCode, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  CannotUpdateReadOnlyProperty: "The property '{0}' is read-only and it cannot be set.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object or the current state of the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  NotImplemented: 'ExcelSim does not implement {0}.',
  GeneralException: 'There was an internal error while processing the request.',
};

const HTTP_STATUS: Partial<Record<SimErrorCode, number>> = { ItemNotFound: 404, GeneralException: 500 };

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  /** Which queued operation of the batch failed (0-based), for diagnosing a partially applied batch. */
  failedOperationIndex?: number;
}

export class SimRichApiError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, SimRichApiError.prototype);
    this.name = 'RichApi.Error';
    this.code = code;
    this.httpStatusCode = HTTP_STATUS[code] ?? 400;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function simError(code: SimErrorCode, errorLocation?: string, detail?: string): SimRichApiError {
  const base = MESSAGES[code].replace('{0}', detail ?? errorLocation ?? '');
  const message = detail && !MESSAGES[code].includes('{0}') ? `${base} (${detail})` : base;
  return new SimRichApiError(code, message, errorLocation);
}

export function propertyNotLoaded(typeName: string, property: string): SimRichApiError {
  return new SimRichApiError(
    'PropertyNotLoaded',
    MESSAGES.PropertyNotLoaded.replace('{0}', property),
    `${typeName}.${property}`,
  );
}

export function notImplemented(feature: string): SimRichApiError {
  return new SimRichApiError('NotImplemented', MESSAGES.NotImplemented.replace('{0}', feature), feature);
}

export function isSimError(e: unknown): e is SimRichApiError {
  return e instanceof SimRichApiError;
}
