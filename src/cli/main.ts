import { runCheck } from './commands/check';
import { runNarrative } from './commands/narrative';
import { runNew } from './commands/new';
import { USAGE, UsageError } from './usage';

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
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令：${command}`);
    }
  } catch (e) {
    const message = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (e as Error).message : `出错了：${(e as Error).message}`;
    err.write(`${message}\n\n${USAGE}`);
    return 2;
  }
}
