import { parseArgs, ParseArgsConfig } from 'util';
import { CommandName, UsageError } from './usage';

/** Node's parseArgs, with its English errors ("Unknown option '--x'") said in Chinese. */
export function parseCommandArgs<T extends ParseArgsConfig>(command: CommandName, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`未知选项：${option ?? message}。${command} 命令可用的选项见下面的说明。`, command);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option?.split(' ')[0] ?? '';
      if (/missing/.test(message)) throw new UsageError(`选项 ${name} 后面缺少值。`, command);
      throw new UsageError(`选项 ${name} 不带值。`, command);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const extra = /'([^']*)'/.exec(message)?.[1];
      throw new UsageError(`多余的参数：${extra ?? message}。`, command);
    }
    throw e;
  }
}
