import { readdirSync, readFileSync } from 'node:fs';

/** What the PostgreSQL server spent while a step ran. */
export interface ServerUsage {
  /** The largest single backend's peak RSS (VmHWM, MiB), shared buffers it touched included. */
  peakMiB: number;
  /** CPU seconds of all the postmaster's children (backends, WAL writer, checkpointer…). */
  cpuS: number;
}

const TICKS_PER_SECOND = 100; // Linux USER_HZ

function children(postmasterPid: number): Map<number, { hwmKiB: number; ticks: number }> {
  const found = new Map<number, { hwmKiB: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      if (Number(/PPid:\s*(\d+)/.exec(status)?.[1]) !== postmasterPid) continue;
      // /proc/PID/stat: fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.set(Number(name), {
        hwmKiB: Number(/VmHWM:\s*(\d+)/.exec(status)?.[1] ?? 0),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended between readdir and read
    }
  }
  return found;
}

/**
 * Samples the server's processes while a step runs (every 100 ms, so a backend that ends between
 * two samples loses at most its last 100 ms of CPU time).
 */
export function sampleServer(postmasterPid: number, everyMs = 100): { stop(): ServerUsage } {
  const before = children(postmasterPid);
  const last = new Map<number, number>();
  let peakKiB = 0;
  const sample = () => {
    for (const [pid, p] of children(postmasterPid)) {
      peakKiB = Math.max(peakKiB, p.hwmKiB);
      last.set(pid, p.ticks);
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      sample();
      clearInterval(timer);
      let ticks = 0;
      for (const [pid, t] of last) ticks += t - (before.get(pid)?.ticks ?? 0);
      return { peakMiB: peakKiB / 1024, cpuS: ticks / TICKS_PER_SECOND };
    },
  };
}
