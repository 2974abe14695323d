#!/usr/bin/env node
'use strict';
/**
 * Turns the 科目 catalogue CSVs in data/catalog into src/domain/catalog/data.generated.ts
 * (the domain cannot read files at run time).
 *
 *   node scripts/build-catalog.js          write the module
 *   node scripts/build-catalog.js --check  exit 1 when the module is not up to date
 *
 * Plain Node, no dependencies. The CSVs have no quoted fields; a quote, a wrong field
 * count, a bad code or a level that does not match the code length stops the build.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DATA_DIR = path.join(ROOT, 'data', 'catalog');
const OUT_FILE = path.join(ROOT, 'src', 'domain', 'catalog', 'data.generated.ts');

const LEVEL_BY_LENGTH = { 3: '类', 5: '款', 7: '项' };

/** file name -> export name, header, whether rows carry a year */
const CODE_FILES = [
  { file: 'expenditure-function.csv', exportName: 'EXPENDITURE_FUNCTION_ROWS', header: 'code,name,level,year,source', hasYear: true },
  { file: 'expenditure-economic-department.csv', exportName: 'EXPENDITURE_ECONOMIC_DEPARTMENT_ROWS', header: 'code,name,level,source', hasYear: false },
  { file: 'expenditure-economic-government.csv', exportName: 'EXPENDITURE_ECONOMIC_GOVERNMENT_ROWS', header: 'code,name,level,source', hasYear: false },
  { file: 'revenue.csv', exportName: 'REVENUE_ROWS', header: 'code,name,level,year,source', hasYear: true },
];
const PAIR_FILE = {
  file: 'expenditure-economic-dept-to-gov.csv',
  exportName: 'ECONOMIC_DEPT_TO_GOV_PAIRS',
  header: 'department_code,department_name,government_code,government_name,source',
};
/** Years a code is valid in, where a source says it was added or removed (since/until may be blank, not both). */
const VALIDITY_FILE = { file: 'validity.csv', exportName: 'CODE_VALIDITY', header: 'code,since,until,source' };
const ALL_FILES = [...CODE_FILES.map((f) => f.file), PAIR_FILE.file, VALIDITY_FILE.file];

function fail(file, lineNo, message) {
  throw new Error(`${file}:${lineNo}: ${message}`);
}

/** Rows of a simple CSV (no quoting) as arrays of fields, checked against the header. */
function parseCsv(text, file, header, optional = []) {
  if (text.charCodeAt(0) === 0xfeff) fail(file, 1, 'starts with a BOM');
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== header) fail(file, 1, `header is "${lines[0]}", expected "${header}"`);
  const width = header.split(',').length;
  return lines.slice(1).map((line, i) => {
    const lineNo = i + 2;
    if (line.includes('"')) fail(file, lineNo, 'quoted fields are not supported');
    const fields = line.split(',').map((f) => f.trim());
    if (fields.length !== width) fail(file, lineNo, `${fields.length} fields, expected ${width}`);
    const names = header.split(',');
    if (fields.some((f, i) => f === '' && !optional.includes(names[i]))) fail(file, lineNo, 'empty field');
    return { fields, lineNo };
  });
}

function checkCode(code, level, file, lineNo) {
  if (!/^\d+$/.test(code)) fail(file, lineNo, `code "${code}" is not all digits`);
  const expected = LEVEL_BY_LENGTH[code.length];
  if (!expected) fail(file, lineNo, `code "${code}" has ${code.length} digits (3, 5 or 7 expected)`);
  if (level !== undefined && level !== expected) fail(file, lineNo, `code "${code}" is a ${expected}, the row says ${level}`);
}

function splitSources(field, file, lineNo) {
  const sources = field.split(';').map((s) => s.trim());
  if (sources.some((s) => !/^[A-Z]\d+$/.test(s))) fail(file, lineNo, `bad source list "${field}"`);
  return sources;
}

function quote(s) {
  return `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function sourcesLiteral(sources) {
  return `[${sources.map(quote).join(', ')}]`;
}

function renderCodeRows(spec, text) {
  const rows = parseCsv(text, spec.file, spec.header);
  let previous = '';
  const lines = rows.map(({ fields, lineNo }) => {
    const [code, name, level] = fields;
    checkCode(code, level, spec.file, lineNo);
    if (code < previous) fail(spec.file, lineNo, `not sorted by code ("${code}" after "${previous}")`);
    previous = code;
    const parts = [`code: ${quote(code)}`, `name: ${quote(name)}`, `level: ${quote(level)}`];
    if (spec.hasYear) {
      const year = fields[3];
      if (!/^\d{4}$/.test(year)) fail(spec.file, lineNo, `year "${year}" is not a 4-digit year`);
      parts.push(`year: ${Number(year)}`);
    }
    parts.push(`sources: ${sourcesLiteral(splitSources(fields[fields.length - 1], spec.file, lineNo))}`);
    return `  { ${parts.join(', ')} },`;
  });
  return [
    `/** ${spec.file} */`,
    `export const ${spec.exportName}: readonly GeneratedCodeRow[] = [`,
    ...lines,
    '];',
  ].join('\n');
}

function renderPairs(text) {
  const rows = parseCsv(text, PAIR_FILE.file, PAIR_FILE.header);
  const lines = rows.map(({ fields, lineNo }) => {
    const [departmentCode, departmentName, governmentCode, governmentName, source] = fields;
    checkCode(departmentCode, undefined, PAIR_FILE.file, lineNo);
    checkCode(governmentCode, undefined, PAIR_FILE.file, lineNo);
    return (
      `  { departmentCode: ${quote(departmentCode)}, departmentName: ${quote(departmentName)}, ` +
      `governmentCode: ${quote(governmentCode)}, governmentName: ${quote(governmentName)}, ` +
      `sources: ${sourcesLiteral(splitSources(source, PAIR_FILE.file, lineNo))} },`
    );
  });
  return [
    `/** ${PAIR_FILE.file} */`,
    `export const ${PAIR_FILE.exportName}: readonly GeneratedEconomicPair[] = [`,
    ...lines,
    '];',
  ].join('\n');
}

function optionalYear(field, what, file, lineNo) {
  if (field === '') return undefined;
  if (!/^\d{4}$/.test(field)) fail(file, lineNo, `${what} "${field}" is not a 4-digit year`);
  return Number(field);
}

/** validity.csv: every code must be in one of the code files, once, with since <= until. */
function renderValidity(text, knownCodes) {
  const rows = parseCsv(text, VALIDITY_FILE.file, VALIDITY_FILE.header, ['since', 'until']);
  const seen = new Set();
  const lines = rows.map(({ fields, lineNo }) => {
    const [code, sinceField, untilField, source] = fields;
    checkCode(code, undefined, VALIDITY_FILE.file, lineNo);
    if (!knownCodes.has(code)) fail(VALIDITY_FILE.file, lineNo, `code "${code}" is in none of the code files`);
    if (seen.has(code)) fail(VALIDITY_FILE.file, lineNo, `code "${code}" is listed twice`);
    seen.add(code);
    const since = optionalYear(sinceField, 'since', VALIDITY_FILE.file, lineNo);
    const until = optionalYear(untilField, 'until', VALIDITY_FILE.file, lineNo);
    if (since === undefined && until === undefined) fail(VALIDITY_FILE.file, lineNo, 'since and until are both blank');
    if (since !== undefined && until !== undefined && since > until) fail(VALIDITY_FILE.file, lineNo, `since ${since} is after until ${until}`);
    const parts = [`code: ${quote(code)}`];
    if (since !== undefined) parts.push(`since: ${since}`);
    if (until !== undefined) parts.push(`until: ${until}`);
    parts.push(`sources: ${sourcesLiteral(splitSources(source, VALIDITY_FILE.file, lineNo))}`);
    return `  { ${parts.join(', ')} },`;
  });
  return [
    `/** ${VALIDITY_FILE.file} */`,
    `export const ${VALIDITY_FILE.exportName}: readonly GeneratedValidity[] = [`,
    ...lines,
    '];',
  ].join('\n');
}

/**
 * The text of data.generated.ts for the given CSV texts (file name -> content).
 * Pure: the test calls it on the CSVs and compares with the committed module.
 */
function renderCatalogModule(csvByFile) {
  for (const file of ALL_FILES) {
    if (typeof csvByFile[file] !== 'string') throw new Error(`missing ${file}`);
  }
  const knownCodes = new Set();
  for (const spec of CODE_FILES) {
    for (const { fields } of parseCsv(csvByFile[spec.file], spec.file, spec.header)) knownCodes.add(fields[0]);
  }
  const blocks = [
    '// generated by scripts/build-catalog.js from data/catalog; do not edit',
    "import type { GeneratedCodeRow, GeneratedEconomicPair, GeneratedValidity } from './types';",
    ...CODE_FILES.map((spec) => renderCodeRows(spec, csvByFile[spec.file])),
    renderPairs(csvByFile[PAIR_FILE.file]),
    renderValidity(csvByFile[VALIDITY_FILE.file], knownCodes),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function readCatalogCsvs(dir = DATA_DIR) {
  const out = {};
  for (const file of ALL_FILES) out[file] = fs.readFileSync(path.join(dir, file), 'utf8');
  return out;
}

function main(argv) {
  const text = renderCatalogModule(readCatalogCsvs());
  const current = fs.existsSync(OUT_FILE) ? fs.readFileSync(OUT_FILE, 'utf8') : null;
  const relative = path.relative(ROOT, OUT_FILE);
  if (argv.includes('--check')) {
    if (current === text) {
      console.log(`${relative} is up to date`);
      return 0;
    }
    console.error(`${relative} is out of date: run node scripts/build-catalog.js`);
    return 1;
  }
  if (current === text) {
    console.log(`${relative} unchanged`);
  } else {
    fs.writeFileSync(OUT_FILE, text);
    console.log(`wrote ${relative}`);
  }
  return 0;
}

module.exports = { renderCatalogModule, readCatalogCsvs, parseCsv, DATA_DIR, OUT_FILE };

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`build-catalog: ${e.message}`);
    process.exitCode = 2;
  }
}
