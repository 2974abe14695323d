import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from './run-cli';

describe('budget-tables demo (DESIGN §4)', () => {
  it('writes the seed 000 workbook, checks it and drafts the 情况说明; never overwrites', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'demo-'));
    const r = runCli(['demo'], dir);
    expect(r.status).toBe(0);
    expect(existsSync(path.join(dir, '预算公开示例.xlsx'))).toBe(true);
    expect(r.stdout).toMatch(/识别到 13 张表/);
    expect(r.stdout).toMatch(/汇总：错误 0，警告 2，提示 14/);
    expect(r.stdout).toMatch(/二、情况说明（草稿）\n\n一、部门预算收支数据变动情况及原因\n2023年度晋中市行政审批服务管理局预算收入总计2,692\.83万元/);
    const again = runCli(['demo'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^文件已存在，不会覆盖：预算公开示例\.xlsx/);
    expect(runCli(['demo', '--out', '另一个.xlsx'], dir).status).toBe(0);
  });
});
