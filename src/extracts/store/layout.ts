import { type FieldType, RECORD_SETS, type RecordSetDef, type RecordSetName } from '../recordsets.js';

/**
 * How a record set is kept in the database: which table, which columns, which key and which
 * merge rule applies. Derived from RECORD_SETS so the contract's field list stays the one source;
 * the columns of src/db/schema/records.ts mirror the contract's field names in snake_case.
 */
export type StoreKind = 'dated' | 'snapshot' | 'units';

export interface StoreColumn {
  /** The contract's field name (also the staging table's column). */
  field: string;
  /** The target table's column. */
  column: string;
  sqlType: 'text' | 'timestamptz' | 'boolean' | 'integer';
  /** Field whose value stands in when this one is empty (contract: entered_at empty = received_at). */
  fallback?: string;
  /** The key text of a dated record: compared byte by byte, as in its table (src/db/schema/records.ts). */
  byteOrder?: boolean;
}

export interface StoreLayout {
  recordSet: RecordSetName;
  kind: StoreKind;
  table: string;
  /** `<table>_history` for dated sets whose records can change; null otherwise. */
  historyTable: string | null;
  columns: readonly StoreColumn[];
  /** Columns identifying a record (within a source for dated sets, within an import for snapshots). */
  keyColumns: readonly string[];
}

const SQL_TYPE: Record<FieldType, StoreColumn['sqlType']> = {
  string: 'text',
  enum: 'text',
  datetime: 'timestamptz',
  flag: 'boolean',
  integer: 'integer',
};

// contract "Record sets": entered_at empty = received_at (dossiers) / created_at (documents)
const FALLBACKS: Partial<Record<RecordSetName, Record<string, string>>> = {
  dossiers: { entered_at: 'received_at' },
  documents: { entered_at: 'created_at' },
};

// The units table predates the contract's naming: unit_code is stored as `code`.
const UNIT_COLUMNS: Record<string, string> = { unit_code: 'code' };

export function storeLayout(recordSet: RecordSetName): StoreLayout {
  const def: RecordSetDef = RECORD_SETS[recordSet];
  const kind: StoreKind = recordSet === 'units' ? 'units' : def.snapshot ? 'snapshot' : 'dated';
  const rename = (field: string) => (kind === 'units' ? (UNIT_COLUMNS[field] ?? field) : field);
  const columns = def.fields.map(
    (f): StoreColumn => ({
      field: f.name,
      column: rename(f.name),
      sqlType: SQL_TYPE[f.type],
      ...(FALLBACKS[recordSet]?.[f.name] ? { fallback: FALLBACKS[recordSet]?.[f.name] } : {}),
    }),
  );
  const keyColumns = def.idFields.map(rename);
  if (kind === 'dated') {
    for (const c of columns) if (c.sqlType === 'text' && keyColumns.includes(c.column)) c.byteOrder = true;
  }
  // A signature is nothing but its key: it can be new or already there, never "replaced".
  const hasValues = columns.some((c) => !keyColumns.includes(c.column));
  return {
    recordSet,
    kind,
    table: def.table,
    historyTable: kind === 'dated' && hasValues ? `${def.table}_history` : null,
    columns,
    keyColumns,
  };
}
