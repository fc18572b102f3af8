import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'tiendo-compute-'));
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, TIENDO_DATA_DIR: dataDir, DATABASE_URL: '' },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('tiendo compute', () => {
  it('a bad or missing period is a usage error (exit 2), said in Vietnamese then English', async () => {
    const bad = await cli(['compute', '--period', '2026-13', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('Lỗi: Kỳ báo cáo "2026-13" không hợp lệ');
    expect((await cli(['compute', '--json'])).code).toBe(2);
  });

  it('--json writes the document alone on standard output', async () => {
    const ok = await cli(['compute', '--period', '2026-03', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ period: '2026-03', results: [] });
  });
});
