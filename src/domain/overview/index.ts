/** 实时概览: the key totals and shares of a recognized budget document (pure). */
export { computeOverview, shareOf } from './compute';
export type { Overview, SharePart } from './types';
