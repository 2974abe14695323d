import type { TableId } from '../../model/types';
import type { BodyRowSpec, HeaderSpec, TableSpec, TableTemplate, TemplateFormat } from '../types';
import { forFormat, generateRows } from './generators';
import { TABLE_TEMPLATES } from './tables';

const YEAR = /\{year\}/g;

function withYear(text: string, year: number): string {
  return text.replace(YEAR, String(year));
}

function headerFor(header: HeaderSpec, year: number): HeaderSpec {
  return {
    rowCount: header.rowCount,
    cells: header.cells.map((cell) => (typeof cell.value === 'string' && cell.value.includes('{year}') ? { ...cell, value: withYear(cell.value, year) } : { ...cell })),
  };
}

/** A table's title as the documents of that format print it. */
export function tableTitle(id: TableId, year: number, format: TemplateFormat): string {
  return withYear(forFormat(TABLE_TEMPLATES[id].title, format), year);
}

/** What the renderer needs of a table template, for given options. */
export function specFromTemplate(template: TableTemplate): TableSpec {
  return {
    id: template.id,
    number: template.number,
    title: (ctx) => tableTitle(template.id, ctx.year, ctx.format),
    columns: () => template.columns.map((c) => ({ ...c })),
    header: (ctx) => headerFor(template.header, ctx.year),
    body: (ctx) => template.body.flatMap((part): BodyRowSpec[] => ('generate' in part ? generateRows(ctx, part) : [part])),
  };
}
