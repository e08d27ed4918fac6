export * from './taxonomy';
export * from './schemas';
export type * from './types';
export * from './sequences';
