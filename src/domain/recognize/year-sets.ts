import type { RecognitionProblem, TableId, TableModel, YearSets } from '../model/types';

/** The year a table is for: its title (or header), else a year in its sheet name ("2023表1", "表1（2023年）"). */
export function tableYear(t: TableModel): number | undefined {
  if (t.year !== undefined) return t.year;
  const m = /(?:^|\D)(20\d{2})(?!\d)/.exec(t.sheet);
  return m ? Number(m[1]) : undefined;
}

export interface YearSetChoice {
  /** The tables to check: those of the chosen year, and those whose year is unknown. */
  kept: TableModel[];
  problems: RecognitionProblem[];
  yearSets?: YearSets;
}

function tableNumber(id: TableId): string {
  return `表${Number(id.slice(1))}`;
}

/**
 * Years that stand for whole sets of tables: two years are rival sets when the same table
 * (表1, 表2 …) is there for both. A lone table with another year in its title is a slip in
 * the title (the consistency rule reports it), not last year's set: it stays.
 */
function rivalYears(tables: readonly TableModel[]): Map<number, Set<number>> {
  const yearsById = new Map<TableId, Set<number>>();
  for (const t of tables) {
    const y = tableYear(t);
    if (y === undefined) continue;
    const set = yearsById.get(t.id) ?? new Set<number>();
    set.add(y);
    yearsById.set(t.id, set);
  }
  const rivals = new Map<number, Set<number>>();
  for (const years of yearsById.values()) {
    if (years.size < 2) continue;
    for (const a of years) {
      const set = rivals.get(a) ?? new Set<number>();
      for (const b of years) if (b !== a) set.add(b);
      rivals.set(a, set);
    }
  }
  return rivals;
}

/** The year most tables are for (as a list: empty when no table names a year). */
function mainYear(tables: readonly TableModel[]): number[] {
  const counts = new Map<number, number>();
  for (const t of tables) {
    const y = tableYear(t);
    if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best === undefined ? [] : [best];
}

function listed(tables: readonly TableModel[]): string {
  return tables.map((t) => `${tableNumber(t.id)}（工作表“${t.sheet}”）`).join('、');
}

/**
 * When a workbook keeps last year's tables beside this year's (sheets "2023表1"… and
 * "2024表1"…, or titles with the year), checks one year: `requested`, else the newest year
 * that has a visible table. The other year's tables are set aside and named in an info.
 */
export function chooseYearSet(tables: readonly TableModel[], hiddenSheets: ReadonlySet<string>, requested?: number): YearSetChoice {
  const rivals = rivalYears(tables);
  const problems: RecognitionProblem[] = [];
  const setYears = [...rivals.keys()].sort((a, b) => b - a);
  // Without rival sets the workbook is of one year (a stray title year is a slip): only that year can be asked for.
  const offered = setYears.length ? setYears : mainYear(tables);
  if (requested !== undefined && !offered.includes(requested)) {
    problems.push({
      sheet: tables[0]?.sheet ?? '',
      message: `要求检查 ${requested} 年的表，但工作簿中没有 ${requested} 年的表${offered.length ? `（有 ${offered.join('、')} 年的表）` : ''}。`,
    });
    const fallback = chooseYearSet(tables, hiddenSheets);
    const checked = fallback.yearSets?.checked ?? offered[0];
    return {
      kept: fallback.kept,
      problems: [...problems, ...fallback.problems],
      ...(checked !== undefined ? { yearSets: { checked, years: offered } } : {}),
    };
  }
  if (setYears.length === 0) {
    return { kept: [...tables], problems, ...(requested !== undefined ? { yearSets: { checked: requested, years: offered } } : {}) };
  }
  const visibleYears = new Set(tables.filter((t) => !hiddenSheets.has(t.sheet)).map(tableYear));
  const checked = requested ?? setYears.find((y) => visibleYears.has(y)) ?? setYears[0];
  const setAside = rivals.get(checked) ?? new Set<number>();
  const kept: TableModel[] = [];
  const leftOut: TableModel[] = [];
  for (const t of tables) {
    const y = tableYear(t);
    if (y !== undefined && setAside.has(y)) leftOut.push(t);
    else kept.push(t);
  }
  if (leftOut.length) {
    const others = [...setAside].sort((a, b) => b - a);
    const newest = requested === undefined ? '（最新的一年）' : '（按指定的年度）';
    problems.push({
      sheet: leftOut[0].sheet,
      severity: 'info',
      message:
        `工作簿中有 ${[checked, ...others].sort((a, b) => b - a).join('、')} 年的几套表，本次检查 ${checked} 年的表${newest}。` +
        `没有检查的表：${others.map((y) => `${y} 年的${listed(leftOut.filter((t) => tableYear(t) === y))}`).join('；')}。` +
        `要检查其他年度，请选择年度（命令行：check --year ${others[0]}）。`,
      cells: leftOut.map((t) => `${t.sheet}!${t.range}`),
    });
  }
  return { kept, problems, yearSets: { checked, years: offered } };
}
