import type Decimal from 'decimal.js';
import { Money } from '../../money';
import type { Fact } from '../facts';
import type { TextFigure } from '../text/figures';
import { placeUnit, roundingBound, withinRounding } from '../../rounding';
import { plain } from './compare';
import { addFinding, isStatement, quote, textCell, where, type CheckContext } from './context';

type ProcurementPart = 'total' | 'goods' | 'works' | 'services' | 'sme';

/** The total first: its label may hold 服务 in the department's name (行政审批服务管理局). */
function partOf(label: string): ProcurementPart | undefined {
  if (/总额|合计|总计/.test(label)) return 'total';
  if (/中小企业/.test(label)) return 'sme';
  if (/货物/.test(label)) return 'goods';
  if (/工程/.test(label)) return 'works';
  if (/服务/.test(label)) return 'services';
  if (/采购预算$/.test(label)) return 'total';
  return undefined;
}

/** Rule 33: 政府采购 总额 = 货物 + 工程 + 服务 (as the text states them); 中小企业预留 ≤ 总额. */
export function checkProcurement(ctx: CheckContext): void {
  const figures = ctx.analysis.figures.filter((f) => f.sectionId === '九' && isStatement(f));
  const parts = new Map<ProcurementPart, TextFigure>();
  for (const f of figures) {
    const part = partOf(f.label);
    if (part && !parts.has(part)) parts.set(part, f);
  }
  const total = parts.get('total');
  if (!total || total.wan === undefined) return;
  const listed = (['goods', 'works', 'services'] as const).map((p) => parts.get(p)).filter((f): f is TextFigure => f !== undefined);
  if (listed.length > 0) {
    const sum = listed.reduce<Decimal>((acc, f) => acc.plus(f.wan ?? 0), new Money(0));
    const slack = roundingBound([total, ...listed].map((f) => placeUnit(f.wanPlaces ?? 2)));
    const diff = total.wan.minus(sum);
    const complete = listed.length === 3;
    const wrong = complete ? !withinRounding(diff, slack) : diff.lt(slack.negated());
    if (wrong || (complete && !diff.isZero())) {
      const names = listed.map((f) => quote(ctx, f)).join('、');
      addFinding(
        ctx,
        wrong ? 'mismatch' : 'rounding',
        'N.procurement',
        complete
          ? `${where(total)}写“${quote(ctx, total)}”，但货物、工程、服务合计${plain(sum)}万元（${names}）` +
              (wrong ? '，两者不等。请核对政府采购预算。' : '；差别在舍入范围内（尾差）。')
          : `${where(total)}写“${quote(ctx, total)}”，但列出的分项（${names}）已有${plain(sum)}万元，超过总额。请核对。`,
        textCell(ctx, total.line),
        { expected: plain(sum), actual: plain(total.wan), difference: plain(diff.abs()) },
      );
    }
  }
  const sme = parts.get('sme');
  if (sme?.wan !== undefined && sme.wan.gt(total.wan.plus(roundingBound([sme, total].map((f) => placeUnit(f.wanPlaces ?? 2)))))) {
    addFinding(ctx, 'mismatch', 'N.procurement', `${where(sme)}写“${quote(ctx, sme)}”，超过政府采购预算总额${total.raw}。请核对。`, textCell(ctx, sme.line), {
      expected: `≤${plain(total.wan)}`,
      actual: plain(sme.wan, sme.wanPlaces ?? 2),
    });
  }
}

function projectExpenditure(ctx: CheckContext): Fact | undefined {
  const { t03, t12, t13 } = ctx.facts;
  if (t03.project) return t03.project;
  if (t12.total && (t13.total || !t13.present)) {
    return t13.total
      ? { value: t12.total.value.plus(t13.total.value), places: Math.max(t12.total.places, t13.total.places), cells: [...t12.total.cells, ...t13.total.cells], source: '表12、表13 项目支出合计' }
      : t12.total;
  }
  return undefined;
}

/**
 * Rule 34: the funds under performance targets cannot exceed 项目支出 (表3, which includes
 * the carry-over of 表13), and the projects counted cannot outnumber those of 表12 and 表13.
 * A part-of relation, not an equality: fewer is not reported.
 */
export function checkPerformance(ctx: CheckContext): void {
  const project = projectExpenditure(ctx);
  const figures = ctx.analysis.figures.filter((f) => f.sectionId === '十' && !f.inReason);
  for (const f of figures) {
    if (f.kind === 'amount' && f.role === 'main' && project && f.wan !== undefined) {
      const limit = project.value.plus(roundingBound([placeUnit(f.wanPlaces ?? 2), placeUnit(project.places)]));
      if (f.wan.gt(limit)) {
        addFinding(
          ctx,
          'mismatch',
          'N.performance',
          `${where(f)}写“${quote(ctx, f)}”，超过项目支出${plain(project.value)}万元（${project.source}，${project.cells.join('、')}）。绩效目标涉及的资金不能多于项目支出，请核对。`,
          [...project.cells, ...textCell(ctx, f.line)],
          { expected: `≤${plain(project.value)}`, actual: plain(f.wan, f.wanPlaces ?? 2), difference: plain(f.wan.minus(project.value)) },
        );
      }
    }
    const projects = ctx.facts.t12.projectCount + ctx.facts.t13.projectCount;
    const aboutProjects = /项目$/.test(f.label) || /^项目/.test(f.after);
    if (f.kind === 'count' && aboutProjects && ctx.facts.t12.present && f.value.gt(projects)) {
      addFinding(
        ctx,
        'inconsistent',
        'N.performance',
        `${where(f)}写“${quote(ctx, f)}${f.after}”，但表12、表13共列出${projects}个项目。请核对项目个数。`,
        textCell(ctx, f.line),
        { expected: `≤${projects}`, actual: f.value.toString() },
      );
    }
  }
}
