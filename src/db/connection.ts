import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The Drizzle database, whichever engine is behind it. Transactions share this type's query API. */
export type AppDb = PgDatabase<PgQueryResultHKT, Schema>;

/** Plain SQL, for the aggregations that read better as SQL than as a query builder. */
export interface RawSql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * `COPY table (columns) FROM STDIN`, in chunks so memory stays flat: CSV text or its UTF-8 bytes
   * (no header), or with `format: 'binary'` PostgreSQL's binary COPY format, each chunk a whole
   * payload (signature, rows, trailer).
   */
  copyFrom(
    table: string,
    columns: string[],
    chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
    options?: CopyOptions,
  ): Promise<void>;
}

export interface CopyOptions {
  format?: 'csv' | 'binary';
}

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  readonly db: AppDb;
  readonly raw: RawSql;
  /** Runs fn in one transaction with both the Drizzle API and raw SQL bound to it. */
  transaction<T>(fn: (tx: { db: AppDb; raw: RawSql }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… — a PostgreSQL server. */
  url?: string;
  /** Directory of the embedded database; `memory://` or undefined with no url for an in-memory one. */
  dataDir?: string;
  /** search_path for a PostgreSQL connection (tests use one schema each). */
  searchPath?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.searchPath);
  return openPglite(options.dataDir);
}

async function openPglite(dataDir?: string): Promise<Database> {
  const inMemory = !dataDir || dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = inMemory ? new PGlite() : new PGlite(dataDir);
  await client.waitReady;
  await client.exec("SET TIME ZONE 'Asia/Ho_Chi_Minh'");

  type Queryable = Pick<PGlite, 'query'>;
  const rawFor = (q: Queryable): RawSql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const result = await q.query<T>(text, params);
      return result.rows;
    },
    async copyFrom(table, columns, chunks, options) {
      const sql = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT ${options?.format ?? 'csv'})`;
      for await (const chunk of chunks) {
        if (chunk.length === 0) continue;
        await q.query(sql, [], { blob: new Blob([chunk as string | Uint8Array<ArrayBuffer>]) }); // bytes are never shared memory here
      }
    },
  });

  const db = drizzlePglite(client, { schema }) as unknown as AppDb;
  return {
    engine: 'pglite',
    db,
    raw: rawFor(client),
    async transaction(fn) {
      return client.transaction(async (tx) => {
        const txDb = drizzlePglite(tx as unknown as PGlite, { schema }) as unknown as AppDb;
        return fn({ db: txDb, raw: rawFor(tx as unknown as Queryable) });
      });
    },
    async close() {
      await client.close();
    },
  };
}

async function openPostgres(url: string, searchPath?: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: `-c TimeZone=Asia/Ho_Chi_Minh${searchPath ? ` -c search_path=${searchPath}` : ''}`,
  });
  // Fail fast and clearly when the server is not there.
  const probe = await pool.connect();
  probe.release();

  const { from: copyFromStream } = await import('pg-copy-streams');
  const { pipeline } = await import('node:stream/promises');
  const { Readable } = await import('node:stream');

  const rawFor = (c: pg.Pool | pg.PoolClient): RawSql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const result = await c.query(text, params);
      return result.rows as T[];
    },
    async copyFrom(table, columns, chunks, options) {
      const client = 'release' in c ? c : await (c as pg.Pool).connect();
      try {
        const stream = client.query(
          copyFromStream(
            `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT ${options?.format ?? 'csv'})`,
          ),
        );
        await pipeline(Readable.from(chunks as AsyncIterable<string>), stream);
      } finally {
        if (client !== c) (client as pg.PoolClient).release();
      }
    },
  });

  const db = drizzlePg(pool, { schema }) as unknown as AppDb;
  return {
    engine: 'postgres',
    db,
    raw: rawFor(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const txDb = drizzlePg(client, { schema }) as unknown as AppDb;
        const result = await fn({ db: txDb, raw: rawFor(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
