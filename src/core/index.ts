/**
 * The functional core: pure functions over plain data (no database, no I/O, no clock). Time is
 * always Vietnam time (UTC+7) computed on epoch milliseconds, whatever the server's zone.
 */
export * from './deadlines.js';
export * from './evaluation.js';
export * from './format.js';
export * from './fraction.js';
export * from './periods.js';
export * from './time.js';
export * from './trajectory.js';
export * from './vi-text.js';
