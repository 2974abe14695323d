/** Names compare without spaces, quotes, 等 and bracket style (维修（护）费 = 维修(护)费). */
export function normalizeName(s: string): string {
  return s
    .replace(/[\s“”"'‘’「」]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/等/g, '');
}
