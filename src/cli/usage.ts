import { DEFAULT_FUND_SECTIONS } from '../domain/templates/context';
import { SUPPORTED_YEARS } from './years';

export type CommandName = 'new' | 'check' | 'narrative' | 'rules' | 'demo';

const years = `${SUPPORTED_YEARS[0]}–${SUPPORTED_YEARS[SUPPORTED_YEARS.length - 1]}`;

/** Each command's own help (`budget-tables check --help`). */
export const COMMAND_USAGE: Record<CommandName, string> = {
  new: `用法：budget-tables new --year 2024 --department 名称 --out 文件.xlsx [--layout sheets|stacked] [--codes 2010301,2080505] [--fund-codes 21208,22960]
  生成 13 张预算公开表的空表（含公式）。
  --year 年度          预算年度，支持 ${years}
  --department 名称    部门（单位）名称，写进各表标题
  --out 文件.xlsx      要写入的新文件（已存在的文件不会被覆盖）
  --layout sheets      每张表一个工作表（默认）；stacked：全部在一个工作表
  --codes 编码,...     预先列出的 7 位项级科目编码，用逗号分隔
  --fund-codes 款,...  政府性基金的款（或类）编码，其下科目列入表8、不列入表5
                       （默认 ${DEFAULT_FUND_SECTIONS.join(',')}）
  -h, --help           显示本说明
  退出码：0 已写入；2 用法错误（不写任何文件）
`,
  check: `用法：budget-tables check 文件.xlsx... [--format text|json|ndjson] [--text 情况说明.txt] [--catalog 科目表.xlsx|.csv] [--rules 规则包.json]...
  识别并检查工作簿（工作簿里的“情况说明”表或 --text 给出的文本也一并核对）。
  --format text        中文报告（默认），每个文件检查完就输出
  --format json        JSON：一个文件一个对象，多个文件为数组（全部检查完才输出）
  --format ndjson      每个文件一行 JSON，检查完一个输出一行（适合批量）
                       每个对象带 "status"："ok" 无错误，"errors" 有错误，"unreadable" 无法读取（附 "error" 原因），
                       "unchecked" 没有识别到任何预算公开表（什么也没检查，报告为错误）
  --text 情况说明.txt  情况说明另存的文本（UTF-8 或 GBK），只能配一个工作簿
  --catalog 科目表     完整科目表（.xlsx，或 UTF-8/GBK 编码的 .csv），其名称优先于内置的部分科目
  --year 年度          工作簿中有几个年度的表时检查哪一年（默认最新的一年）
  --rules 规则包.json  在内置规则之上再用一个规则包（可停用规则、改严重程度、加勾稽关系）；可写多次，后面的优先；
                       规则包有误时不检查，退出码 2
  -h, --help           显示本说明
  退出码：0 无错误；1 有错误（没有识别到任何表也算）；2 有文件无法读取或用法错误（多个文件时取最严重的一个）
`,
  rules: `用法：budget-tables rules [文件.xlsx] [--rules 规则包.json]... [--format text|json]
  列出生效的规则：编号、严重程度、读取的表、说明、所属规则包。
  文件.xlsx            只列适用于这个工作簿（按其表式和年度）的规则；不给文件时列出全部内置规则
  --rules 规则包.json  加上自己的规则包后再列出（可写多次，后面的优先）
  --format text|json   输出格式（默认 text）；json 为数组，每条规则一个对象
  -h, --help           显示本说明
  退出码：0 已列出；2 规则包有误、文件无法读取或用法错误
`,
  demo: `用法：budget-tables demo [--out 预算公开示例.xlsx]
  写出一个示例工作簿（2023 年晋中市行政审批服务管理局公开的 13 张表的数字），像 check 一样检查它，并起草情况说明。
  --out 文件.xlsx      示例工作簿写到哪里（默认 预算公开示例.xlsx；已存在的文件不会被覆盖）
  -h, --help           显示本说明
  退出码：0 已完成；2 无法写入或用法错误
`,
  narrative: `用法：budget-tables narrative 文件.xlsx [--prior 上年数.json] [--format text|json]
  起草第三部分情况说明（一至十）；上年数取自工作簿的“上年数”表，--prior 文件优先。
  --prior 上年数.json  上年数（万元），见 README
  --format text|json   输出格式（默认 text）
  -h, --help           显示本说明
  退出码：0 已起草；2 文件无法读取或用法错误
`,
};

export const USAGE = `用法 / usage:
  budget-tables new --year 2024 --department 名称 --out 文件.xlsx [--layout sheets|stacked] [--codes 2010301,2080505] [--fund-codes 21208,22960]
      生成 13 张预算公开表的空表（含公式）
  budget-tables check 文件.xlsx... [--format text|json|ndjson] [--text 情况说明.txt] [--catalog 科目表.xlsx|.csv] [--year 2024] [--rules 规则包.json]...
      识别并检查工作簿（工作簿里的“情况说明”表或 --text 给出的文本也一并核对；
      --catalog 导入完整科目表，其名称优先于内置的部分科目；
      工作簿中有几个年度的表时默认检查最新的一年，--year 指定年度；
      --rules 在内置规则之上再用自己的规则包）；
      退出码 0 无错误，1 有错误，2 文件无法读取或用法错误（多个文件取最严重的）
  budget-tables narrative 文件.xlsx [--prior 上年数.json] [--format text|json]
      起草第三部分情况说明（一至十）；上年数取自工作簿的“上年数”表，--prior 文件优先
  budget-tables rules [文件.xlsx] [--rules 规则包.json]... [--format text|json]
      列出生效的规则（编号、严重程度、读取的表、说明、规则包）
  budget-tables demo [--out 预算公开示例.xlsx]
      写出示例工作簿（真实公开文件的数字），检查它并起草情况说明
  budget-tables 命令 --help
      显示该命令的说明
`;

/** Bad usage: the message says what to do; exit code 2, nothing written. `command` picks the help shown after it. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message);
  }
}
