/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe, not "History". */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return '工作表名称不能为空';
  if (name.length > 31) return `工作表名称“${name}”超过 31 个字符`;
  if (/[:\\/?*[\]]/.test(name)) return `工作表名称“${name}”含有 : \\ / ? * [ ] 之一`;
  if (name.startsWith("'") || name.endsWith("'")) return `工作表名称“${name}”不能以单引号开头或结尾`;
  if (name.toLowerCase() === 'history') return '工作表名称不能是“History”（Excel 保留）';
  return undefined;
}

/**
 * `base`, or `base(2)`, `base(3)` … — the first that is not taken. Excel compares sheet
 * names without regard to case; the chosen name is added to `taken`.
 */
export function uniqueSheetName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}
