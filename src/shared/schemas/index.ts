export * from './common';
export * from './plan';
export * from './log';
export * from './contacts';
export * from './tables';
