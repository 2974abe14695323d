import { Catalog } from './catalog';
import { normalizeSubjectName } from './codes';

/*
 * The 30 expenditure 类 that 表1 (预算收支总表) and 表4 (财政拨款收支总表) list by name, rows
 * 一 … 三十, transcribed from 表1 of the seeds: 000 (晋中市行政审批服务管理局, 2023) and 003
 * (长治市屯留区行政审批服务管理局, 2024). Both 表1 print the same 30 names. Seed 000's 表4
 * prints three of them without 等 (资源勘探工业信息支出, 商业服务业支出, 自然资源海洋气象支出);
 * matchExpenditureClass accepts that spelling too. The 表1 spelling is canonical.
 */
const CLASSES_IN_SEED_TABLE_1: readonly string[] = Object.freeze([
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '社会保险基金支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '国有资本经营预算支出',
  '灾害防治及应急管理支出',
  '预备费',
  '其他支出',
  '转移性支出',
  '债务还本支出',
  '债务付息支出',
  '债务发行费用支出',
  '抗疫特别国债安排的支出',
]);

/** 表1/表4 rows 一 … 三十 in the 2023 documents (seed 000 表1). */
export const EXPENDITURE_CLASSES_2023: readonly string[] = CLASSES_IN_SEED_TABLE_1;
/** 表1/表4 rows 一 … 三十 in the 2024 documents (seed 003 表1; same names as 2023). */
export const EXPENDITURE_CLASSES_2024: readonly string[] = CLASSES_IN_SEED_TABLE_1;

export interface ExpenditureClassMatch {
  /** 1 … 30, the row's place in 表1/表4. */
  ordinal: number;
  /** The canonical (表1) name. */
  name: string;
  /** The 3-digit 功能分类 code, when the catalogue holds a 类 of that name. */
  code?: string;
}

/** "十五、", "3.", "（二）" in front of a row label. */
const ORDINAL_PREFIX = /^(?:[(（]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．])\s*/;

/** Both the 表1 spelling and the 表4 spelling without 等. */
function spellingsOf(name: string): string[] {
  const withoutDeng = name.replace(/等支出$/, '支出');
  return withoutDeng === name ? [name] : [name, withoutDeng];
}

const ORDINAL_BY_KEY: ReadonlyMap<string, number> = new Map(
  CLASSES_IN_SEED_TABLE_1.flatMap((name, i) => spellingsOf(name).map((s) => [normalizeSubjectName(s), i + 1] as const)),
);

function classCode(name: string, catalog: Catalog): string | undefined {
  const keys = spellingsOf(name).map(normalizeSubjectName);
  return catalog
    .entries('function')
    .find((e) => e.level === '类' && keys.includes(normalizeSubjectName(e.name)))?.code;
}

/**
 * Matches a 表1/表4 expenditure row label ("十五、资源勘探工业信息支出") to one of the 30 类.
 * The ordinal prefix is ignored: the name decides. The code comes from the catalogue
 * (built-in unless another is given), never from an assumed numbering.
 */
export function matchExpenditureClass(label: string, catalog: Catalog = Catalog.builtIn()): ExpenditureClassMatch | undefined {
  const key = normalizeSubjectName(label.trim().replace(ORDINAL_PREFIX, ''));
  const ordinal = ORDINAL_BY_KEY.get(key);
  if (ordinal === undefined) return undefined;
  const name = CLASSES_IN_SEED_TABLE_1[ordinal - 1];
  const code = classCode(name, catalog);
  return code === undefined ? { ordinal, name } : { ordinal, name, code };
}
