export * from './types';
export * from './address';
