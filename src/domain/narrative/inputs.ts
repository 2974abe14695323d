import type Decimal from 'decimal.js';
import { parseAmount } from '../money';
import { SECTION_IDS, type NarrativeInputs, type ProcurementInputs, type SectionId, type ThreePublicInputs } from './types';

export interface InputField {
  /** The prior.json key, dotted for nested ones ("threePublic.reception", "reasons.一"). */
  path: string;
  /** What an accountant reads in the 上年数 sheet. */
  label: string;
  note: string;
  kind: 'amount' | 'text';
  get(inputs: NarrativeInputs): Decimal | string | undefined;
  set(inputs: NarrativeInputs, value: Decimal | string): void;
}

function amountField(path: string, label: string, note: string, get: (i: NarrativeInputs) => Decimal | undefined, set: (i: NarrativeInputs, v: Decimal) => void): InputField {
  return { path, label, note, kind: 'amount', get, set: (i, v) => set(i, v as Decimal) };
}

function threePublicField(key: keyof ThreePublicInputs, label: string, note: string): InputField {
  return amountField(`threePublic.${key}`, label, note, (i) => i.threePublic?.[key], (i, v) => {
    i.threePublic = { ...i.threePublic, [key]: v };
  });
}

function procurementField(key: keyof ProcurementInputs, label: string, note: string): InputField {
  return amountField(`procurement.${key}`, label, note, (i) => i.procurement?.[key], (i, v) => {
    i.procurement = { ...i.procurement, [key]: v };
  });
}

function reasonField(id: SectionId, label: string, note: string): InputField {
  return {
    path: `reasons.${id}`,
    label,
    note,
    kind: 'text',
    get: (i) => i.reasons?.[id],
    set: (i, v) => {
      i.reasons = { ...i.reasons, [id]: String(v) };
    },
  };
}

/** Every input, in the order of the 上年数 sheet. */
export const INPUT_FIELDS: readonly InputField[] = [
  amountField('revenueTotal', '上年收入总计', '上年部门预算收入总计，用于“一、收支数据变动”', (i) => i.revenueTotal, (i, v) => { i.revenueTotal = v; }),
  amountField('expenditureTotal', '上年支出总计', '上年部门预算支出总计，用于“一、收支数据变动”', (i) => i.expenditureTotal, (i, v) => { i.expenditureTotal = v; }),
  amountField('generalBudgetAppropriation', '上年一般公共预算当年拨款', '用于“五、一般公共预算支出”规模变化', (i) => i.generalBudgetAppropriation, (i, v) => { i.generalBudgetAppropriation = v; }),
  amountField('fundBudgetAppropriation', '上年政府性基金预算拨款', '填了才在“四”中写政府性基金的增减', (i) => i.fundBudgetAppropriation, (i, v) => { i.fundBudgetAppropriation = v; }),
  threePublicField('total', '上年“三公”经费预算合计', '用于“七、三公经费”'),
  threePublicField('overseas', '上年因公出国（境）费', '用于“七、三公经费”'),
  threePublicField('reception', '上年公务接待费', '用于“七、三公经费”'),
  threePublicField('vehiclePurchase', '上年公务用车购置费', '用于“七、三公经费”'),
  threePublicField('vehicleOperation', '上年公务用车运行维护费', '用于“七、三公经费”'),
  amountField('operatingCosts', '上年机关运行经费', '用于“八、机关运行经费”', (i) => i.operatingCosts, (i, v) => { i.operatingCosts = v; }),
  procurementField('total', '本年政府采购预算总额', '用于“九、政府采购情况”；没有采购填0'),
  procurementField('goods', '其中：政府采购货物预算', '货物 + 工程 + 服务 应等于总额'),
  procurementField('works', '其中：政府采购工程预算', '货物 + 工程 + 服务 应等于总额'),
  procurementField('services', '其中：政府采购服务预算', '货物 + 工程 + 服务 应等于总额'),
  reasonField('一', '收支总计增减的主要原因', '写在“一”的“主要原因是”之后'),
  reasonField('四', '政府性基金拨款增减的主要原因', '填了上年政府性基金预算拨款时使用'),
  reasonField('五', '一般公共预算拨款增减的主要原因', '写在“五（一）”的“主要原因是”之后'),
  reasonField('七', '“三公”经费增减的主要原因', '写在“七”的末尾'),
  reasonField('八', '机关运行经费增减的主要原因', '写在“八”的“主要原因是”之后'),
];

const FIELD_BY_PATH = new Map(INPUT_FIELDS.map((f) => [f.path, f]));

export function inputFieldByPath(path: string): InputField | undefined {
  return FIELD_BY_PATH.get(path);
}

export type AmountReading = { ok: true; value: Decimal } | { ok: false; message: string };

/** An input amount in 万元: a number ≥ 0 ("1,569.40", 1569.4, "1569.40万元"). */
export function readInputAmount(raw: string | number | boolean | null): AmountReading {
  const parsed = parseAmount(raw);
  if (parsed.kind === 'number') {
    if (parsed.unit === '元') return { ok: false, message: `“${String(raw)}”是元，请按万元填写` };
    if (parsed.value.isNegative()) return { ok: false, message: `“${String(raw)}”是负数，上年数不能为负` };
    return { ok: true, value: parsed.value };
  }
  if (parsed.kind === 'empty') return { ok: false, message: '是空的' };
  return { ok: false, message: `“${String(raw)}”不是金额，请填万元数字` };
}

/** Section ids as keys: "一" … "十", or "1" … "10". */
export function sectionIdOf(key: string): SectionId | undefined {
  if ((SECTION_IDS as readonly string[]).includes(key)) return key as SectionId;
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= 10 ? SECTION_IDS[n - 1] : undefined;
}

export type PriorParseResult = { ok: true; inputs: NarrativeInputs } | { ok: false; errors: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const TOP_AMOUNTS = ['revenueTotal', 'expenditureTotal', 'generalBudgetAppropriation', 'fundBudgetAppropriation', 'operatingCosts'];
const GROUPS: Record<string, string[]> = {
  threePublic: ['total', 'overseas', 'reception', 'vehiclePurchase', 'vehicleOperation'],
  procurement: ['total', 'goods', 'works', 'services'],
};
const ALLOWED_TOP = [...TOP_AMOUNTS, ...Object.keys(GROUPS), 'reasons'];

function readAmountKey(path: string, raw: unknown, inputs: NarrativeInputs, errors: string[], source: string): void {
  if (raw === null || raw === undefined) return;
  if (typeof raw !== 'number' && typeof raw !== 'string') {
    errors.push(`${source} 的键“${path}”应为金额（万元），现在是${Array.isArray(raw) ? '数组' : typeof raw}`);
    return;
  }
  const reading = readInputAmount(raw);
  if (!reading.ok) {
    errors.push(`${source} 的键“${path}”${reading.message}`);
    return;
  }
  inputFieldByPath(path)!.set(inputs, reading.value);
}

/**
 * Reads prior.json (DESIGN.md §4 keys, all optional, 万元; plus procurement). Unknown keys
 * are errors, so that a misspelt key is not silently ignored.
 */
export function parseNarrativeInputsObject(value: unknown, source = 'prior.json'): PriorParseResult {
  if (!isRecord(value)) return { ok: false, errors: [`${source} 应是一个 JSON 对象，例如 {"revenueTotal": 1569.40}`] };
  const errors: string[] = [];
  const inputs: NarrativeInputs = {};
  for (const [key, raw] of Object.entries(value)) {
    if (TOP_AMOUNTS.includes(key)) {
      readAmountKey(key, raw, inputs, errors, source);
    } else if (key in GROUPS) {
      if (raw === null || raw === undefined) continue;
      if (!isRecord(raw)) {
        errors.push(`${source} 的键“${key}”应是对象，例如 {"${GROUPS[key][0]}": 0.5}`);
        continue;
      }
      for (const [sub, subRaw] of Object.entries(raw)) {
        if (!GROUPS[key].includes(sub)) {
          errors.push(`${source} 的键“${key}.${sub}”不认识；可用的键：${GROUPS[key].map((s) => `${key}.${s}`).join('、')}`);
          continue;
        }
        readAmountKey(`${key}.${sub}`, subRaw, inputs, errors, source);
      }
    } else if (key === 'reasons') {
      if (raw === null || raw === undefined) continue;
      if (!isRecord(raw)) {
        errors.push(`${source} 的键“reasons”应是对象，例如 {"一": "新增人员"}`);
        continue;
      }
      for (const [sub, text] of Object.entries(raw)) {
        const id = sectionIdOf(sub);
        if (!id) errors.push(`${source} 的键“reasons.${sub}”不认识；请用节号“一”到“十”`);
        else if (typeof text !== 'string') errors.push(`${source} 的键“reasons.${sub}”应为文字`);
        else if (text.trim() !== '') inputs.reasons = { ...inputs.reasons, [id]: text.trim() };
      }
    } else {
      errors.push(`${source} 中有不认识的键“${key}”；可用的键：${ALLOWED_TOP.join('、')}`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs };
}

export function parsePriorJson(text: string, source = 'prior.json'): PriorParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`${source} 不是有效的 JSON：${(e as Error).message}`] };
  }
  return parseNarrativeInputsObject(value, source);
}

/** Each input of `over` replaces the same input of `base` (prior.json over the workbook's 上年数). */
export function mergeNarrativeInputs(base: NarrativeInputs, over: NarrativeInputs): NarrativeInputs {
  const out: NarrativeInputs = {};
  for (const field of INPUT_FIELDS) {
    const v = field.get(over) ?? field.get(base);
    if (v !== undefined) field.set(out, v);
  }
  return out;
}

/** prior.json for the inputs (amounts as numbers in 万元, as DESIGN.md §4 shows them). */
export function narrativeInputsToJson(inputs: NarrativeInputs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of INPUT_FIELDS) {
    const v = field.get(inputs);
    if (v === undefined) continue;
    const [head, sub] = field.path.split('.');
    const value = typeof v === 'string' ? v : Number(v.toString());
    if (sub === undefined) out[head] = value;
    else out[head] = { ...(out[head] as Record<string, unknown> | undefined), [sub]: value };
  }
  return out;
}
