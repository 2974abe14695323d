import { LiveRefresher, REFRESH_DELAY_MS, type ReadOutcome } from '../../src/taskpane/lib/liveRefresher';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

describe('LiveRefresher: debounced, one read in flight, nothing while disabled', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('a burst of edits gives exactly one read, after the quiet time', async () => {
    let reads = 0;
    const delivered: ReadOutcome<number>[] = [];
    const r = new LiveRefresher(async () => ++reads, (o) => delivered.push(o), true);
    for (let i = 0; i < 10; i += 1) {
      jest.advanceTimersByTime(100);
      r.changed();
    }
    expect(reads).toBe(0);
    jest.advanceTimersByTime(REFRESH_DELAY_MS - 1);
    expect(reads).toBe(0);
    jest.advanceTimersByTime(1);
    await settle();
    expect(reads).toBe(1);
    expect(delivered).toEqual([{ ok: true, value: 1 }]);
  });

  test('an edit during a read causes one more read after it, never two at once', async () => {
    const pending: ReturnType<typeof deferred<number>>[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const r = new LiveRefresher(
      () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const d = deferred<number>();
        pending.push(d);
        return d.promise.finally(() => (inFlight -= 1));
      },
      () => undefined,
      true,
    );
    r.changed();
    jest.advanceTimersByTime(REFRESH_DELAY_MS);
    expect(pending).toHaveLength(1);
    r.changed();
    jest.advanceTimersByTime(REFRESH_DELAY_MS);
    r.changed();
    jest.advanceTimersByTime(REFRESH_DELAY_MS);
    expect(pending).toHaveLength(1); // still the first read
    pending[0].resolve(1);
    await settle();
    expect(pending).toHaveLength(2);
    pending[1].resolve(2);
    await settle();
    expect(pending).toHaveLength(2);
    expect(maxInFlight).toBe(1);
  });

  test('disabled: edits only mark the reading stale; enabling reads once', async () => {
    let reads = 0;
    const r = new LiveRefresher(async () => ++reads, () => undefined, false);
    r.changed();
    r.changed();
    jest.advanceTimersByTime(REFRESH_DELAY_MS * 3);
    await settle();
    expect(reads).toBe(0);
    r.setEnabled(true);
    await settle();
    expect(reads).toBe(1);
    r.setEnabled(false);
    r.setEnabled(true);
    await settle();
    expect(reads).toBe(1); // nothing changed since
  });

  test('refreshNow reads at once and resolves after the delivery; errors are delivered, not thrown', async () => {
    const delivered: ReadOutcome<number>[] = [];
    let fail = true;
    const r = new LiveRefresher(
      async () => {
        if (fail) throw new Error('boom');
        return 7;
      },
      (o) => delivered.push(o),
      true,
    );
    await r.refreshNow();
    expect(delivered).toHaveLength(1);
    expect(delivered[0].ok).toBe(false);
    fail = false;
    await r.refreshNow();
    expect(delivered[1]).toEqual({ ok: true, value: 7 });
    r.dispose();
    r.changed();
    jest.advanceTimersByTime(REFRESH_DELAY_MS * 2);
    await settle();
    expect(delivered).toHaveLength(2);
  });
});
