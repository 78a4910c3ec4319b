/** The versioned backup file: its schema, encryption, validation and what a restore must queue. */
export * from './format';
export * from './encrypted-format';
export * from './problems';
export * from './encryption';
export * from './validate';
export * from './read';
export * from './restore-plan';
