/** The annual report's figures: pure rules over the plan, follow-ups and the log. */
export * from './types';
export * from './dialog-stats';
export * from './log-summary';
export * from './build-report';
