import type { Severity } from '../../src/domain/findings/types';
import { refA1 } from '../../src/domain/grid/address';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { checkDocument, RULES, runRules } from '../../src/domain/rules';

const PERFORMANCE_RULES = RULES.filter((r) => r.family === 'performance');
import type { CheckOptions } from '../../src/domain/rules';
import { seed000NarrativeText, seed003NarrativeText } from '../fixtures/narratives';
import { seeds, seedWorkbook } from '../fixtures/seeds/build';
import type { SeedForm } from '../fixtures/forms/build';
import { brief, docWithForms, formNamed, formsOf, ofRule, type SeedKey, type WorkbookShape } from './helpers';

const NARRATIVE = { '000': { narrative: { text: seed000NarrativeText } }, '003': { narrative: { text: seed003NarrativeText } } } as const;

describe('acceptance: the seeds with their forms', () => {
  describe.each(['sheets', 'stacked', 'one-sheet'] as WorkbookShape[])('forms laid out: %s', (shape) => {
    it('seed 003: 智慧政务建设 553,891.68 元 vs 55.59 万元 is an error naming both cells; 政务大厅升级改造项目 has no form (warning)', () => {
      const doc = docWithForms('003', undefined, shape);
      expect(doc.forms).toHaveLength(8);
      const result = checkDocument(doc);
      const errors = result.findings.filter((f) => f.severity === 'error');
      expect(brief(errors)).toEqual([expect.stringMatching(/^error P\.t12-amount /)]);
      const [e] = errors;
      expect(e.cells).toHaveLength(2);
      const t12 = doc.tables.find((t) => t.id === 'T12')!;
      const t12Cell = refA1(t12.rows.find((r) => r.name === '智慧政务建设')!.amounts.total!.cell);
      if (shape !== 'one-sheet') expect(t12Cell).toBe('表12!B13');
      expect(e.cells[1]).toBe(t12Cell);
      expect(e.cells[0]).toMatch(/^(绩效目标6|绩效目标表|预算公开表)!F\d+$/);
      expect(e.message).toContain('553,891.68 元');
      expect(e.message).toContain('55.59 万元');
      expect(e.message).toContain(e.cells[0]);
      expect(e.message).toContain(t12Cell);
      expect(e).toMatchObject({ expected: '555900.00', actual: '553891.68', difference: '-2008.32', tolerance: '100' }); // (1 + 1) × half of 0.01 万元
      const missing = ofRule(result.findings, 'P.missing-form');
      const hallRow = t12.rows.find((r) => r.name === '政务大厅升级改造项目')!.row;
      const hallCell = refA1({ sheet: t12.sheet, row: hallRow, col: 0 });
      if (shape !== 'one-sheet') expect(hallCell).toBe('表12!A12');
      expect(brief(missing)).toEqual([`warning P.missing-form ${hallCell}`]);
      expect(missing[0].message).toContain('政务大厅升级改造项目');
    });

    it('seed 000: 16 forms, two names twice, no error', () => {
      const doc = docWithForms('000', undefined, shape);
      expect(doc.forms).toHaveLength(16);
      const result = checkDocument(doc, NARRATIVE['000']);
      expect(result.summary.errors).toBe(0);
      expect(ofRule(result.findings, 'P.t12-amount')).toEqual([]);
      expect(ofRule(result.findings, 'P.missing-form')).toEqual([]);
      expect(ofRule(result.findings, 'P.orphan-form')).toEqual([]);
      expect(ofRule(result.findings, 'P.narrative-count')).toEqual([]);
    });
  });

  it('recognizing the forms adds no recognition problem to the tables', () => {
    for (const [i, seed] of [[0, '000'], [1, '003']] as const) {
      const without = recognizeWorkbook(seedWorkbook(seeds[i], 'sheets'));
      const withForms = docWithForms(seed);
      expect(withForms.problems).toEqual(without.problems);
      expect(withForms.tables.map((t) => `${t.id} ${t.range} ${t.rows.length}`)).toEqual(without.tables.map((t) => `${t.id} ${t.range} ${t.rows.length}`));
    }
    const stacked = recognizeWorkbook(seedWorkbook(seeds[1], 'stacked'));
    const oneSheet = docWithForms('003', undefined, 'one-sheet');
    expect(oneSheet.problems).toEqual(stacked.problems);
    expect(oneSheet.tables.find((t) => t.id === 'T13')!.range).toBe(stacked.tables.find((t) => t.id === 'T13')!.range);
  });
});

interface Case {
  rule: string;
  change: string;
  seed: SeedKey;
  edit?: (forms: SeedForm[]) => void;
  options?: CheckOptions;
  severity: Severity;
  /** Cells the finding must name (a prefix match each). */
  cells?: string[];
}

const CASES: Case[] = [
  { rule: 'P.t12-amount', change: 'seed 003 as published (智慧政务建设)', seed: '003', severity: 'error', cells: ['绩效目标6!', '表12!B13'] },
  {
    rule: 'P.t12-amount',
    change: 'a form 30 元 off its 表12 amount: 尾差 info',
    seed: '000',
    edit: (f) => {
      const form = formNamed(f, '遗属补助');
      form.annualFunds = '6,530';
      form.annualSources[2] = '6,530';
    },
    severity: 'info',
  },
  {
    rule: 'P.t12-amount',
    change: 'a form 90 元 off its 表12 amount: still a 尾差, within (1 + 1) × half of 0.01 万元 = 100 元',
    seed: '000',
    edit: (f) => {
      const form = formNamed(f, '遗属补助');
      form.annualFunds = '6,590';
      form.annualSources[2] = '6,590';
    },
    severity: 'info',
  },
  {
    rule: 'P.t12-amount',
    change: 'a form 110 元 off its 表12 amount: beyond the 100 元 bound, an error',
    seed: '000',
    edit: (f) => {
      const form = formNamed(f, '遗属补助');
      form.annualFunds = '6,610';
      form.annualSources[2] = '6,610';
    },
    severity: 'error',
  },
  {
    rule: 'P.sources-annual',
    change: '“个转企” 年度 市县 196,000 under a total of 196,200',
    seed: '003',
    edit: (f) => void (formNamed(f, '“个转企”专业办企服务费').annualSources[2] = '196,000'),
    severity: 'error',
    cells: ['绩效目标1!E6', '绩效目标1!E9'],
  },
  {
    rule: 'P.sources-annual',
    change: 'no 年度 source filled at all: an info',
    seed: '003',
    edit: (f) => void (formNamed(f, '乡村振兴工作队补贴').annualSources = ['', '', '', '', '']),
    severity: 'info',
  },
  {
    rule: 'P.sources-total',
    change: '残疾人就业保障金 实施期 单位自筹 10,000 on top of the rest',
    seed: '000',
    edit: (f) => void (formNamed(f, '残疾人就业保障金').totalSources[3] = '10,000'),
    severity: 'error',
  },
  {
    rule: 'P.annual-le-total',
    change: '单位运转经费 年度 1,300,000 above 实施期 1,220,000',
    seed: '003',
    edit: (f) => {
      const form = formNamed(f, '单位运转经费');
      form.annualFunds = '1,300,000';
      form.annualSources[2] = '1,300,000';
    },
    severity: 'error',
  },
  { rule: 'P.missing-form', change: 'seed 003 as published (政务大厅升级改造项目)', seed: '003', severity: 'warning', cells: ['表12!A12'] },
  {
    rule: 'P.orphan-form',
    change: 'a form named 智慧政务建设项目 (表12: 智慧政务建设)',
    seed: '003',
    edit: (f) => void (formNamed(f, '智慧政务建设').projectName = '智慧政务建设项目'),
    severity: 'warning',
    cells: ['绩效目标6!C3'],
  },
  { rule: 'P.narrative-count', change: 'seed 003 text says 9 projects, 509.88 万元; 8 forms of 265.27 万元', seed: '003', options: NARRATIVE['003'], severity: 'warning' },
  {
    rule: 'P.indicator-value',
    change: 'seed 000 as published (免费刻章费办公费: 年度 优化营商环境 without a value)',
    seed: '000',
    severity: 'warning',
    cells: ['绩效目标8!H'],
  },
  {
    rule: 'P.cost-indicator',
    change: 'seed 000 as published (12345: 年度 项目总成本 694.1万元 > 6,606,000 元)',
    seed: '000',
    severity: 'warning',
    cells: ['绩效目标1!H', '绩效目标1!F6'],
  },
];

/** Where each rule has something to compare and says nothing. */
const SILENT: Record<string, { seed: SeedKey; options?: CheckOptions }[]> = {
  'P.t12-amount': [{ seed: '000' }],
  'P.sources-annual': [{ seed: '000' }, { seed: '003' }],
  'P.sources-total': [{ seed: '000' }, { seed: '003' }],
  'P.annual-le-total': [{ seed: '000' }, { seed: '003' }],
  'P.missing-form': [{ seed: '000' }],
  'P.orphan-form': [{ seed: '000' }, { seed: '003' }],
  'P.narrative-count': [{ seed: '000', options: NARRATIVE['000'] }],
  'P.indicator-value': [{ seed: '003' }],
  'P.cost-indicator': [{ seed: '003' }],
};

describe('every P-rule fires', () => {
  it.each(CASES.map((c) => [c.rule, c.change, c] as const))('%s fires when: %s', (rule, _change, c) => {
    const doc = docWithForms(c.seed, formsOf(c.seed, c.edit));
    const mine = ofRule(runRules(doc, c.options).findings, rule);
    const hit = mine.find((f) => f.severity === c.severity);
    expect(hit).toBeDefined();
    expect(hit!.message.startsWith(RULES.find((r) => r.id === rule)!.title)).toBe(true);
    expect(hit!.cells.length).toBeGreaterThan(0);
    for (const cell of c.cells ?? []) expect(hit!.cells.some((x) => x.startsWith(cell))).toBe(true);
  });

  it('there is a firing case for every P-rule', () => {
    expect(PERFORMANCE_RULES.map((r) => r.id).filter((id) => !CASES.some((c) => c.rule === id && c.severity !== 'info'))).toEqual([]);
  });
});

describe('every P-rule is silent where the forms agree', () => {
  it.each(PERFORMANCE_RULES.map((r) => [r.id]))('%s', (id) => {
    const places = SILENT[id];
    expect(places.length).toBeGreaterThan(0);
    for (const { seed, options } of places) {
      const result = runRules(docWithForms(seed), options);
      expect(brief(ofRule(result.findings, id))).toEqual([]);
      expect(result.notApplicable.filter((n) => n.rule === id)).toEqual([]);
    }
  });

  it('a workbook without forms: the P-rules say nothing and are not listed as not checked', () => {
    const result = runRules(recognizeWorkbook(seedWorkbook(seeds[1], 'sheets')), NARRATIVE['003']);
    expect(result.findings.filter((f) => f.rule.startsWith('P.'))).toEqual([]);
    expect(result.notApplicable.filter((n) => n.rule.startsWith('P.'))).toEqual([]);
  });
});

describe('details', () => {
  it('repeated names pair by amount, not by order: seed 000 公共服务平台及政务服务平台费 402,200 ↔ 40.22, 245,000 ↔ 24.50', () => {
    const reversed = formsOf('000', (f) => {
      const i = f.findIndex((x) => x.projectName === '公共服务平台及政务服务平台费');
      [f[i], f[i + 1]] = [f[i + 1], f[i]];
    });
    const doc = docWithForms('000', reversed);
    expect(doc.forms!.filter((f) => f.projectName === '公共服务平台及政务服务平台费').map((f) => f.annualTotal.value!.toString())).toEqual(['245000', '402200']);
    expect(ofRule(runRules(doc).findings, 'P.t12-amount')).toEqual([]);
  });

  it('a repeated name with one form too many: the extra form is an orphan, the pair checked', () => {
    const forms = formsOf('003', (f) => f.push(JSON.parse(JSON.stringify(formNamed(f, '乡村振兴工作队补贴'))) as SeedForm));
    const findings = runRules(docWithForms('003', forms)).findings;
    expect(brief(ofRule(findings, 'P.orphan-form'))).toEqual(['warning P.orphan-form 绩效目标9!C3']);
    expect(ofRule(findings, 'P.orphan-form')[0].message).toContain('同名项目的行数少于绩效目标表的张数');
  });

  it('a form for a 表13 (上年结转) project is not an orphan', () => {
    const forms = formsOf('003', (f) => void (formNamed(f, '乡村振兴工作队补贴').projectName = '常村矿幼儿园消防鉴定与安全评估工作经费'));
    expect(ofRule(runRules(docWithForms('003', forms)).findings, 'P.orphan-form')).toEqual([]);
  });

  it('without a 情况说明, P.narrative-count is listed as not checked (the forms are there)', () => {
    const result = runRules(docWithForms('003'));
    expect(result.notApplicable.filter((n) => n.rule === 'P.narrative-count')).toEqual([
      { rule: 'P.narrative-count', reason: '工作簿中没有情况说明，未核对“十、绩效管理情况”的项目个数和金额' },
    ]);
  });

  it('P.narrative-count on seed 003: one warning for the counts, one for the amounts, both against the forms', () => {
    const lines = seed003NarrativeText.split('\n');
    const lineCells = lines.map((_, i) => `情况说明!A${i + 1}`);
    const findings = ofRule(runRules(docWithForms('003'), { narrative: { text: seed003NarrativeText, lineCells } }).findings, 'P.narrative-count');
    const lineOf = (words: string): string => lineCells[lines.findIndex((l) => l.includes(words))];
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([
      ['8', '9'],
      ['265.27', '509.88'],
    ]);
    expect(findings[0].message).toContain('公开项目绩效目标9个');
    expect(findings[0].message).toContain('绩效目标表（8 张）');
    expect(findings[0].cells).toEqual(expect.arrayContaining([lineOf('实行绩效目标管理的项目9个'), lineOf('公开项目绩效目标9个')]));
    expect(findings[1].message).not.toContain('涉及金额0万元');
  });

  it('P.narrative-count also compares with 表12: a text saying 10 projects is off both', () => {
    const text = seed000NarrativeText.replace('实行绩效目标管理的项目14个', '实行绩效目标管理的项目10个');
    const findings = ofRule(runRules(docWithForms('000'), { narrative: { text } }).findings, 'P.narrative-count');
    expect(findings.map((f) => f.message.match(/，与(表12|绩效目标表)/)![1])).toEqual(['表12', '绩效目标表']);
  });

  it('P.indicator-value names the empty 指标值 cell and the side', () => {
    const [f] = ofRule(runRules(docWithForms('000')).findings, 'P.indicator-value');
    expect(f.message).toContain('绩效目标表“免费刻章费办公费”');
    expect(f.message).toContain('年度“优化营商环境”');
  });
});
