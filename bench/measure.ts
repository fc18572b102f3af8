import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { loadavg } from 'node:os';

/** One child process measured by GNU time: wall clock (ours) and peak RSS (the kernel's, via wait4). */
export interface Measured {
  wallMs: number;
  /** Maximum resident set size of the process (GNU time `-v`, kilobytes → MiB). */
  peakMiB: number;
  /** User + system CPU seconds of the process (steadier than wall time on a shared machine). */
  cpuS: number;
  /** 1-minute load average when the step started. */
  load: number;
  stdout: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Write standard output here instead of keeping it (large JSON documents). */
  stdoutFile?: string;
  /** Run as another user (the PostgreSQL tools refuse root). */
  user?: string;
}

export async function measure(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<Measured> {
  const timeArgs = ['-v', ...(options.user ? ['runuser', '-u', options.user, '--'] : []), command, ...args];
  const load = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn('/usr/bin/time', timeArgs, {
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  if (options.stdoutFile) child.stdout.pipe(createWriteStream(options.stdoutFile));
  else child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`,
    );
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (!rss) throw new Error(`no peak RSS from /usr/bin/time:\n${stderr.slice(-2000)}`);
  const seconds = (label: string) =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? 0);
  return { wallMs, peakMiB: Number(rss[1]) / 1024, cpuS: seconds('User') + seconds('System'), load, stdout };
}

/** Runs a command unmeasured (setup steps); throws with its output when it fails. */
export async function run(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<string> {
  const argv = options.user ? ['-u', options.user, '--', command, ...args] : [...args];
  const child = spawn(options.user ? 'runuser' : command, argv, {
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}\n${out.slice(-4000)}`);
  return out;
}
