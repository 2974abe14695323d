/** How much of a cell's text a message quotes. */
export const QUOTED_TEXT_LIMIT = 60;

/** A cell text as a message quotes it: at most QUOTED_TEXT_LIMIT characters, then "…". */
export function clipText(text: string, limit = QUOTED_TEXT_LIMIT): string {
  const chars = Array.from(text.length > limit * 2 + 2 ? text.slice(0, limit * 2 + 2) : text);
  return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : text;
}

/**
 * A message whose quoted parts (“…”, 「…」, "…") are clipped, and which is itself kept to a size a
 * report can show: a cell of five million characters is never echoed whole.
 */
export function clipMessage(message: string, quoteLimit = QUOTED_TEXT_LIMIT, messageLimit = 2000): string {
  const clipped = message.replace(/(“)([^”]*)(”)|(「)([^」]*)(」)|(")([^"]*)(")/g, (whole, ...groups: (string | undefined)[]) => {
    const [o1, t1, c1, o2, t2, c2, o3, t3, c3] = groups;
    const open = o1 ?? o2 ?? o3;
    const inner = t1 ?? t2 ?? t3;
    const close = c1 ?? c2 ?? c3;
    return open !== undefined && inner !== undefined && close !== undefined ? `${open}${clipText(inner, quoteLimit)}${close}` : whole;
  });
  return clipText(clipped, messageLimit);
}
