import { setImmediate } from 'node:timers/promises';

/**
 * Lets the event loop run what is waiting (incoming requests, timers) before the caller goes on.
 * Background work on the embedded database needs it between its steps: PGlite runs each query on
 * the server's own thread and hands results back as promise continuations, so a loop of queries
 * never lets an HTTP request in until it ends (a request during the demo's first minute waited
 * 58 s for the warming and the demonstration reports).
 */
export function yieldToEventLoop(): Promise<void> {
  return setImmediate();
}
