import { runCheck } from './commands/check';
import { runNarrative } from './commands/narrative';
import { runDemo } from './commands/demo';
import { runNew } from './commands/new';
import { runRules } from './commands/rules';
import { COMMAND_USAGE, USAGE, UsageError } from './usage';

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'new':
        return await runNew(rest, out);
      case 'check':
        return await runCheck(rest, out, err);
      case 'narrative':
        return await runNarrative(rest, out, err);
      case 'rules':
        return await runRules(rest, out, err);
      case 'demo':
        return await runDemo(rest, out);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(command.startsWith('-') ? `未知选项：${command}。请先写命令（new、check、narrative、rules 或 demo）。` : `未知命令：${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`${e.message}\n\n${e.command ? COMMAND_USAGE[e.command] : USAGE}`);
    } else {
      const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      err.write(`出错了：${command} 命令没能完成。请把这段信息和所用的文件发给维护人员。（${detail}）\n`);
    }
    return 2;
  }
}
