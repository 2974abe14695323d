export const USAGE = `用法 / usage:
  budget-tables new --year 2024 --department 名称 --out 文件.xlsx [--layout sheets|stacked] [--codes 2010301,2080505]
      生成 13 张预算公开表的空表（含公式）
  budget-tables check 文件.xlsx... [--format text|json] [--text 情况说明.txt] [--catalog 科目表.xlsx|.csv] [--year 2024]
      识别并检查工作簿（工作簿里的“情况说明”表或 --text 给出的文本也一并核对；
      --catalog 导入完整科目表，其名称优先于内置的部分科目；
      工作簿中有几个年度的表时默认检查最新的一年，--year 指定年度）；
      退出码 0 无错误，1 有错误，2 文件无法读取或用法错误
  budget-tables narrative 文件.xlsx [--prior 上年数.json] [--format text|json]
      起草第三部分情况说明（一至十）；上年数取自工作簿的“上年数”表，--prior 文件优先
  budget-tables help
`;

/** Bad usage: the message says what to do; exit code 2, nothing written. */
export class UsageError extends Error {}
