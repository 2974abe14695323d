// @ts-check
'use strict';
/**
 * Builds internally consistent 部门预算公开 workbooks (plain grids) of any size for the
 * benchmarks: the same 13 tables, headers and titles as the seed 000 document, with
 * random amounts in exact cents where every 表内 and 表间 relation holds.
 *
 * One 功能分类 code tree per fund: 一般公共预算 (most 类), 政府性基金 (212, 229),
 * 国有资本经营 (223); each 项 carries a 基本支出 and a 项目支出 amount. 表2/表3 list all
 * trees, 表5/表8/表9 their own; 表6 lists one economic item per 项 of the general tree
 * (its basic amount), 表11 splits the 公用经费 items in two units each, 表12 lists one
 * project per 项 with a project amount, 表13 is an empty table with its note.
 */

const NUMBER_FORMAT = '#,##0.00';

/** The 30 类 of 表1/表4 and their codes (《政府收支分类科目》). */
const CLASSES = [
  ['201', '一般公共服务支出'], ['202', '外交支出'], ['203', '国防支出'], ['204', '公共安全支出'], ['205', '教育支出'],
  ['206', '科学技术支出'], ['207', '文化旅游体育与传媒支出'], ['208', '社会保障和就业支出'], ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'], ['211', '节能环保支出'], ['212', '城乡社区支出'], ['213', '农林水支出'], ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'], ['216', '商业服务业等支出'], ['217', '金融支出'], ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'], ['221', '住房保障支出'], ['222', '粮油物资储备支出'], ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'], ['227', '预备费'], ['229', '其他支出'], ['230', '转移性支出'], ['231', '债务还本支出'],
  ['232', '债务付息支出'], ['233', '债务发行费用支出'], ['234', '抗疫特别国债安排的支出'],
];
const FUND_CLASSES = ['212', '229'];
const STATE_CAPITAL_CLASSES = ['223'];
const SOURCES = ['一般公共预算', '政府性基金预算', '国有资本经营预算'];
const ECON_CLASSES = [
  ['工资福利支出', 'personnel'], ['商品和服务支出', 'publicUse'], ['对个人和家庭的补助', 'personnel'], ['资本性支出', 'publicUse'],
];

/** A small deterministic random generator (mulberry32), so runs are comparable. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Amounts are integer cents of 万元; cells get numbers with 2 decimals. */
const money = (cents) => (cents === 0 ? null : cents / 100);
const pad = (n) => String(n).padStart(2, '0');
const DIGITS = '一二三四五六七八九';
/** 1 → 一, 12 → 十二, 30 → 三十: the ordinals 表1/表4 print before the 类 names. */
function ordinal(n) {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens - 1]}十`}${ones ? DIGITS[ones - 1] : ''}`;
}

/**
 * A code tree: `classes` 类 codes, each with `sections` 款 of `items` 项.
 * Returns rows in print order with basic/project cents summed up the tree.
 */
function codeTree(classCodes, sections, items, rand, nameOf) {
  const rows = [];
  for (const c of classCodes) {
    const cls = { code: c, level: 3, name: nameOf(c), basic: 0, project: 0 };
    rows.push(cls);
    for (let s = 1; s <= sections; s++) {
      const sec = { code: `${c}${pad(s)}`, level: 5, name: nameOf(`${c}${pad(s)}`), basic: 0, project: 0 };
      rows.push(sec);
      for (let i = 1; i <= items; i++) {
        const code = `${c}${pad(s)}${pad(i)}`;
        const project = rand() < 0.5 ? 1 + Math.floor(rand() * 80000) : 0;
        // every listed 项 carries an amount (a 项 without any is a finding of its own)
        const basic = project === 0 || rand() < 0.6 ? 1 + Math.floor(rand() * 50000) : 0;
        rows.push({ code, level: 7, name: nameOf(code), basic, project });
        sec.basic += basic;
        sec.project += project;
      }
      cls.basic += sec.basic;
      cls.project += sec.project;
    }
  }
  return rows;
}

const sumOf = (rows, f) => rows.filter((r) => r.level === 3).reduce((a, r) => a + f(r), 0);

function sheetOf(name, title, header, merges, body, notes, department) {
  const width = header[0].length;
  const values = [];
  const numberFormats = [];
  const line = (text, col = 0) => {
    const row = new Array(width).fill(null);
    row[col] = text;
    values.push(row);
    numberFormats.push(new Array(width).fill(null));
  };
  line(title);
  line(`部门名称：${department}`);
  line('单位：万元', width - 1);
  const top = values.length;
  for (const h of header) {
    values.push(h.map((x) => x || null));
    numberFormats.push(new Array(width).fill(null));
  }
  for (const row of body) {
    values.push(row);
    numberFormats.push(row.map((v) => (typeof v === 'number' ? NUMBER_FORMAT : null)));
  }
  for (const n of notes) line(n);
  return {
    name,
    values,
    numberFormats,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }, ...merges.map((m) => ({ top: top + m.top, left: m.left, bottom: top + m.bottom, right: m.right }))],
  };
}

const M = (top, left, bottom, right) => ({ top, left, bottom, right });

/**
 * @param {{ year?: number, generalClasses?: number, classSections?: number, sectionItems?: number, fundSections?: number, fundItems?: number,
 *   stateSections?: number, stateItems?: number, seed?: number, catalogName?: (code: string) => string | undefined }} options
 */
function budgetWorkbook(options = {}) {
  const year = options.year ?? 2023;
  const rand = random(options.seed ?? 1);
  const department = '基准测试局';
  const classNames = new Map(CLASSES);
  const nameOf = (code) => (code.length === 3 ? classNames.get(code) : options.catalogName?.(code) ?? `科目${code}`);
  const sections = options.classSections ?? 2;
  const items = options.sectionItems ?? 3;
  const generalClasses = CLASSES.map(([c]) => c).filter((c) => !FUND_CLASSES.includes(c) && !STATE_CAPITAL_CLASSES.includes(c)).slice(0, options.generalClasses ?? 27);
  const general = codeTree(generalClasses, sections, items, rand, nameOf);
  const fund = codeTree(FUND_CLASSES, options.fundSections ?? 1, options.fundItems ?? items, rand, nameOf);
  const state = codeTree(STATE_CAPITAL_CLASSES, options.stateSections ?? 1, options.stateItems ?? items, rand, nameOf);
  const all = [...general.map((r) => ({ ...r, src: 'general' })), ...fund.map((r) => ({ ...r, src: 'fund' })), ...state.map((r) => ({ ...r, src: 'stateCapital' }))].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const total = (r) => r.basic + r.project;
  const G = sumOf(general, total);
  const F = sumOf(fund, total);
  const S = sumOf(state, total);
  const sheets = [];
  const t = (n, title) => [`表${n}`, `${year}年${title}`];

  // 表1 and 表4: the 30 类 by name, income by source.
  const classTotal = new Map(all.filter((r) => r.level === 3).map((r) => [r.code, r]));
  const income1 = [['一、一般公共预算', G], ['二、政府性基金预算', F], ['三、国有资本经营预算', S], ['四、财政专户管理资金', 0], ['五、单位资金', 0]];
  const body1 = CLASSES.map(([code, name], i) => {
    const r = classTotal.get(code);
    const inc = income1[i];
    return [inc ? inc[0] : null, inc ? money(inc[1]) : null, `${ordinal(i + 1)}、${name}`, money(r ? total(r) : 0), money(r ? total(r) : 0), null];
  });
  const all1 = G + F + S;
  body1.push(['本年收入合计', money(all1), '本年支出合计', money(all1), money(all1), null]);
  body1.push(['上年结转', null, '年终结转', null, null, null]);
  body1.push(['收入总计', money(all1), '支出总计', money(all1), money(all1), null]);
  sheets.push(sheetOf(...t(1, '预算收支总表'), [['收入', '', '支出', '', '', ''], ['项目', `${year}年`, '项目', `${year}年合计`, '当年预算安排', '上年结转安排']], [M(0, 0, 0, 1), M(0, 2, 0, 5)], body1, [], department));

  sheets.push(sheetOf(...t(2, '预算收入总表'),
    [['项目', '', '本年收入', '', '', '', '', '', '上年结转'], ['科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金', '']],
    [M(0, 0, 0, 1), M(0, 2, 0, 7), M(0, 8, 1, 8)],
    [['合计', null, money(all1), money(G), money(F), money(S), null, null, null],
      ...all.map((r) => [r.code, r.name, money(total(r)), r.src === 'general' ? money(total(r)) : null, r.src === 'fund' ? money(total(r)) : null, r.src === 'stateCapital' ? money(total(r)) : null, null, null, null])],
    [], department));

  const basicProject = (rows, label) => [
    [label, null, money(sumOf(rows, total)), money(sumOf(rows, (r) => r.basic)), money(sumOf(rows, (r) => r.project))],
    ...rows.map((r) => [r.code, r.name, money(total(r)), money(r.basic), money(r.project)]),
  ];
  const BP_HEADER = [['项目', '', `${year}年预算数`, '', ''], ['科目编码', '科目名称', '合计', '基本支出', '项目支出']];
  sheets.push(sheetOf(...t(3, '预算支出总表'), BP_HEADER, [M(0, 0, 0, 1), M(0, 2, 0, 4)], basicProject(all, '合计'), [], department));

  const fiscal = (r) => [r.src === 'general' ? money(total(r)) : null, r.src === 'fund' ? money(total(r)) : null, r.src === 'stateCapital' ? money(total(r)) : null];
  const body4 = CLASSES.map(([code, name], i) => {
    const r = classTotal.get(code);
    const inc = income1[i];
    return [i < 3 ? inc[0] : null, i < 3 ? money(inc[1]) : null, `${ordinal(i + 1)}、${name}`, money(r ? total(r) : 0), ...(r ? fiscal(r) : [null, null, null])];
  });
  body4.push(['本年收入合计', money(all1), '本年支出合计', money(all1), money(G), money(F), money(S)]);
  body4.push(['上年财政拨款结转', null, '年终结转', null, null, null, null]);
  for (const s of SOURCES) body4.push([s, null, null, null, null, null, null]);
  body4.push(['收入总计', money(all1), '支出总计', money(all1), money(G), money(F), money(S)]);
  sheets.push(sheetOf(...t(4, '财政拨款收支总表'),
    [['收入', '', '支出', '', '', '', ''], ['项目', '金额', '项目', '金额', '', '', ''], ['', '', '', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算']],
    [M(0, 0, 0, 1), M(0, 2, 0, 6), M(1, 0, 2, 0), M(1, 1, 2, 1), M(1, 2, 2, 2), M(1, 3, 1, 6)], body4, [], department));

  sheets.push(sheetOf(...t(5, '一般公共预算支出预算表（不含上年结转）'), BP_HEADER, [M(0, 0, 0, 1), M(0, 2, 0, 4)], basicProject(general, '合计'), [], department));

  // 表6: one economic item per 项 of the general tree, under 4 economic 类.
  const econItems = general.filter((r) => r.level === 7 && r.basic > 0);
  const groups = ECON_CLASSES.map(([name, column]) => ({ name, column, items: [] }));
  econItems.forEach((r, i) => groups[i % groups.length].items.push(r));
  let personnel = 0;
  let publicUse = 0;
  const body6 = [];
  for (const g of groups) {
    const sum = g.items.reduce((a, r) => a + r.basic, 0);
    if (g.column === 'personnel') personnel += sum;
    else publicUse += sum;
    const split = (cents) => (g.column === 'personnel' ? [money(cents), null] : [null, money(cents)]);
    body6.push([g.name, null, money(sum), ...split(sum)]);
    g.items.forEach((r, i) => body6.push([`经济科目${r.code}`, `政府经济科目${i}`, money(r.basic), ...split(r.basic)]));
  }
  body6.unshift(['合计', null, money(personnel + publicUse), money(personnel), money(publicUse)]);
  sheets.push(sheetOf(...t(6, '一般公共预算安排基本支出分经济科目表（不含上年结转）'),
    [['部门预算支出经济科目名称', '政府预算支出经济科目名称', `${year}年预算数`, '', ''], ['', '', '合计', '人员经费', '公用经费']],
    [M(0, 0, 1, 0), M(0, 1, 1, 1), M(0, 2, 0, 4)], body6, [], department));

  // 表7: revenue codes 103 / 10301 / 10301xx, one per fund 项.
  const fundItems = fund.filter((r) => r.level === 7);
  const body7 = [['合计', null, money(F)], ['103', '非税收入', money(F)], ['10301', '政府性基金收入', money(F)]];
  const revenueName = (code, i) => options.catalogName?.(code) ?? `政府性基金收入${i + 1}`;
  fundItems.forEach((r, i) => body7.push([`10301${pad((i % 99) + 1)}`, revenueName(`10301${pad((i % 99) + 1)}`, i), money(total(r))]));
  // more than 99 items would repeat codes: fold them into 99 rows
  if (fundItems.length > 99) {
    const folded = new Array(99).fill(0);
    fundItems.forEach((r, i) => (folded[i % 99] += total(r)));
    body7.splice(3, body7.length - 3, ...folded.map((c, i) => [`10301${pad(i + 1)}`, revenueName(`10301${pad(i + 1)}`, i), money(c)]));
  }
  sheets.push(sheetOf(...t(7, '政府性基金预算收入表（不含上年结转）'), [['项目', '', '政府性基金收入预算'], ['收入科目编码', '科目名称', '']], [M(0, 0, 0, 1), M(0, 2, 1, 2)], body7, [], department));

  sheets.push(sheetOf(...t(8, '政府性基金预算支出表（不含上年结转）'), [['科目编码', '科目名称', '合计', '基本支出', '项目支出']], [], basicProject(fund, '合计'), [], department));

  const body9 = [['合计', null, money(S), null, null, money(S), money(sumOf(state, (r) => r.basic)), money(sumOf(state, (r) => r.project))]];
  const revenue9 = [['103', '非税收入'], ['10306', '国有资本经营收入']];
  state.forEach((r, i) => {
    const inc = revenue9[i];
    body9.push([inc ? inc[0] : null, inc ? inc[1] : null, inc ? money(S) : null, r.code, r.name, money(total(r)), money(r.basic), money(r.project)]);
  });
  sheets.push(sheetOf(...t(9, '国有资本经营预算收支预算表（不含上年结转）'),
    [['国有资本经营预算收入', '', '', '国有资本经营预算支出', '', '', '', ''], ['项目', '', '国有资本经营收入预算', '科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['收入科目编码', '科目名称', '', '', '', '', '', '']],
    [M(0, 0, 0, 2), M(0, 3, 0, 7), M(1, 0, 1, 1), M(1, 2, 2, 2), M(1, 3, 2, 3), M(1, 4, 2, 4), M(1, 5, 2, 5), M(1, 6, 2, 6), M(1, 7, 2, 7)], body9, [], department));

  sheets.push(sheetOf(...t(10, '一般公共预算“三公”经费支出预算表'),
    [['项目', `${year}年预算数`, '', '', ''], ['', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']], [M(0, 0, 1, 0), M(0, 1, 0, 4)],
    ['因公出国（境）费', '公务接待费', '公务用车购置及运行费', '①公务用车购置费', '②公务用车运行维护费', '合计'].map((n) => [n, null, null, null, null]),
    ['注：本表无数据'], department));

  // 表11: every 公用经费 item split over two units.
  const units = [];
  for (const g of groups.filter((x) => x.column === 'publicUse')) {
    for (const r of g.items) {
      const a = Math.floor(r.basic / 2);
      units.push(a, r.basic - a);
    }
  }
  sheets.push(sheetOf(...t(11, '机关运行经费预算财政拨款情况统计表'),
    [['单位名称', `${year}预算数`, '', '', ''], ['', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']], [M(0, 0, 1, 0), M(0, 1, 0, 4)],
    [['部门合计', money(publicUse), money(publicUse), null, null], ...units.map((c, i) => [`第${i + 1}预算单位`, money(c), money(c), null, null])],
    [], department));

  // 表12: one project per 项 with a project amount, under one unit per 100 projects.
  const projects = all.filter((r) => r.level === 7 && r.project > 0);
  const body12 = [['合计', money(projects.reduce((a, r) => a + r.project, 0)), money(sumOf(general, (r) => r.project)), money(sumOf(fund, (r) => r.project)), money(sumOf(state, (r) => r.project)), null, null]];
  const col = { general: 2, fund: 3, stateCapital: 4 };
  for (let u = 0; u * 100 < projects.length; u++) {
    const chunk = projects.slice(u * 100, u * 100 + 100);
    const sums = [0, 0, 0];
    for (const r of chunk) sums[col[r.src] - 2] += r.project;
    body12.push([`第${u + 1}预算单位`, money(sums[0] + sums[1] + sums[2]), money(sums[0]), money(sums[1]), money(sums[2]), null, null]);
    for (const r of chunk) {
      const row = [`项目${r.code}运行维护费`, money(r.project), null, null, null, null, null];
      row[col[r.src]] = money(r.project);
      body12.push(row);
    }
  }
  sheets.push(sheetOf(...t(12, '项目支出预算表（本年预算）'),
    [['项目名称', '合计', `${year}年财政拨款`, '', '', '财政专户管理资金', '单位资金'], ['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', ''], ['1', '2', '3', '4', '5', '6', '7']],
    [M(0, 0, 1, 0), M(0, 1, 1, 1), M(0, 2, 0, 4), M(0, 5, 1, 5), M(0, 6, 1, 6)], body12, [], department));

  sheets.push(sheetOf(...t(13, '项目支出预算表（上年结转）'),
    [['项目名称', '合计', `${year}年财政拨款`, '', ''], ['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算'], ['1', '2', '3', '4', '5']],
    [M(0, 0, 1, 0), M(0, 1, 1, 1), M(0, 2, 0, 4)], [], ['注：本表无数据'], department));

  const rows = sheets.reduce((a, s) => a + s.values.length, 0);
  return { workbook: { sheets }, rows, bodyRows: Object.fromEntries(sheets.map((s) => [s.name, s.values.length])) };
}

module.exports = { budgetWorkbook };
