export * from './types';
export * from './clip';
