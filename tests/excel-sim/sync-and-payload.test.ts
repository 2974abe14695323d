import { makeSim, rejection } from './simHelpers';

describe('sync counting', () => {
  test('stats count context.sync() calls, Excel.run calls and the round trips with their bytes', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.values = [['甲', 2]];
      await context.sync();
      await context.sync(); // nothing queued: no request is sent
      r.load('values');
      await context.sync();
    });
    expect(sim.stats.syncs).toBe(3);
    expect(sim.stats.runs).toBe(1);
    expect(sim.stats.requests).toHaveLength(2);
    const [write, read] = sim.stats.requests;
    expect(write.responseBytes).toBe(0);
    expect(write.requestBytes).toBeGreaterThan(JSON.stringify([['甲', 2]]).length);
    expect(read.responseBytes).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify({ values: [['甲', 2]] })));
    expect(read.bytes).toBe(read.requestBytes + read.responseBytes);
    sim.resetStats();
    expect(sim.stats).toEqual({ syncs: 0, runs: 0, requests: [] });
  });
});

// "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will
// be thrown if that limit is exceeded." "A range is limited to 5,000,000 cells for read operations."
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
describe('payload limits', () => {
  const sixMegabytesOfValues = (): string[][] => Array.from({ length: 6000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}-${c}-`.padEnd(100, 'x')));

  test('a write over 5 MB is refused with RequestPayloadSizeLimitExceeded and changes nothing', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [['keep']] }] });
    const values = sixMegabytesOfValues();
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('A1').values = [['changed']];
        sheet.getRange('A2:J6001').values = values;
        await context.sync();
      }),
    );
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(e.name).toBe('RichApi.Error');
    expect(e.message).toContain('The request payload size has exceeded the limit');
    expect(sim.read('S', 'A1:A2').values).toEqual([['keep'], ['']]);
    const last = sim.stats.requests[sim.stats.requests.length - 1];
    expect(last.error).toBe('RequestPayloadSizeLimitExceeded');
    expect(last.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test('the same data written in chunks under the limit goes through', async () => {
    const { sim, Excel } = makeSim();
    const values = sixMegabytesOfValues();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      for (let start = 0; start < values.length; start += 2000) {
        sheet.getRange(`A${start + 1}:J${start + 2000}`).values = values.slice(start, start + 2000);
        await context.sync();
      }
    });
    expect(sim.stats.requests.every((r) => r.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(sim.read('Sheet1', 'J6000').values).toEqual([[values[5999][9]]]);
  });

  test('a read whose response would be over 5 MB is refused with ResponsePayloadSizeLimitExceeded', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: sixMegabytesOfValues() }] });
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getUsedRange().load('values');
        await context.sync();
      }),
    );
    expect(e.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(sim.stats.requests[0].responseBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test('reading values of more than 5,000,000 cells is refused', async () => {
    const { Excel } = makeSim();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A:E').load('values');
        await context.sync();
      }),
    );
    expect(e.code).toBe('RangeExceedsLimit');
  });

  test('the limit is configurable (e.g. to test chunking logic with small data)', async () => {
    const { Excel } = makeSim(undefined, { payloadLimitBytes: 1000 });
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A100').values = Array.from({ length: 100 }, () => ['0123456789']);
        await context.sync();
      }),
    );
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
  });
});
