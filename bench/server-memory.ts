import { readdirSync, readFileSync } from 'node:fs';

/**
 * Samples the peak RSS (VmHWM) of the PostgreSQL server's backends while a step runs: the largest
 * single backend, which includes the shared buffers it touched (so it is an upper bound on that
 * backend's own memory). The postmaster's other children (checkpointer, walwriter…) are included.
 */
export function sampleBackends(postmasterPid: number, everyMs = 100): { stop(): number } {
  let peakKiB = 0;
  const sample = () => {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        if (Number(/PPid:\s*(\d+)/.exec(status)?.[1]) !== postmasterPid) continue;
        peakKiB = Math.max(peakKiB, Number(/VmHWM:\s*(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // the process ended between readdir and read
      }
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      sample();
      clearInterval(timer);
      return peakKiB / 1024;
    },
  };
}
