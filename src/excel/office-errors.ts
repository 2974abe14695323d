/**
 * What the user reads when something fails, decided by the kind of error, never by its wording:
 * - an Office.js error (OfficeExtension.Error, "RichApi.Error") by its `code` (Excel.ErrorCodes,
 *   OfficeExtension.ErrorCodes): Chinese guidance for that code, the code kept for support;
 * - a JavaScript runtime error (TypeError …): a bug of the add-in, said as such;
 * - any other Error: one of the add-in's own refusals, whose message is already written for the user.
 */
import { errorCode } from './excel-api';

const RETRY = '请稍后重试；如果反复出现，请保存工作簿后重新打开加载项。';
const TOO_LARGE = '一次要处理的单元格太多，超出了 Excel 的限制。请删除工作表中多余的空行、空列（或不用的格式）后重试。';
const NOT_SUPPORTED = '当前的 Excel 版本不支持这项操作。请使用 Microsoft 365、Office 2021 或更新的 Excel，或改用网页版 Excel。';
const ADDIN_BUG = '加载项内部出错。请保存工作簿后重新打开加载项；如果反复出现，请把这段文字发给技术支持。';

/** Chinese guidance by Office.js error code. */
export const OFFICE_ERROR_GUIDANCE: Readonly<Record<string, string>> = {
  ItemNotFound: '找不到要操作的工作表或单元格区域，可能刚被改名或删除。请刷新后重试。',
  ItemAlreadyExists: '工作簿中已有同名的工作表或名称。请换一个名称后重试。',
  InvalidArgument: 'Excel 不接受这次操作的内容（例如单元格地址、工作表名称或数值格式不符合要求）。请检查所选位置和填写的内容后重试。',
  InvalidReference: '单元格引用无效，所选区域可能已被删除或移动。请重新选择位置后重试。',
  InvalidSelection: '当前选中的区域不能用于这项操作。请重新选择一个单元格或连续区域后重试。',
  InvalidOperation: 'Excel 当前不允许这项操作（例如工作表受保护，或所选区域不适用）。请检查工作表后重试。',
  UnsupportedOperation: 'Excel 当前不允许这项操作（例如工作表受保护，或所选区域不适用）。请检查工作表后重试。',
  InvalidOperationInCellEditMode: 'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。',
  AccessDenied: '没有修改这个工作簿的权限：工作簿或工作表可能受保护、以只读方式打开，或正被他人编辑。请撤销保护或另存一份后重试。',
  InsertDeleteConflict: '插入或删除行与表格（列表）、合并单元格或筛选区域冲突。请先取消该处的合并或筛选后重试。',
  MergedRangeConflict: '操作与合并单元格冲突。请先取消该处的合并后重试。',
  FilteredRangeConflict: '操作与筛选区域冲突。请先清除筛选后重试。',
  PivotTableRangeConflict: '操作与数据透视表冲突。请选择数据透视表以外的位置后重试。',
  NonBlankCellOffSheet: '插入行会把工作表末尾有内容的单元格挤出工作表。请先清除工作表最后几行的内容后重试。',
  Conflict: '工作簿正被他人同时修改，本次操作与之冲突。请稍后重试。',
  InactiveWorkbook: '要操作的工作簿不在当前窗口。请切换回这个工作簿后重试。',
  RequestAborted: '与 Excel 的请求被中断（例如工作簿已关闭或切换）。请重试。',
  ConnectionFailure: '与 Excel 的连接中断。请保存工作簿后重新打开加载项。',
  ActivityLimitReached: '短时间内操作太多，Excel 暂时拒绝了请求。请稍等片刻后重试。',
  GeneralException: `Excel 处理请求时内部出错。${RETRY}`,
  RequestPayloadSizeLimitExceeded: TOO_LARGE,
  ResponsePayloadSizeLimitExceeded: TOO_LARGE,
  RangeExceedsLimit: TOO_LARGE,
  OperationCellsExceedLimit: TOO_LARGE,
  FormulaLengthExceedsLimit: '公式太长，超出了 Excel 的限制。请拆分公式后重试。',
  ApiNotFound: NOT_SUPPORTED,
  NotImplemented: NOT_SUPPORTED,
  UnsupportedFeature: NOT_SUPPORTED,
  UnsupportedSheet: '这类工作表（如图表工作表、宏表）不支持这项操作。请换一张普通工作表。',
  // The add-in used the API wrongly: not something the user can fix.
  PropertyNotLoaded: ADDIN_BUG,
  ValueNotLoaded: ADDIN_BUG,
  InvalidRequestContext: ADDIN_BUG,
  InvalidObjectPath: ADDIN_BUG,
  RunMustReturnPromise: ADDIN_BUG,
  CannotUpdateReadOnlyProperty: ADDIN_BUG,
};

/** The Error class office.js rejects with carries this name (OfficeExtension.Error). */
const OFFICE_ERROR_NAMES = new Set(['RichApi.Error', 'OfficeExtension.Error']);

/** The Office.js error code when `error` is one (known code, or an Office error by name); else undefined. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = errorCode(error);
  if (code === undefined) return undefined;
  if (Object.prototype.hasOwnProperty.call(OFFICE_ERROR_GUIDANCE, code)) return code;
  const name = error instanceof Error ? error.name : undefined;
  return name !== undefined && OFFICE_ERROR_NAMES.has(name) ? code : undefined;
}

/** Chinese guidance for an Office.js error, with its code for support; undefined for other errors. */
export function officeErrorText(error: unknown): string | undefined {
  const code = officeErrorCode(error);
  if (code === undefined) return undefined;
  const guidance = OFFICE_ERROR_GUIDANCE[code] ?? `Excel 没有完成这项操作。${RETRY}`;
  return `${guidance}（Excel 错误代码：${code}）`;
}

const RUNTIME_ERRORS = [TypeError, ReferenceError, RangeError, SyntaxError, EvalError, URIError];

/** Any thrown value, in words for the user. */
export function errorMessage(error: unknown): string {
  const office = officeErrorText(error);
  if (office !== undefined) return office;
  if (error instanceof Error && !RUNTIME_ERRORS.some((kind) => error instanceof kind) && error.message) return error.message;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `操作没有完成（${detail}）。${RETRY}`;
}

/**
 * A write that failed and whose undoing failed too: the target may hold part of what was written.
 * The original error stays the cause.
 */
export class WriteNotUndoneError extends Error {
  constructor(readonly cause: unknown) {
    super(`写入没有完成，而且已写入的部分没能撤销：${errorMessage(cause)} 请检查目标位置，清除残留的内容后再试。`);
    this.name = 'WriteNotUndoneError';
  }
}
