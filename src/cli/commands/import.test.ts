import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_UNITS, generateDossiers } from '../../../bench/generate-dossiers.js';
import { openDatabase } from '../../db/connection.js';

/** The real command in a child process, on an embedded database of its own (contract "Command line"). */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

// `node --import tsx` rather than the tsx launcher: one process, so that SIGKILL hits the import itself.
function start(dataDir: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, TIENDO_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function run(
  dataDir: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = start(dataDir, args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const UNITS_CSV = `unit_code,name,kind,parent_code\n${BENCH_UNITS.map((u) =>
  u === 'TINH'
    ? 'TINH,Tỉnh Sơn La,province,'
    : `${u},Đơn vị ${u},${u.startsWith('SO') ? 'department' : 'commune'},TINH`,
).join('\n')}\n`;
const HEADER = 'dossier_id,unit_code,received_at,status,channel';

describe('tiendo import (CLI)', () => {
  const root = mkdtempSync(join(tmpdir(), 'tiendo-cli-import-'));
  const dataDir = join(root, 'data');
  const file = (name: string, text: string) => {
    const path = join(root, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    const units = await run(dataDir, ['import', 'units', file('units.csv', UNITS_CSV)]);
    expect(units.stderr).toBe('');
    expect(units.code).toBe(0);
    expect(units.stdout).toContain(
      'Đã nhập tệp "units.csv" vào tập units: đọc 105 dòng; thêm mới 105, thay thế 0, không đổi 0.',
    );
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a file and prints the --json summary alone on standard output', async () => {
    const path = file(
      'good.csv',
      `${HEADER}\nD1,SO01,05/03/2026 08:30,finished,online\nD2,XA001,2026-03-06T09:00:00+07:00,processing,Trực tiếp\n`,
    );
    const result = await run(dataDir, ['import', 'dossiers', path, '--source', 'tthc-tinh', '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      status: 'accepted',
      recordSet: 'dossiers',
      source: 'tthc-tinh',
      period: null,
      encoding: 'utf-8',
      rowsRead: 2,
      imported: 2,
      replaced: 0,
      unchanged: 0,
      rejected: [],
      warnings: [],
    });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);

    const again = await run(dataDir, ['import', 'dossiers', path, '--source', 'tthc-tinh', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      status: 'unchanged',
      imported: 0,
      replaced: 0,
      unchanged: 2,
      sha256: summary.sha256,
    });
  }, 60_000);

  it('rejects a file with bad rows, naming every line, with exit code 1', async () => {
    const path = file(
      'bad.csv',
      `${HEADER}\nD9,SO01,05/03/2026,finished,online\nD10,SO01,31/02/2026,finished,online\n\nD11,NOPE,05/03/2026,finished,online\n`,
    );
    const text = await run(dataDir, ['import', 'dossiers', path, '--source', 'tthc-tinh']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Tệp "bad.csv" bị từ chối, không có dữ liệu nào được nhập/);
    expect(text.stdout.match(/^ {2}Dòng \d+:/gm)).toEqual(['  Dòng 3:', '  Dòng 5:']);
    const json = await run(dataDir, ['import', 'dossiers', path, '--source', 'tthc-tinh', '--json']);
    expect(json.code).toBe(1);
    const summary = JSON.parse(json.stdout);
    expect(summary.status).toBe('rejected');
    expect(summary.rejected.map((r: { line: number }) => r.line)).toEqual([3, 5]);
    expect(summary.rejected[0].reason).toContain('31/02/2026');
    expect(summary.rejected[0].reasonEn).toContain('31/02/2026');
  }, 60_000);

  it('rejects a header-only file with exit code 1', async () => {
    const result = await run(dataDir, [
      'import',
      'dossiers',
      file('empty.csv', `${HEADER}\n`),
      '--source',
      'tthc-tinh',
      '--json',
    ]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'rejected', rowsRead: 0, imported: 0 });
  }, 60_000);

  it.each([
    [['import', 'dossier', 'x.csv', '--source', 'tthc-tinh'], 'Tập bản ghi "dossier" không tồn tại'],
    [['import', 'dossiers', 'x.csv'], 'Thiếu --source'],
    [['import', 'dossiers', 'x.csv', '--source', 'kyso'], 'Nguồn "kyso" không dùng cho tập "dossiers"'],
    [['import', 'staff', 'x.csv', '--source', 'baocao'], 'Thiếu --period'],
    [
      ['import', 'staff', 'x.csv', '--source', 'baocao', '--period', '2026-3'],
      'Kỳ báo cáo "2026-3" không hợp lệ',
    ],
    [
      ['import', 'dossiers', 'x.csv', '--source', 'tthc-tinh', '--encoding', 'latin1'],
      'Bảng mã "latin1" không được hỗ trợ',
    ],
  ])(
    'exits 2 on a usage error: %j',
    async (args, message) => {
      const result = await run(dataDir, args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toContain('    at '); // never a bare stack trace
    },
    60_000,
  );

  it('exits 2 while another live process holds the embedded database', async () => {
    const path = file('one.csv', `${HEADER}\nD1,SO01,05/03/2026 08:30,finished,online\n`);
    writeFileSync(
      join(dataDir, 'tiendo.lock'),
      JSON.stringify({ pid: process.pid, purpose: 'test', since: '' }),
    );
    try {
      const result = await run(dataDir, ['import', 'dossiers', path, '--source', 'dvcqg']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('đang được tiến trình');
    } finally {
      rmSync(join(dataDir, 'tiendo.lock'), { force: true });
    }
  }, 60_000);

  // A source's first big extract goes straight into the record table with its key and indexes
  // dropped (store/direct-load.ts); an update of a source is staged and merged. Killed either way,
  // the database is as it was, key and indexes included.
  it.each([
    ['a first load, straight into the table', 'dvcqg', 'rec_dossiers'],
    ['an update, staged', 'tthc-bo', 'import_stage'],
  ])(
    'leaves the database as it was when an import is killed mid-way (%s), and the next command runs normally',
    async (_, source, into) => {
      const countRows = async () => {
        const db = await openDatabase({ dataDir: join(dataDir, 'pgdata') });
        try {
          const [row] = await db.raw.query<{
            dossiers: string;
            imports: string;
            history: string;
            indexes: string;
          }>(
            `SELECT (SELECT count(*) FROM rec_dossiers) AS dossiers, (SELECT count(*) FROM imports) AS imports,
                  (SELECT count(*) FROM rec_dossiers_history) AS history,
                  (SELECT string_agg(indexrelid::regclass::text, ' ' ORDER BY indexrelid::regclass::text) FROM pg_index
                   WHERE indrelid = 'rec_dossiers'::regclass) AS indexes`,
          );
          return {
            dossiers: Number(row?.dossiers),
            imports: Number(row?.imports),
            history: Number(row?.history),
            indexes: row?.indexes,
          };
        } finally {
          await db.close();
        }
      };
      if (into === 'import_stage') {
        // the source has records already: its next extract is an update
        const first = file(
          `first-${source}.csv`,
          `${HEADER}\nF-${source},SO03,06/03/2026 10:00,received,direct\n`,
        );
        expect((await run(dataDir, ['import', 'dossiers', first, '--source', source])).code).toBe(0);
      }
      const before = await countRows();
      expect(before.indexes).toBe(
        'rec_dossiers_finished_idx rec_dossiers_received_idx rec_dossiers_source_dossier_id_pk',
      );
      const big = join(root, 'big.csv');
      if (!existsSync(big)) await generateDossiers(big, 300_000);

      const marker = join(root, `stalled-${source}`);
      const child = start(dataDir, ['import', 'dossiers', big, '--source', source], {
        TIENDO_CRASH_TEST_STALL_AFTER_ROWS: '100000',
        TIENDO_CRASH_TEST_MARKER: marker,
      });
      const filesDir = join(dataDir, 'files');
      // Kill it once 100,000 rows are copied inside its open transaction (the import waits there).
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (existsSync(marker)) {
            clearInterval(timer);
            child.kill('SIGKILL');
            resolve();
          }
        }, 20);
        child.on('exit', () => {
          clearInterval(timer);
          reject(new Error('the import ended before it could be killed'));
        });
      });
      await new Promise((resolve) => child.on('close', resolve));
      expect(readFileSync(marker, 'utf8').split(' ')[1]).toBe(into); // the path this case is about

      expect(await countRows()).toEqual(before);
      const next = await run(dataDir, [
        'import',
        'dossiers',
        file(`after-${source}.csv`, `${HEADER}\nK-${source},SO02,07/03/2026 10:00,received,direct\n`),
        '--source',
        source,
      ]);
      expect(next.stderr).toBe('');
      expect(next.code).toBe(0);
      expect(await countRows()).toEqual({
        dossiers: before.dossiers + 1,
        imports: before.imports + 1,
        history: before.history,
        indexes: before.indexes,
      });
      expect(readdirSync(filesDir).filter((f) => f.endsWith('.part'))).toEqual([]); // the killed import's leftovers are gone
    },
    180_000,
  );
});
