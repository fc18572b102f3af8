export * from './audit.js';
export * from './auth.js';
export * from './catalogue.js';
export * from './records.js';
export * from './units.js';
