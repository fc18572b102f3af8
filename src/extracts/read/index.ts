/** The extract readers: bytes of a CSV, XLSX or JSON Lines file → typed records of a record set. */
export type { OnBatch, RecordBatchItem, RowSink } from './collector.js';
export type { EncodingBasis } from './decode.js';
export {
  type ExtractFormat,
  formatFromFileName,
  type ReadOptions,
  type ReadOutcome,
  readExtract,
  readRows,
} from './read-extract.js';
