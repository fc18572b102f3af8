/** The extract readers: bytes of a CSV, XLSX or JSON Lines file → typed records of a record set. */
export type { OnBatch, RecordBatchItem } from './collector.js';
export type { EncodingBasis } from './decode.js';
export {
  type ExtractFormat,
  formatFromFileName,
  type ReadOptions,
  type ReadOutcome,
  readExtract,
} from './read-extract.js';
