import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { audit } from '../audit/audit.js';
import { type Actor, actorLabel } from '../auth/actor.js';
import type { Database, RawSql } from '../db/connection.js';
import { AppError } from '../shared/errors.js';
import { type OriginalFile, READ_BYTES, startOriginal } from './files.js';
import { type ReadOutcome, type RowSink, readRows } from './read/index.js';
import type { RecordSetName, RowError } from './recordsets.js';
import { crashTestStall } from './stall-for-crash-test.js';
import { openDirectLoad } from './store/direct-load.js';
import { findAppliedImport, insertImport, updateImportCounts } from './store/imports.js';
import { storeLayout } from './store/layout.js';
import { type MergeResult, mergeStaged } from './store/merge.js';
import { checkImportRequest } from './store/request.js';
import { createStager, STAGE_TABLE, type Stager } from './store/staging.js';

/**
 * "Import an extract" — the one business operation behind `tiendo import`, the upload page and the
 * API push. All or nothing (contract "How an import reads a file"): the file is streamed once —
 * hashed, kept and read — into a staging table, and merged into the record tables in the same
 * transaction as its `imports` row and audit entry; a bad row, a crash or a kill leaves the
 * database as it was.
 */
export interface ImportContext {
  database: Database;
  filesDir: string;
  actor: Actor;
  now: () => Date;
  /** Lowers the size from which a source's first extract goes straight into its table (tests). */
  directLoadMinBytes?: number;
}

export interface ImportInput {
  recordSet: string;
  source?: string;
  /** YYYY-MM; required for snapshot sets. */
  period?: string;
  fileName: string;
  /** The bytes, or the path of a file to read them from. */
  body: AsyncIterable<Uint8Array> | string;
  encoding?: string;
  format?: string;
  via: 'cli' | 'upload' | 'api' | 'demo';
}

export interface ImportMessage {
  vi: string;
  en: string;
}

export interface ImportSummary {
  status: 'accepted' | 'unchanged' | 'rejected';
  /** The `imports` row; null when rejected (nothing is recorded). */
  importId: number | null;
  recordSet: RecordSetName;
  source: string | null;
  period: string | null;
  fileName: string;
  /** Null only when the file could not be read to its end. */
  sha256: string | null;
  sizeBytes: number;
  format: 'csv' | 'xlsx' | 'jsonl' | null;
  encoding: string | null;
  encodingDetected: boolean;
  /** How the encoding was chosen: given, bom, utf-8 (valid UTF-8), content (Vietnamese letters). */
  encodingBasis: ReadOutcome['encodingBasis'];
  rowsRead: number;
  imported: number;
  replaced: number;
  unchanged: number;
  /** Every bad row by physical line; line null for a problem with the file as a whole. */
  rejected: { line: number | null; vi: string; en: string }[];
  warnings: ImportMessage[];
}

/** The reader (src/extracts/read); replaceable so the store can be tested on exact typed records. */
export type ReadExtractFn = typeof readRows;

/** Thrown inside the transaction to roll it back and hand the rejected summary out. */
class Rejected extends Error {
  constructor(readonly summary: ImportSummary) {
    super('import rejected');
  }
}

export async function importExtract(
  ctx: ImportContext,
  input: ImportInput,
  read: ReadExtractFn = readRows,
): Promise<ImportSummary> {
  const request = checkImportRequest(input);
  const layout = storeLayout(request.recordSet);
  const body =
    typeof input.body === 'string' ? createReadStream(input.body, { highWaterMark: READ_BYTES }) : input.body;
  // Only a local file may go straight into its table (store/direct-load.ts): its table is locked
  // while it is read, which for an upload or a push would last as long as the network takes.
  const fileSize =
    typeof input.body === 'string'
      ? await stat(input.body).then(
          (s) => s.size,
          () => undefined, // the read reports a missing file
        )
      : undefined;
  const original = await startOriginal(ctx.filesDir, body);
  const summary: ImportSummary = {
    status: 'rejected',
    importId: null,
    recordSet: request.recordSet,
    source: request.source,
    period: request.period,
    fileName: input.fileName,
    sha256: null,
    sizeBytes: 0,
    format: request.format ?? null,
    encoding: null,
    encodingDetected: false,
    encodingBasis: null,
    rowsRead: 0,
    imported: 0,
    replaced: 0,
    unchanged: 0,
    rejected: [],
    warnings: [...request.warnings],
  };
  let keptPath: string | null = null;

  try {
    return await ctx.database.transaction(async (tx) => {
      const options = {
        recordSet: request.recordSet,
        format: request.format,
        fileName: input.fileName,
        encoding: request.encoding,
        knownUnits: await unitCodes(tx.raw),
      };
      const stall = crashTestStall();
      /** Reads the file into a sink; resolves with the reader's outcome and the rows the sink took. */
      const readInto = async (stager: Stager, chunks: AsyncIterable<Uint8Array>) => {
        const sink: RowSink = {
          row: (line, values) => stager.row(line, values),
          get full() {
            return stager.full;
          },
          async drain() {
            await stager.drain();
            await stall?.(stager.sent, stager.table);
          },
        };
        const outcome = await readOrReject(read, chunks, summary, original, options, sink).catch(
          async (error: unknown) => {
            await stager.settle(); // no COPY may still be running when the transaction rolls back
            throw error;
          },
        );
        return { outcome, rows: await stager.finish() };
      };

      const direct = await openDirectLoad(tx.raw, layout, {
        source: request.source,
        sizeBytes: fileSize,
        minBytes: ctx.directLoadMinBytes,
      });
      const first = await readInto(direct?.sink ?? (await createStager(tx.raw, layout)), original.chunks);
      const { outcome } = first;
      Object.assign(summary, await original.finish());
      Object.assign(summary, {
        rowsRead: outcome.rowsRead,
        format: outcome.format,
        encoding: outcome.encoding,
        encodingDetected: outcome.encodingDetected,
        encodingBasis: outcome.encodingBasis,
      });
      summary.warnings.push(...outcome.warnings);
      if (outcome.errors.length > 0) throw new Rejected(withErrors(summary, outcome.errors));
      if (first.rows === 0) throw new Rejected(withFileError(summary, noRows));
      const sha256 = summary.sha256 as string;

      const row = {
        recordSet: request.recordSet,
        source: request.source,
        period: request.period,
        fileName: input.fileName,
        sha256,
        sizeBytes: summary.sizeBytes,
        format: outcome.format,
        encoding: outcome.encoding,
        rowsRead: outcome.rowsRead,
        actor: actorLabel(ctx.actor),
        via: input.via,
        createdAt: ctx.now(),
      };
      const accept = async (importId: number, counts: Omit<MergeResult, 'errors'>) => {
        Object.assign(summary, {
          status: 'accepted',
          importId,
          imported: counts.imported,
          replaced: counts.replaced,
          unchanged: counts.unchanged,
        });
        await auditImport(tx.db, ctx.actor, summary);
        // Kept before the commit: a crash in between leaves an unreferenced file, never a missing one.
        const kept = await original.keep();
        if (kept.created) keptPath = kept.path;
        return summary;
      };

      // contract: a re-import that changes nothing is recognised by its SHA-256 and recorded as such
      let applied = await findAppliedImport(tx.db, { ...row });
      let staged = first.rows;
      if (direct !== null) {
        const loaded = applied ? null : await direct.complete();
        if (loaded !== null) {
          await insertImport(tx.db, {
            ...row,
            status: 'applied',
            imported: loaded,
            replaced: 0,
            unchanged: 0,
            warnings: messages(summary.warnings),
            id: direct.importId,
          });
          return accept(direct.importId, { imported: loaded, replaced: 0, unchanged: 0 });
        }
        // The file repeats an id (or was imported before): undo the direct load, take the general path.
        if (applied) await direct.abandon();
        staged = (await readInto(await createStager(tx.raw, layout), original.reread())).rows;
        applied = await findAppliedImport(tx.db, { ...row });
      }

      if (applied) {
        await tx.raw.query(`DROP TABLE ${STAGE_TABLE}`);
        summary.status = 'unchanged';
        summary.unchanged = staged;
        summary.warnings.push({
          vi: `Cùng nội dung này đã được nhập ở lần nhập số ${applied.id}.`,
          en: `The same content was imported as import #${applied.id}.`,
        });
        summary.importId = await insertImport(tx.db, {
          ...row,
          status: 'unchanged',
          imported: 0,
          replaced: 0,
          unchanged: staged,
          warnings: messages(summary.warnings),
        });
        await auditImport(tx.db, ctx.actor, summary);
        return summary;
      }

      const importId = await insertImport(tx.db, {
        ...row,
        status: 'applied',
        imported: 0,
        replaced: 0,
        unchanged: 0,
        warnings: [],
      });
      const counts = await mergeStaged(tx.raw, layout, {
        importId,
        source: request.source,
        period: request.period,
        staged,
        now: ctx.now(),
        fileOrderFirstLoad: ctx.database.engine === 'postgres',
      });
      if (counts.errors.length > 0) throw new Rejected(withErrors(summary, counts.errors));
      if (counts.duplicates > 0) {
        // decision: duplicate-ids-in-one-file — the later row wins, as a later import would
        summary.warnings.push({
          vi: `${counts.duplicates} dòng trùng mã với một dòng sau nó trong cùng tệp; dòng sau cùng được giữ.`,
          en: `${counts.duplicates} rows repeat the id of a later row in the same file; the last one was kept.`,
        });
      }
      await updateImportCounts(tx.db, importId, { ...counts, warnings: messages(summary.warnings) });
      return accept(importId, counts);
    });
  } catch (error) {
    await original.discard();
    if (keptPath) await rm(keptPath, { force: true });
    if (error instanceof Rejected) return error.summary;
    throw error;
  }
}

const noRows: ImportMessage = { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file holds no data rows.' };

/** Runs the reader; a problem with the file as a whole (no header, a column twice…) rejects it. */
async function readOrReject(
  read: ReadExtractFn,
  chunks: AsyncIterable<Uint8Array>,
  summary: ImportSummary,
  original: OriginalFile,
  options: Parameters<ReadExtractFn>[1],
  sink: RowSink,
): Promise<ReadOutcome> {
  try {
    return await read(chunks, options, sink);
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'usage') throw error;
    Object.assign(summary, await original.finish().catch(() => ({})));
    throw new Rejected(withFileError(summary, { vi: error.vi, en: error.en }));
  }
}

function withErrors(summary: ImportSummary, errors: readonly RowError[]): ImportSummary {
  const rejected = [...errors]
    .sort((a, b) => a.line - b.line)
    .map((e) => ({ line: e.line, vi: e.vi, en: e.en }));
  return { ...summary, status: 'rejected', importId: null, imported: 0, replaced: 0, unchanged: 0, rejected };
}

function withFileError(summary: ImportSummary, message: ImportMessage): ImportSummary {
  return {
    ...summary,
    status: 'rejected',
    importId: null,
    imported: 0,
    replaced: 0,
    unchanged: 0,
    rejected: [{ line: null, ...message }],
  };
}

function messages(list: readonly ImportMessage[]): string[] {
  return list.map((m) => `${m.vi} / ${m.en}`);
}

async function unitCodes(raw: RawSql): Promise<Set<string>> {
  const rows = await raw.query<{ code: string }>('SELECT code FROM units');
  return new Set(rows.map((r) => r.code));
}

async function auditImport(
  db: Parameters<typeof audit>[0],
  actor: Actor,
  summary: ImportSummary,
): Promise<void> {
  await audit(db, actor, {
    action: summary.status === 'unchanged' ? 'extract.reimport_unchanged' : 'extract.import',
    entity: 'import',
    entityId: summary.importId,
    after: {
      recordSet: summary.recordSet,
      source: summary.source,
      period: summary.period,
      fileName: summary.fileName,
      sha256: summary.sha256,
      rowsRead: summary.rowsRead,
      imported: summary.imported,
      replaced: summary.replaced,
      unchanged: summary.unchanged,
    },
  });
}
