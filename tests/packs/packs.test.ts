import { readFileSync } from 'fs';
import * as path from 'path';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { analyzeWorkbook } from '../../src/domain/analysis';
import {
  BUILT_IN_PACKS,
  OUTCOME_DEFAULTS,
  RULES,
  packFromSheet,
  packReferenceProblems,
  parsePack,
  resolveRuleSet,
  type RulePack,
} from '../../src/domain/rules';
import { seed000, seed003, seedWorkbook } from '../fixtures/seeds/build';
import { editSeed, fixedSeed000 } from '../rules/helpers';

function pack(json: unknown): RulePack {
  const parsed = parsePack(json, 'test.json', OUTCOME_DEFAULTS);
  if (!parsed.pack) throw new Error(parsed.problems.join('\n'));
  return parsed.pack;
}

function problemsOf(input: unknown): string[] {
  return parsePack(input, '本局.json', OUTCOME_DEFAULTS).problems;
}

describe('built-in packs', () => {
  it('are the four named ones and validate through the same schema as a bureau pack', () => {
    expect(BUILT_IN_PACKS.map((p) => p.name)).toEqual(['base', 'shanxi-2023', 'shanxi-2024', 'shanghai-9']);
    expect(RULES.length).toBeGreaterThanOrEqual(50);
    for (const rule of RULES) {
      // Every outcome has a severity: nothing is left to a literal in the check code.
      expect(Object.keys(rule.severity).length).toBeGreaterThan(0);
      expect(rule.pack).toMatch(/^(base|shanxi-2023)$/);
    }
  });

  it('the document shape chooses which apply', () => {
    expect(resolveRuleSet(recognizeWorkbook(seedWorkbook(seed000, 'sheets'))).packs).toEqual(['base', 'shanxi-2023']);
    expect(resolveRuleSet(recognizeWorkbook(seedWorkbook(seed003, 'sheets'))).packs).toEqual(['base', 'shanxi-2024']);
    const all = seedWorkbook(seed003, 'sheets');
    const five = { ...all, sheets: all.sheets.filter((s) => ['表1', '表2', '表3', '表5', '表6'].includes(s.name)) };
    expect(five.sheets).toHaveLength(5);
    const fiveTables = resolveRuleSet(recognizeWorkbook(five));
    expect(fiveTables.packs).toEqual(['base']);
    expect(fiveTables.rules.some((r) => r.id === 'X.T03-T12')).toBe(false);
  });
});

describe('a malformed pack is refused with the pack name and the JSON path', () => {
  it('not JSON: says where', () => {
    const [p] = problemsOf('{\n  "name": "x",\n  "disable": ["T02.row",]\n}');
    expect(p).toMatch(/^规则包 本局\.json：不是有效的 JSON/);
  });

  it('a relation of an unknown kind, an unknown table, a missing field, an unknown field', () => {
    const problems = problemsOf({
      name: 'x',
      rules: [
        {
          id: 'Q.one',
          tables: ['T99'],
          title: '测试',
          description: '测试规则',
          severity: 'error',
          relations: [{ kind: 'summ', table: 'T02' }],
        },
        { id: 'Q.two', tables: ['T02'], description: '没有标题', severity: 'fatal', check: { kind: 'textCells' }, colour: 'red' },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^规则包 本局\.json：rules\[0\]\.tables\[0\]：“T99”不是可用的值/),
        expect.stringMatching(/^规则包 本局\.json：rules\[0\]\.relations\[0\]\.kind：文字“summ”不是可用的值（可用：sum、equal/),
        expect.stringMatching(/rules\[1\]\.title：缺少“title”/),
        expect.stringMatching(/rules\[1\]\.severity：“fatal”不是可用的值（可用：error、warning、info、off）/),
        expect.stringMatching(/rules\[1\]\.colour：不认识的字段“colour”/),
      ]),
    );
  });

  it('a rule id that no pack defines, in disable or severity', () => {
    expect(packReferenceProblems([pack({ name: 'x', disable: ['X.T05-T06'], severity: { 'X.T99-T98': 'warning' } })])).toEqual([
      '规则包 test.json：severity.X.T99-T98：没有编号为“X.T99-T98”的规则',
    ]);
  });
});

describe('a bureau pack on top of the built-in ones', () => {
  const wrong = editSeed(fixedSeed000(), [
    { table: 'T06', row: '基本工资', role: 'total', text: '291.39' },
    { table: 'T06', row: '基本工资', role: 'personnel', text: '291.39' },
  ]);
  const grid = seedWorkbook(wrong, 'sheets');
  const base = analyzeWorkbook(grid);
  const errorsOf = (findings: typeof base.findings, rule: string) => findings.filter((f) => f.rule === rule && f.severity === 'error');

  it('disable removes that rule\'s findings and its 未检查 lines', () => {
    expect(errorsOf(base.findings, 'T06.hierarchy').length).toBeGreaterThan(0);
    const off = analyzeWorkbook(grid, { packs: [pack({ name: '本局', disable: ['T06.hierarchy'] })] });
    expect(off.findings.filter((f) => f.rule === 'T06.hierarchy')).toEqual([]);
    expect(off.notApplicable.filter((n) => n.rule === 'T06.hierarchy')).toEqual([]);
    expect(off.packs).toEqual(['base', 'shanxi-2023', '本局']);
  });

  it('one word changes the problems and keeps the 尾差 提示; a map sets one outcome', () => {
    const warn = analyzeWorkbook(grid, { packs: [pack({ name: '本局', severity: { 'T06.hierarchy': 'warning' } })] });
    const mine = warn.findings.filter((f) => f.rule === 'T06.hierarchy');
    expect(mine.filter((f) => f.severity === 'error')).toEqual([]);
    expect(mine.filter((f) => f.severity === 'warning').length).toBe(errorsOf(base.findings, 'T06.hierarchy').length);
    expect(mine.filter((f) => f.severity === 'info').length).toBe(base.findings.filter((f) => f.rule === 'T06.hierarchy' && f.severity === 'info').length);
    const quiet = analyzeWorkbook(grid, { packs: [pack({ name: '本局', severity: { 'T06.hierarchy': { rounding: 'off' } } })] });
    expect(quiet.findings.filter((f) => f.rule === 'T06.hierarchy' && f.severity === 'info')).toEqual([]);
    expect(errorsOf(quiet.findings, 'T06.hierarchy').length).toBe(errorsOf(base.findings, 'T06.hierarchy').length);
  });

  it('a later pack wins', () => {
    const packs = [pack({ name: '甲', severity: { 'T06.hierarchy': 'warning' } }), pack({ name: '乙', severity: { 'T06.hierarchy': 'error' } })];
    expect(errorsOf(analyzeWorkbook(grid, { packs }).findings, 'T06.hierarchy').length).toBe(errorsOf(base.findings, 'T06.hierarchy').length);
  });

  it('a relation added as JSON produces its findings', () => {
    // 表6 人员经费合计 = 表5 基本支出合计 is false on purpose (表5 基本支出 also holds 公用经费).
    const added = pack({
      name: '本局',
      rules: [
        {
          id: 'L.T06-T05-personnel',
          tables: ['T06', 'T05'],
          title: '本局：表6人员经费与表5基本支出',
          description: '测试用：表6 人员经费合计 = 表5 基本支出合计。',
          severity: 'error',
          relations: [{ kind: 'equal', a: { table: 'T06', rows: { kind: 'total' }, role: 'personnel' }, b: { table: 'T05', rows: { kind: 'total' }, role: 'basic' } }],
        },
      ],
    });
    const result = analyzeWorkbook(seedWorkbook(fixedSeed000(), 'sheets'), { packs: [added] });
    const found = result.findings.filter((f) => f.rule === 'L.T06-T05-personnel');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message.startsWith('本局：表6人员经费与表5基本支出')).toBe(true);
    expect(found[0].cells.some((c) => c.startsWith('表6!'))).toBe(true);
    expect(found[0].cells.some((c) => c.startsWith('表5!'))).toBe(true);
  });
});

describe('a pack kept in a 规则 sheet', () => {
  it('as a table 规则编号 | 严重程度 | 停用', () => {
    const parsed = packFromSheet({ name: '规则', values: [['规则编号', '严重程度', '停用'], ['K.order', '', '是'], ['X.T05-T06', '警告', ''], ['T06.row', '致命', '']] });
    expect(parsed.problems).toEqual(['规则包 规则!B4：严重程度“致命”应为 错误、警告、提示 或 关闭']);
    const ok = packFromSheet({ name: '规则', values: [['规则编号', '严重程度', '停用'], ['K.order', '', '是'], ['X.T05-T06', '警告', '']] });
    expect(ok.pack).toMatchObject({ name: '规则', disable: ['K.order'], severity: { 'X.T05-T06': 'warning' } });
  });

  it('as JSON pasted into the cells', () => {
    const parsed = packFromSheet({ name: '规则', values: [['{ "name": "本局",'], ['  "disable": ["K.order"] }']] });
    expect(parsed.pack).toMatchObject({ name: '本局', disable: ['K.order'] });
  });

  it('is never read as a budget table', () => {
    const grid = seedWorkbook(seed000, 'sheets');
    const withRules = { ...grid, sheets: [...grid.sheets, { name: '规则', values: [['规则编号', '严重程度'], ['K.order', '警告']] }] };
    expect(analyzeWorkbook(withRules).findings).toEqual(analyzeWorkbook(grid).findings);
  });
});

describe('docs/rule-packs.md', () => {
  it('its example pack is valid and names only existing rules', () => {
    const text = readFileSync(path.join(__dirname, '..', '..', 'docs', 'rule-packs.md'), 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(text)![1];
    const parsed = parsePack(json, 'example.json', OUTCOME_DEFAULTS);
    expect(parsed.problems).toEqual([]);
    expect(packReferenceProblems([parsed.pack!])).toEqual([]);
    const result = analyzeWorkbook(seedWorkbook(seed003, 'sheets'), { packs: [parsed.pack!] });
    expect(result.packs).toEqual(['base', 'shanxi-2024', '某市财政局']);
  });
});
