import type { RequestRecord, WorkbookEngine } from '../engine';
import { SimRichApiError, simError } from '../errors';
import { Exec, type Op, SimClientObject } from './base';
import { SimApplication, SimRuntime, SimWorkbookObject } from './workbook';

/**
 * Excel.RequestContext. `sync()` sends the queued operations as one request:
 * the request is refused whole when its payload is over the limit; otherwise the
 * operations run in order and the first failing one rejects the sync, leaving the
 * operations before it applied (the documented behaviour, see the traceMessages
 * example of https://learn.microsoft.com/javascript/api/office/officeextension.error).
 */
export class SimRequestContext {
  readonly workbook: SimWorkbookObject;
  readonly runtime: SimRuntime;
  readonly application: SimApplication;
  readonly trackedObjects = { add: (_o: unknown): void => undefined, remove: (_o: unknown): void => undefined };
  _ops: Op[] = [];

  constructor(readonly _engine: WorkbookEngine) {
    this.workbook = new SimWorkbookObject(this);
    this.runtime = new SimRuntime(this);
    this.application = this.workbook.application;
  }

  _queue(op: Op): void {
    this._ops.push(op);
  }

  load<T extends SimClientObject<unknown>>(object: T, option?: unknown): T {
    return object.load(option);
  }

  /** Adds a message to the batch; it is reported in error.traceMessages when a later operation fails. */
  trace(message: string): void {
    this._ops.push({ location: 'RequestContext.trace', bytes: message.length + 20, trace: message, run: () => undefined });
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    this._engine.stats.syncs += 1;
    return this._send().then(() => passThroughValue as T);
  }

  /** Sends the pending batch; no request is made when nothing is queued. */
  async _send(): Promise<void> {
    const ops = this._ops;
    this._ops = [];
    await Promise.resolve();
    if (ops.length === 0) return;
    const engine = this._engine;
    const limit = engine.options.payloadLimitBytes;
    const requestBytes = ops.reduce((n, op) => n + op.bytes + 1, 2);
    const record: RequestRecord = { bytes: requestBytes, requestBytes, responseBytes: 0, operations: ops.length };
    engine.stats.requests.push(record);
    if (requestBytes > limit) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw simError('RequestPayloadSizeLimitExceeded');
    }
    const exec = new Exec(engine, engine.nextRequestId());
    const traces: string[] = [];
    for (let i = 0; i < ops.length; i += 1) {
      const op = ops[i];
      if (op.trace !== undefined) {
        traces.push(op.trace);
        continue;
      }
      try {
        op.run(exec);
      } catch (e) {
        engine.store.evaluate();
        const error = asSimError(e, op.location);
        error.traceMessages = traces;
        error.debugInfo.failedOperationIndex = i;
        record.error = error.code;
        throw error;
      }
    }
    engine.store.evaluate();
    record.responseBytes = exec.responseBytes;
    record.bytes = requestBytes + exec.responseBytes;
    if (exec.responseBytes > limit) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw simError('ResponsePayloadSizeLimitExceeded');
    }
    for (const apply of exec.afterSuccess) apply();
  }
}

function asSimError(e: unknown, location: string): SimRichApiError {
  if (e instanceof SimRichApiError) {
    if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = location;
    return e;
  }
  const err = simError('GeneralException', location, e instanceof Error ? e.message : String(e));
  return err;
}
