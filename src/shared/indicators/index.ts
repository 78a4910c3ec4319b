/** Indicator rules: measures counted from the log and the status they suggest. Pure functions. */
export * from './measures';
export * from './suggest';
