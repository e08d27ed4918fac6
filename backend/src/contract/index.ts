export * from './taxonomy';
export * from './schemas';
export type * from './types';
