export * from './audit.js';
export * from './auth.js';
export * from './catalogue.js';
export * from './records.js';
export * from './reporting.js';
export * from './results.js';
export * from './spotchecks.js';
export * from './units.js';
