import type { PackProblem } from './types';

/**
 * A small schema language for rule packs: enough to say, in Chinese and with the JSON path,
 * what is wrong with a pack a person wrote by hand.
 */
export type Schema =
  | { type: 'string'; oneOf?: readonly string[] }
  | { type: 'number'; integer?: boolean }
  | { type: 'boolean' }
  | { type: 'array'; items: Schema }
  | { type: 'object'; fields: Readonly<Record<string, Field>> }
  | { type: 'map'; keys?: readonly string[]; values: Schema }
  /** An object whose `tag` field picks the fields that follow. */
  | { type: 'tagged'; tag: string; cases: Readonly<Record<string, Readonly<Record<string, Field>>>> }
  /** The first option whose type fits; `what` names them for the message. */
  | { type: 'either'; options: readonly Schema[]; what: string }
  | { type: 'lazy'; schema: () => Schema };

export interface Field {
  schema: Schema;
  optional?: boolean;
}

export const required = (schema: Schema): Field => ({ schema });
export const optional = (schema: Schema): Field => ({ schema, optional: true });

function typeWord(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '列表';
  switch (typeof value) {
    case 'string':
      return `文字“${value.length > 30 ? `${value.slice(0, 30)}…` : value}”`;
    case 'number':
      return `数字 ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return '对象 {…}';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<Schema['type'], string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表 […]',
  object: '对象 {…}',
  map: '对象 {…}',
  tagged: '对象 {…}',
  either: '',
  lazy: '',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fitsType(value: unknown, schema: Schema): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
    case 'map':
    case 'tagged':
      return isRecord(value);
    case 'either':
      return schema.options.some((o) => fitsType(value, o));
    case 'lazy':
      return fitsType(value, schema.schema());
  }
}

const join = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const listed = (values: readonly string[]): string => (values.length > 24 ? `${values.slice(0, 24).join('、')} 等` : values.join('、'));

function checkFields(value: Record<string, unknown>, fields: Readonly<Record<string, Field>>, path: string, out: PackProblem[], skip?: string): void {
  for (const [name, field] of Object.entries(fields)) {
    if (value[name] === undefined) {
      if (!field.optional) out.push({ path: join(path, name), message: `缺少“${name}”` });
      continue;
    }
    validate(value[name], field.schema, join(path, name), out);
  }
  for (const key of Object.keys(value)) {
    if (key === skip || key in fields) continue;
    out.push({ path: join(path, key), message: `不认识的字段“${key}”（可用：${listed(Object.keys(fields))}）` });
  }
}

/** Appends to `out` every way `value` does not fit `schema`. */
export function validate(value: unknown, schema: Schema, path: string, out: PackProblem[]): void {
  if (schema.type === 'lazy') return validate(value, schema.schema(), path, out);
  if (schema.type === 'either') {
    const fit = schema.options.find((o) => fitsType(value, o));
    if (!fit) out.push({ path, message: `应为${schema.what}，实为${typeWord(value)}` });
    else validate(value, fit, path, out);
    return;
  }
  if (!fitsType(value, schema)) {
    out.push({ path, message: `应为${EXPECTED[schema.type]}，实为${typeWord(value)}` });
    return;
  }
  switch (schema.type) {
    case 'string':
      if (schema.oneOf && !schema.oneOf.includes(value as string)) {
        out.push({ path, message: `“${value as string}”不是可用的值（可用：${listed(schema.oneOf)}）` });
      }
      return;
    case 'number':
      if (schema.integer && !Number.isInteger(value)) out.push({ path, message: `应为整数，实为 ${value as number}` });
      return;
    case 'array':
      (value as unknown[]).forEach((item, i) => validate(item, schema.items, join(path, i), out));
      return;
    case 'object':
      return checkFields(value as Record<string, unknown>, schema.fields, path, out);
    case 'map':
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (schema.keys && !schema.keys.includes(key)) {
          out.push({ path: join(path, key), message: `“${key}”不是可用的名称（可用：${listed(schema.keys)}）` });
          continue;
        }
        validate(item, schema.values, join(path, key), out);
      }
      return;
    case 'tagged': {
      const record = value as Record<string, unknown>;
      const tag = record[schema.tag];
      const kinds = Object.keys(schema.cases);
      if (typeof tag !== 'string' || !(tag in schema.cases)) {
        out.push({ path: join(path, schema.tag), message: tag === undefined ? `缺少“${schema.tag}”（可用：${listed(kinds)}）` : `${typeWord(tag)}不是可用的值（可用：${listed(kinds)}）` });
        return;
      }
      checkFields(record, schema.cases[tag], path, out, schema.tag);
      return;
    }
    default:
      return;
  }
}
