import type Decimal from 'decimal.js';
import type { WorkbookGrid } from '../../domain/grid/types';
import type { BudgetDocument, BudgetRow, TableModel } from '../../domain/model/types';
import { toWan } from '../../domain/money';
import { matchFormsToProjects, planPerformanceForms, type PlannedForm } from '../../domain/performance';
import { recognizeWorkbook } from '../../domain/recognize';
import type { WriteRequest } from '../../excel/port';

/** One project row of 表12 as the 绩效目标表 section lists it. */
export interface ProjectChoice {
  /** Stable while the row neither moves nor is renamed: "12:智慧政务建设". */
  key: string;
  name: string;
  /** 表12 合计 in 万元; null when the cell is blank or not a number. */
  amountWan: Decimal | null;
  /** The sheet of the form already made for this project (doc.forms), if any. */
  formSheet?: string;
  /** False when 表12 has no 合计 cell for the row: there is nothing to link the form to. */
  plannable: boolean;
}

export interface T12Projects {
  t12: TableModel;
  projects: ProjectChoice[];
}

export function projectChoiceKey(row: BudgetRow): string {
  return `${row.row}:${row.name}`;
}

function t12Of(doc: BudgetDocument): TableModel | undefined {
  return doc.tables.find((t) => t.id === 'T12');
}

/** The project rows of 表12, each with the form already in the workbook for it (matched by name, then amount). */
export function t12Projects(doc: BudgetDocument): T12Projects | undefined {
  const t12 = t12Of(doc);
  if (!t12) return undefined;
  const formOf = new Map(matchFormsToProjects(doc.forms ?? [], t12).pairs.map((p) => [p.row, p.form.sheet]));
  const projects = t12.rows
    .filter((row) => row.kind === 'project')
    .map((row): ProjectChoice => {
      const total = row.amounts.total;
      const formSheet = formOf.get(row);
      return {
        key: projectChoiceKey(row),
        name: row.name,
        amountWan: total?.value ? toWan(total.value, t12.unit) : null,
        ...(formSheet !== undefined ? { formSheet } : {}),
        plannable: total !== undefined,
      };
    });
  return { t12, projects };
}

/** Selected unless the project already has a form (or cannot have one). */
export function selectedByDefault(project: ProjectChoice): boolean {
  return project.plannable && project.formSheet === undefined;
}

export interface FormsWritePlan {
  request: WriteRequest;
  created: PlannedForm[];
}

/**
 * The new form sheets for the chosen projects, planned over the workbook as it is now (read
 * just before writing): one batch of new sheets whose names no existing sheet has.
 */
export function planFormsWrite(grid: WorkbookGrid, chosenKeys: readonly string[], options: { departmentCode?: string } = {}): FormsWritePlan {
  if (chosenKeys.length === 0) throw new Error('请至少勾选一个项目。');
  const doc = recognizeWorkbook(grid);
  const t12 = t12Of(doc);
  if (!t12) throw new Error('工作簿中找不到表12（项目支出预算表），无法生成绩效目标表。请先插入表12。');
  const rowsByKey = new Map(t12.rows.filter((r) => r.kind === 'project').map((r) => [projectChoiceKey(r), r]));
  const gone = chosenKeys.filter((k) => !rowsByKey.has(k));
  if (gone.length > 0) {
    throw new Error('表12 刚刚被修改，所选项目已变动，没有生成任何绩效目标表。请核对列表中的勾选后再点一次。');
  }
  const code = options.departmentCode?.trim();
  const created = planPerformanceForms(doc, t12, {
    existingSheetNames: grid.sheets.map((s) => s.name),
    rows: chosenKeys.map((k) => rowsByKey.get(k)!.row),
    ...(code ? { departmentCode: code } : {}),
  });
  if (created.length === 0) throw new Error('所选项目在表12中没有“合计”金额单元格，无法链接年度资金总额，没有生成任何绩效目标表。');
  return { created, request: { newSheets: created.map((p) => p.sheet), blocks: [], activate: created[0].sheet.name } };
}

/** "已生成 2 张绩效目标表：绩效目标-甲、绩效目标-乙。…" */
export function createdText(created: readonly PlannedForm[]): string {
  return (
    `已生成 ${created.length} 张绩效目标表（新工作表）：${created.map((p) => p.sheet.name).join('、')}。` +
    '年度资金总额用公式链接到表12 的合计（×10000 元），表12 金额修改后自动更新；请接着填写项目概况、总体目标和绩效指标。'
  );
}
