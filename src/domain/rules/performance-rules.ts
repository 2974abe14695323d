import type Decimal from 'decimal.js';
import { refA1 } from '../grid/address';
import { FUND_SOURCES, type Amount, type BudgetRow, type FundSource, type FundSources, type PerformanceForm, type TableModel } from '../model/types';
import { decimalText, formatAmount, Money } from '../money';
import { indicatorMoney } from '../performance/indicator-amount';
import { isCostIndicator } from '../performance/labels';
import { matchFormsToProjects, projectKey, rowAmountInYuan, t12Tolerance, type FormMatching } from '../performance/match';
import { placeUnit, roundingBound, withinRounding } from '../rounding';
import { statedPerformanceFigures, type StatedAbout, type StatedFigure } from '../performance/narrative-figures';
import { emit, notApplicable, RuleContext } from './context';
import type { PerformanceCheck } from './types';

const SOURCE_WORDS: Record<FundSource, string> = {
  central: '中央财政资金',
  provincial: '省级财政资金',
  local: '市县（区）财政资金',
  selfRaised: '单位自筹',
  other: '其他资金',
};

function yuan(value: Decimal): string {
  return `${formatAmount(value, { places: 2 })} 元`;
}

function plain(value: Decimal): string {
  return formatAmount(value, { places: 2, thousands: false });
}

/** "绩效目标表“智慧政务建设”" — how a form is named in messages. */
function formName(form: PerformanceForm): string {
  return `绩效目标表“${form.projectName || '（未填项目名称）'}”`;
}

function ref(a: Amount): string {
  return refA1(a.cell);
}

/** The rounding bound of the non-blank amounts of one relation, in 元. */
function boundOf(amounts: readonly Amount[]): Decimal {
  return roundingBound(amounts.filter((a) => a.value !== null).map((a) => placeUnit(a.places)));
}

function forms(ctx: RuleContext): PerformanceForm[] {
  return ctx.doc.forms ?? [];
}

function textProblem(ctx: RuleContext, form: PerformanceForm, amounts: Amount[]): boolean {
  const bad = amounts.filter((a) => a.problem !== undefined);
  if (bad.length === 0) return false;
  notApplicable(ctx, `${formName(form)}的 ${bad.map(ref).join('、')} 不是数字，未检查`);
  return true;
}

function checkSources(ctx: RuleContext, period: 'annual' | 'total'): void {
  const word = period === 'annual' ? '年度' : '实施期';
  for (const form of forms(ctx)) {
    const total = period === 'annual' ? form.annualTotal : form.totalFunds;
    const sources: FundSources = period === 'annual' ? form.annualSources : form.totalSources;
    const parts = FUND_SOURCES.map((s) => ({ source: s, amount: sources[s] }));
    if (textProblem(ctx, form, [total, ...parts.map((p) => p.amount)])) continue;
    const filled = parts.filter((p) => p.amount.value !== null);
    if (filled.length === 0) {
      if (total.value !== null && !total.value.isZero()) {
        emit(ctx, 'blank', `${ctx.rule.title}：${formName(form)}的${word}资金来源（中央、省级、市县（区）、单位自筹、其他资金）都没有填写。请按资金来源填写，合计应为${word}资金总额 ${yuan(total.value)}。`, [ref(total)]);
      }
      continue;
    }
    const sum = filled.reduce<Decimal>((acc, p) => acc.plus(p.amount.value!), new Money(0));
    const stated = total.value ?? new Money(0);
    const diff = stated.minus(sum);
    if (diff.isZero()) continue;
    const tolerance = boundOf([total, ...filled.map((p) => p.amount)]);
    const listed = filled.map((p) => `${SOURCE_WORDS[p.source]} ${yuan(p.amount.value!)}`).join('、');
    const both = `${formName(form)}${word}资金总额（${ref(total)}）为 ${total.value === null ? '空白' : yuan(stated)}，各来源合计 ${yuan(sum)}（${listed}）`;
    const numbers = { expected: plain(sum), actual: plain(stated), difference: plain(diff), tolerance: decimalText(tolerance) };
    const cells = [ref(total), ...filled.map((p) => ref(p.amount))];
    if (diff.abs().lte(tolerance)) {
      emit(ctx, 'rounding', `${ctx.rule.title}（尾差）：${both}，相差 ${yuan(diff)}，在四舍五入允许的 ±${decimalText(tolerance)} 元以内。`, cells, numbers);
    } else {
      emit(ctx, 'mismatch', `${ctx.rule.title}：${both}，相差 ${yuan(diff)}。请核对${word}资金总额和各来源金额。`, cells, numbers);
    }
  }
}

function checkAnnualLeTotal(ctx: RuleContext): void {
  for (const form of forms(ctx)) {
    const { annualTotal: annual, totalFunds: total } = form;
    if (textProblem(ctx, form, [annual, total])) continue;
    if (annual.value === null || total.value === null) {
      notApplicable(ctx, `${formName(form)}的${annual.value === null ? '年度' : '实施期'}资金总额（${ref(annual.value === null ? annual : total)}）未填写，未比较`);
      continue;
    }
    const excess = annual.value.minus(total.value);
    const tolerance = boundOf([annual, total]);
    if (excess.lte(tolerance)) continue;
    emit(
      ctx,
      'mismatch',
      `${ctx.rule.title}：${formName(form)}年度资金总额（${ref(annual)}）为 ${yuan(annual.value)}，大于实施期资金总额（${ref(total)}）${yuan(total.value)}，多出 ${yuan(excess)}。年度资金是实施期资金的一部分，请核对。`,
      [ref(annual), ref(total)],
      { expected: `≤${plain(total.value)}`, actual: plain(annual.value), difference: plain(excess) },
    );
  }
}

function t12Of(ctx: RuleContext): TableModel | undefined {
  return ctx.tables.get('T12');
}

/** The matching is the same for the three rules that need it: computed once per check run. */
const matchings = new WeakMap<readonly PerformanceForm[], WeakMap<TableModel, FormMatching>>();

function matching(ctx: RuleContext, t12: TableModel): FormMatching {
  const list = forms(ctx);
  let byTable = matchings.get(list);
  if (!byTable) {
    byTable = new WeakMap();
    matchings.set(list, byTable);
  }
  let m = byTable.get(t12);
  if (!m) {
    m = matchFormsToProjects(list, t12);
    byTable.set(t12, m);
  }
  return m;
}

/** "表12!A9": the 项目名称 cell of a 表12 row (its 合计 when the name column is unknown). */
function nameCell(table: TableModel, row: BudgetRow): string {
  const col = table.columns.find((c) => c.role === 'projectName' || c.role === 'name')?.col;
  if (col !== undefined) return refA1({ sheet: table.sheet, row: row.row, col });
  const total = row.amounts.total;
  return total ? ref(total) : `${table.sheet}!${table.range}`;
}

function checkT12Amount(ctx: RuleContext): void {
  const t12 = t12Of(ctx);
  if (!t12) return;
  for (const { form, row } of matching(ctx, t12).pairs) {
    const t12Amount = row.amounts.total;
    const inYuan = rowAmountInYuan(t12, row);
    if (!t12Amount || t12Amount.problem !== undefined || inYuan === null) {
      notApplicable(ctx, `表12「${row.name}」没有可读的合计，${formName(form)}未比较`);
      continue;
    }
    if (textProblem(ctx, form, [form.annualTotal])) continue;
    const annual = form.annualTotal.value ?? new Money(0);
    const diff = annual.minus(inYuan);
    if (diff.isZero()) continue;
    const tolerance = t12Tolerance(t12, row, form);
    const t12Text = t12.unit === '万元' ? `${formatAmount(t12Amount.value!, { places: Math.max(2, t12Amount.places) })} 万元，即 ${yuan(inYuan)}` : yuan(inYuan);
    const both =
      `${formName(form)}年度资金总额（${ref(form.annualTotal)}）为 ${form.annualTotal.value === null ? '空白' : yuan(annual)}，` +
      `表12「${row.name}」合计（${ref(t12Amount)}）为 ${t12Text}`;
    const numbers = { expected: plain(inYuan), actual: plain(annual), difference: plain(diff), tolerance: decimalText(tolerance) };
    const cells = [ref(form.annualTotal), ref(t12Amount)];
    if (diff.abs().lte(tolerance)) {
      emit(ctx, 'rounding', `${ctx.rule.title}（尾差）：${both}，相差 ${yuan(diff)}，在表12四舍五入到 0.01 万元允许的 ±${decimalText(tolerance)} 元以内，可不修改。`, cells, numbers);
    } else {
      emit(
        ctx,
        'mismatch',
        `${ctx.rule.title}：${both}，相差 ${yuan(diff)}，超出表12四舍五入允许的 ±${decimalText(tolerance)} 元。无法判断哪一边有误，请核对两边（表12以万元列示，绩效目标表以元列示）。`,
        cells,
        numbers,
      );
    }
  }
}

function checkMissingForm(ctx: RuleContext): void {
  const t12 = t12Of(ctx);
  if (!t12) return;
  for (const row of matching(ctx, t12).rowsWithoutForm) {
    const amount = row.amounts.total?.value;
    emit(
      ctx,
      'missing',
      `${ctx.rule.title}：表12项目「${row.name}」（${nameCell(t12, row)}${amount ? `，${formatAmount(amount, { places: 2 })} 万元` : ''}）没有对应的绩效目标表。` +
        '请为该项目填写项目支出绩效目标表，或核对绩效目标表中的项目名称是否与表12一致。',
      [nameCell(t12, row)],
    );
  }
}

function checkOrphanForm(ctx: RuleContext): void {
  const t12 = t12Of(ctx);
  if (!t12) return;
  const carryOver = new Set((ctx.tables.get('T13')?.rows ?? []).filter((r) => r.kind === 'project').map((r) => projectKey(r.name)));
  const t12Names = new Set(t12.rows.filter((r) => r.kind === 'project').map((r) => projectKey(r.name)));
  for (const form of matching(ctx, t12).formsWithoutRow) {
    const key = projectKey(form.projectName);
    if (carryOver.has(key)) continue;
    const why = t12Names.has(key)
      ? '表12中同名项目的行数少于绩效目标表的张数，请核对是否重复填写。'
      : '请核对项目名称是否与表12完全一致（错字、简称），或在表12中补列该项目。';
    emit(ctx, 'mismatch', `${ctx.rule.title}：${formName(form)}（${refA1(form.cells.projectName)}）在表12中没有对应的项目。${why}`, [refA1(form.cells.projectName)]);
  }
}

function checkIndicatorValues(ctx: RuleContext): void {
  for (const form of forms(ctx)) {
    const blank = form.indicators.filter((i) => i.level3.trim() !== '' && i.value.trim() === '');
    if (blank.length === 0) continue;
    const listed = blank.map((i) => `${i.period}“${i.level3}”（${refA1(i.cell)}）`).join('、');
    emit(ctx, 'blank', `${ctx.rule.title}：${formName(form)}的三级指标 ${listed} 没有填写指标值。请填写可衡量的指标值。`, blank.map((i) => refA1(i.cell)));
  }
}

function checkCostIndicators(ctx: RuleContext): void {
  for (const form of forms(ctx)) {
    for (const ind of form.indicators) {
      if (!isCostIndicator(ind.level2)) continue;
      const money = indicatorMoney(ind.value);
      if (!money) continue;
      const funds = ind.period === '年度' ? form.annualTotal : form.totalFunds;
      if (funds.value === null || funds.problem !== undefined) continue;
      if (money.yuan.lte(funds.value)) continue;
      emit(
        ctx,
        'mismatch',
        `${ctx.rule.title}：${formName(form)}${ind.period}成本指标“${ind.level3}”为“${ind.value}”（${refA1(ind.cell)}），即 ${yuan(money.yuan)}，` +
          `超过${ind.period === '年度' ? '年度' : '实施期'}资金总额 ${yuan(funds.value)}（${ref(funds)}）。成本指标不应超过该期的资金，请核对指标值或资金总额。`,
        [refA1(ind.cell), ref(funds)],
        { expected: `≤${plain(funds.value)}`, actual: plain(money.yuan), difference: plain(money.yuan.minus(funds.value)) },
      );
    }
  }
}

/** The figures a stated count or amount may legitimately equal, and what each one is. */
interface Target {
  what: string;
  values: Decimal[];
  /** Places of the target figure (万元), for the rounding bound. */
  places: number;
  cells: string[];
}

function distinctCount(names: string[]): number {
  return new Set(names.map(projectKey)).size;
}

function projectRows(t12: TableModel): BudgetRow[] {
  return t12.rows.filter((r) => r.kind === 'project');
}

function columnSum(t12: TableModel, role: 'total' | 'general' | 'fund'): { value: Decimal; cells: string[] } {
  let value = new Money(0);
  const cells: string[] = [];
  for (const r of projectRows(t12)) {
    const a = r.amounts[role];
    if (a?.value) {
      value = value.plus(t12.unit === '元' ? a.value.div(10000) : a.value);
      cells.push(ref(a));
    }
  }
  return { value, cells };
}

function targetsFor(about: StatedAbout, kind: 'count' | 'amount', t12: TableModel, list: PerformanceForm[]): Target[] {
  if (kind === 'count') {
    const formCounts = [new Money(list.length), new Money(distinctCount(list.map((f) => f.projectName)))];
    const forms: Target = { what: `绩效目标表（${list.length} 张）`, values: formCounts, places: 0, cells: list.slice(0, 3).map((f) => refA1(f.cells.projectName)) };
    if (about === 'forms') return [forms];
    const rows = projectRows(t12);
    const t12Counts = [new Money(rows.length), new Money(distinctCount(rows.map((r) => r.name)))];
    return [{ what: `表12（${distinctCount(rows.map((r) => r.name))} 个项目）`, values: t12Counts, places: 0, cells: rows.slice(0, 1).map((r) => nameCell(t12, r)) }, forms];
  }
  const annual = list.reduce<Decimal>((acc, f) => acc.plus(f.annualTotal.value ?? 0), new Money(0)).div(10000);
  const formsTarget: Target = {
    what: `绩效目标表年度资金总额合计（${formatAmount(annual, { places: 2 })} 万元）`,
    values: [annual],
    places: 6,
    cells: list.slice(0, 3).map((f) => ref(f.annualTotal)),
  };
  if (about === 'formFunds') return [formsTarget];
  const role = about === 'general' ? 'general' : about === 'fund' ? 'fund' : 'total';
  const column = columnSum(t12, role);
  const t12Target: Target = {
    what: `表12${role === 'general' ? '一般公共预算' : role === 'fund' ? '政府性基金预算' : '合计'}（${formatAmount(column.value, { places: 2 })} 万元）`,
    values: [column.value],
    places: 2,
    cells: column.cells.slice(0, 3),
  };
  if (role !== 'total') return [t12Target];
  return [t12Target, formsTarget];
}

function statedValue(f: StatedFigure): { value: Decimal; places: number } {
  if (f.kind === 'count') return { value: f.figure.value, places: 0 };
  return { value: f.figure.wan!, places: f.figure.wanPlaces ?? 2 };
}

function agreesWith(f: StatedFigure, target: Target): boolean {
  const { value, places } = statedValue(f);
  const bound = roundingBound([placeUnit(places), placeUnit(target.places)]);
  return target.values.some((v) => (f.kind === 'count' ? v.eq(value) : withinRounding(v.minus(value), bound)));
}

function checkNarrative(ctx: RuleContext): void {
  const t12 = t12Of(ctx);
  if (!t12) return;
  if (!ctx.narrative) {
    notApplicable(ctx, '工作簿中没有情况说明，未核对“十、绩效管理情况”的项目个数和金额');
    return;
  }
  const stated = statedPerformanceFigures(ctx.narrative.text);
  const list = forms(ctx);
  const lineCell = (line: number): string[] => {
    const c = ctx.narrative?.lineCells?.[line];
    return c ? [c] : [];
  };
  // One finding per kind of figure and per side it disagrees with: a missing form otherwise repeats in every sentence.
  const groups = new Map<string, { target: Target; figures: StatedFigure[] }>();
  for (const f of stated) {
    for (const target of targetsFor(f.about, f.kind, t12, list)) {
      if (agreesWith(f, target)) continue;
      const key = `${f.kind}|${target.what}`;
      const g = groups.get(key) ?? { target, figures: [] };
      g.figures.push(f);
      groups.set(key, g);
    }
  }
  for (const { target, figures } of groups.values()) {
    const kind = figures[0].kind === 'count' ? '项目个数' : '金额';
    const quoted = [...new Set(figures.map((f) => `“${f.figure.label}${f.figure.raw}”`))].join('、');
    emit(
      ctx,
      'mismatch',
      `${ctx.rule.title}：情况说明“十、绩效管理情况”写${quoted}，与${target.what}不一致。请核对情况说明中的${kind}，或补齐、删减绩效目标表。`,
      [...new Set([...figures.flatMap((f) => lineCell(f.figure.line)), ...target.cells])],
      { expected: [...new Set(target.values.map((v) => (figures[0].kind === 'count' ? v.toString() : plain(v))))].join('或'), actual: statedValue(figures[0]).value.toString() },
    );
  }
}

export function runPerformanceCheck(ctx: RuleContext, check: PerformanceCheck): void {
  switch (check) {
    case 't12Amount':
      return checkT12Amount(ctx);
    case 'sourcesAnnual':
      return checkSources(ctx, 'annual');
    case 'sourcesTotal':
      return checkSources(ctx, 'total');
    case 'annualLeTotal':
      return checkAnnualLeTotal(ctx);
    case 'missingForm':
      return checkMissingForm(ctx);
    case 'orphanForm':
      return checkOrphanForm(ctx);
    case 'narrativeCount':
      return checkNarrative(ctx);
    case 'indicatorValue':
      return checkIndicatorValues(ctx);
    case 'costIndicator':
      return checkCostIndicators(ctx);
  }
}
