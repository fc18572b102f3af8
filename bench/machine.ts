import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** What the figures were measured on (bench/RESULTS.md). */
export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  load: string;
  node: string;
}

export function describeMachine(): Machine {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
  const gib = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GiB`;
  return {
    cpu: model ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: `${gib(totalmem())} total, ${gib(freemem())} free`,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
    node: process.version,
  };
}
