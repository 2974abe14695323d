import { OverwriteRefusedError } from '../../src/excel/port';
import { setup } from './helpers';

/** A confirmed overwrite with a shorter text: "" in the block clears the old lines; null leaves a cell alone. */
describe('write over an existing sheet', () => {
  const old = ['第三部分 情况说明', '一、旧的第一段', '二、旧的第二段', '三、旧的第三段', '四、旧的第四段'];

  it('refuses without confirmation and leaves the text', async () => {
    const { sim, port } = setup({ sheets: [{ name: '情况说明', values: old.map((l) => [l]) }] });
    const block = { sheet: '情况说明', origin: { row: 0, col: 0 }, grid: { values: [['新的标题'], ['一、新的一段'], [''], [''], ['']] } };
    await expect(port.write({ newSheets: [], blocks: [block] })).rejects.toBeInstanceOf(OverwriteRefusedError);
    expect(sim.toGrid().sheets[0].values.map((r) => r[0])).toEqual(old);
  });

  it('after confirmation writes the new lines and empties the old ones below', async () => {
    const { sim, port } = setup({ sheets: [{ name: '情况说明', values: old.map((l) => [l, '旁注']) }] });
    const block = {
      sheet: '情况说明',
      origin: { row: 0, col: 0 },
      grid: { values: [['新的标题', null], ['一、新的一段', null], ['', null], ['', null], ['', null]] },
    };
    await port.write({ newSheets: [], blocks: [block], allowOverwrite: true });
    const values = sim.toGrid().sheets[0].values;
    expect(values.map((r) => r[0] ?? null)).toEqual(['新的标题', '一、新的一段', null, null, null]);
    // null in the block: the user's note beside the text is kept
    expect(values.map((r) => r[1])).toEqual(['旁注', '旁注', '旁注', '旁注', '旁注']);
  });
});
