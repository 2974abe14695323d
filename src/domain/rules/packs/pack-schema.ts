import { AMOUNT_ROLES, ROW_KINDS, TABLE_IDS } from '../../model/types';
import { OUTCOMES } from '../types';
import { optional, required, type Field, type Schema } from './json-schema';
import { DOCUMENT_FORMATS } from './types';

/** The JSON shape of a rule pack (docs/rule-packs.md), mirroring the Relation and Rule types. */

const text: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const year: Schema = { type: 'number', integer: true };
const oneOf = (values: readonly string[]): Schema => ({ type: 'string', oneOf: values });
const listOf = (items: Schema): Schema => ({ type: 'array', items });
const orList = (item: Schema, what: string): Schema => ({ type: 'either', options: [item, listOf(item)], what });

const table = oneOf(TABLE_IDS);
const role = oneOf(AMOUNT_ROLES);
const side = oneOf(['income', 'expenditure']);
const rowKind = oneOf(ROW_KINDS);
const severityLevel = oneOf(['error', 'warning', 'info', 'off']);
const PERFORMANCE_CHECKS = ['t12Amount', 'sourcesAnnual', 'sourcesTotal', 'annualLeTotal', 'missingForm', 'orphanForm', 'narrativeCount', 'indicatorValue', 'costIndicator'];

const rowFilter: Schema = {
  type: 'object',
  fields: {
    kind: optional(orList(rowKind, '行类型或行类型的列表')),
    side: optional(side),
    keys: optional(listOf(text)),
    names: optional(listOf(text)),
    topLevel: optional(bool),
  },
};

const cellSelector: Schema = {
  type: 'object',
  fields: {
    table: required(table),
    rows: required(rowFilter),
    role: required(orList(role, '金额列或金额列的列表')),
    pick: optional(oneOf(['one', 'sum'])),
    orSumOf: optional(rowFilter),
  },
};

const pairSide: Schema = {
  type: 'object',
  fields: { table: required(table), rows: required(rowFilter), roles: required(listOf(orList(role, '金额列或金额列的列表'))) },
};

const selectors = orList(cellSelector, '单元格选择 {table, rows, role} 或其列表');

const relation: Schema = {
  type: 'tagged',
  tag: 'kind',
  cases: {
    sum: { total: required(cellSelector), parts: required(listOf(cellSelector)), requireParts: optional(bool), ifPresent: optional(bool) },
    equal: { a: required(cellSelector), b: required(cellSelector), ifPresent: optional(bool) },
    partOf: { part: required(selectors), whole: required(selectors) },
    rowSum: { table: required(table), rows: required(rowFilter), total: required(role), parts: required(listOf(role)) },
    columnSum: {
      table: required(table),
      side: optional(side),
      total: required(rowFilter),
      parts: required(listOf(rowFilter)),
      roles: optional(listOf(role)),
      ifPresent: optional(bool),
      orParts: optional(listOf(rowFilter)),
    },
    codeHierarchy: { table: required(table), side: optional(side) },
    groupHierarchy: { table: required(table), header: required(rowKind), member: required(rowKind) },
    pairs: {
      by: required(oneOf(['code', 'expenditureClass', 'threePublicItem'])),
      left: required(pairSide),
      right: required(pairSide),
      compare: required(oneOf(['equal', 'partOf'])),
      includeTotals: optional(bool),
      unpairedLeft: optional(oneOf(['zero', 'skip'])),
      unpairedRight: optional(oneOf(['zero', 'skip'])),
      slack: optional(pairSide),
      slackFallback: optional(cellSelector),
      alsoRight: optional(listOf(pairSide)),
      ifPresent: optional(bool),
    },
  },
};

const tables = { tables: required(listOf(table)) };
const namedCheck: Schema = {
  type: 'tagged',
  tag: 'kind',
  cases: {
    catalog: tables,
    sameNames: tables,
    parents: tables,
    codeOrder: tables,
    blankRows: { table: required(table) },
    revenueCodes: { table: required(table), side: required(side) },
    noDataNote: {},
    noteWithFigures: {},
    textCells: {},
    unitSlip: {},
    performance: { check: required(oneOf(PERFORMANCE_CHECKS)) },
    document: { check: required(oneOf(['unread', 'empty', 'negative', 'consistency'])) },
    narrative: {},
  },
};

const outcomeMap: Schema = { type: 'map', keys: OUTCOMES, values: severityLevel };
export const severitySpec: Schema = { type: 'either', options: [severityLevel, outcomeMap], what: '严重程度（error、warning、info、off）或 {结论: 严重程度}' };

const ruleFields: Record<string, Field> = {
  id: required(text),
  family: optional(oneOf(['hierarchy', 'rowTotal', 'balance', 'crossTable', 'codes', 'emptyTable', 'cells', 'document', 'performance', 'narrative'])),
  tables: required(listOf(table)),
  applies: optional(oneOf(['all', 'any'])),
  title: required(text),
  description: required(text),
  severity: required(severitySpec),
  hint: optional(text),
  smallerHint: optional(text),
  relations: optional(listOf(relation)),
  check: optional(namedCheck),
  custom: optional(text),
};

const scope: Schema = {
  type: 'object',
  fields: {
    formats: optional(listOf(oneOf(DOCUMENT_FORMATS))),
    years: optional({ type: 'either', options: [listOf(year), { type: 'object', fields: { from: optional(year), to: optional(year) } }], what: '年度列表 [2024] 或范围 {"from": 2024}' }),
    province: optional(text),
  },
};

export const PACK_SCHEMA: Schema = {
  type: 'object',
  fields: {
    name: required(text),
    title: optional(text),
    description: optional(text),
    appliesTo: optional(scope),
    extends: optional(text),
    outcomes: optional(outcomeMap),
    rules: optional(listOf({ type: 'object', fields: ruleFields })),
    disable: optional(listOf(text)),
    severity: optional({ type: 'map', values: severitySpec }),
  },
};
