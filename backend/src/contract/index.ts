export * from './taxonomy';
export * from './schemas';
export type * from './types';
export * from './query';
export * from './sequences';
