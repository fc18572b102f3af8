import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The text of a dated record's key (its source and id), compared byte by byte (`COLLATE "C"`): the
 * key of a million dossiers is built in 1.1 s instead of 1.5 s under a linguistic collation such as
 * C.UTF-8, whose every comparison goes through strcoll (bench/RESULTS.md), and ids sort the same on
 * every server whatever its locale. Ids are codes, not words: byte order is the right order for
 * them. Only key columns use it: a join between two of them stays within one collation.
 */
const keyText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

/**
 * One extract received (file, CLI or API push). The original bytes are kept by SHA-256 in the
 * file store; `status` says whether it was applied or recognised as a re-import that changed nothing.
 */
export const imports = pgTable(
  'imports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recordSet: text('record_set').notNull(),
    source: text('source'),
    /** YYYY-MM for snapshot sets (procedures, procedure_components, staff); null otherwise. */
    period: text('period'),
    fileName: text('file_name'),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    format: text('format').notNull(),
    encoding: text('encoding'),
    /** applied | unchanged */
    status: text('status').notNull(),
    rowsRead: integer('rows_read').notNull(),
    imported: integer('imported').notNull(),
    replaced: integer('replaced').notNull(),
    unchanged: integer('unchanged').notNull(),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    actor: text('actor').notNull(),
    via: text('via').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('imports_set_source_idx').on(t.recordSet, t.source, t.period),
    index('imports_sha_idx').on(t.sha256),
  ],
);

// ---- dated record sets: current version keyed by (source, id); replaced versions go to *_history ----

const dossierColumns = () => ({
  source: keyText('source').notNull(),
  dossierId: keyText('dossier_id').notNull(),
  unitCode: text('unit_code').notNull(),
  procedureCode: text('procedure_code'),
  channel: text('channel'),
  fullOnline: boolean('full_online').notNull(),
  receivedAt: ts('received_at').notNull(),
  enteredAt: ts('entered_at').notNull(),
  dueAt: ts('due_at'),
  finishedAt: ts('finished_at'),
  status: text('status'),
  resultElectronic: boolean('result_electronic').notNull(),
  digitized: boolean('digitized').notNull(),
  feeRequired: boolean('fee_required').notNull(),
  paidOnline: boolean('paid_online').notNull(),
  submitSeconds: integer('submit_seconds'),
  componentsTotal: integer('components_total'),
  componentsReused: integer('components_reused'),
  importId: bigint('import_id', { mode: 'number' }).notNull(),
});
export const dossiers = pgTable('rec_dossiers', dossierColumns(), (t) => [
  primaryKey({ columns: [t.source, t.dossierId] }),
  index('rec_dossiers_received_idx').on(t.receivedAt),
  index('rec_dossiers_finished_idx').on(t.finishedAt),
]);
export const dossiersHistory = pgTable('rec_dossiers_history', {
  ...dossierColumns(),
  supersededByImport: bigint('superseded_by_import', { mode: 'number' }).notNull(),
});

const documentColumns = () => ({
  source: keyText('source').notNull(),
  docId: keyText('doc_id').notNull(),
  unitCode: text('unit_code').notNull(),
  createdAt: ts('created_at').notNull(),
  enteredAt: ts('entered_at').notNull(),
  kind: text('kind'),
  fullyElectronic: boolean('fully_electronic').notNull(),
  digitallySigned: boolean('digitally_signed').notNull(),
  paperParallel: boolean('paper_parallel').notNull(),
  stateSecret: boolean('state_secret').notNull(),
  importId: bigint('import_id', { mode: 'number' }).notNull(),
});
export const documents = pgTable('rec_documents', documentColumns(), (t) => [
  primaryKey({ columns: [t.source, t.docId] }),
  index('rec_documents_created_idx').on(t.createdAt),
]);
export const documentsHistory = pgTable('rec_documents_history', {
  ...documentColumns(),
  supersededByImport: bigint('superseded_by_import', { mode: 'number' }).notNull(),
});

const certificateColumns = () => ({
  source: keyText('source').notNull(),
  certId: keyText('cert_id').notNull(),
  staffId: text('staff_id'),
  unitCode: text('unit_code').notNull(),
  issuedAt: ts('issued_at').notNull(),
  revokedAt: ts('revoked_at'),
  importId: bigint('import_id', { mode: 'number' }).notNull(),
});
export const certificates = pgTable('rec_certificates', certificateColumns(), (t) => [
  primaryKey({ columns: [t.source, t.certId] }),
]);
export const certificatesHistory = pgTable('rec_certificates_history', {
  ...certificateColumns(),
  supersededByImport: bigint('superseded_by_import', { mode: 'number' }).notNull(),
});

/** One row a signature made; identified by (source, cert_id, signed_at). */
export const signatures = pgTable(
  'rec_signatures',
  {
    source: keyText('source').notNull(),
    certId: keyText('cert_id').notNull(),
    signedAt: ts('signed_at').notNull(),
    importId: bigint('import_id', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.certId, t.signedAt] })],
);

const ratingColumns = () => ({
  source: keyText('source').notNull(),
  ratingId: keyText('rating_id').notNull(),
  unitCode: text('unit_code').notNull(),
  dossierId: text('dossier_id'),
  procedureCode: text('procedure_code'),
  ratedAt: ts('rated_at').notNull(),
  level: text('level'),
  importId: bigint('import_id', { mode: 'number' }).notNull(),
});
export const ratings = pgTable('rec_ratings', ratingColumns(), (t) => [
  primaryKey({ columns: [t.source, t.ratingId] }),
  index('rec_ratings_rated_idx').on(t.ratedAt),
]);
export const ratingsHistory = pgTable('rec_ratings_history', {
  ...ratingColumns(),
  supersededByImport: bigint('superseded_by_import', { mode: 'number' }).notNull(),
});

const productColumns = () => ({
  source: keyText('source').notNull(),
  productId: keyText('product_id').notNull(),
  unitCode: text('unit_code').notNull(),
  name: text('name'),
  enterprise: text('enterprise'),
  commercializedAt: ts('commercialized_at').notNull(),
  importId: bigint('import_id', { mode: 'number' }).notNull(),
});
export const products = pgTable('rec_products', productColumns(), (t) => [
  primaryKey({ columns: [t.source, t.productId] }),
]);
export const productsHistory = pgTable('rec_products_history', {
  ...productColumns(),
  supersededByImport: bigint('superseded_by_import', { mode: 'number' }).notNull(),
});

// ---- snapshot record sets: every import is a whole snapshot, kept; the latest applies ----

export const procedures = pgTable(
  'rec_procedures',
  {
    importId: bigint('import_id', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
    period: text('period').notNull(),
    procedureCode: text('procedure_code').notNull(),
    name: text('name'),
    level: text('level'),
    managingUnitCode: text('managing_unit_code'),
    onlineLevel: text('online_level'),
    eligibleFullOnline: boolean('eligible_full_online').notNull(),
    businessRelated: boolean('business_related').notNull(),
    productionBusinessRelated: boolean('production_business_related').notNull(),
    localLegalBasis: boolean('local_legal_basis').notNull(),
    eformAutofill: boolean('eform_autofill').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.procedureCode] })],
);

export const procedureComponents = pgTable(
  'rec_procedure_components',
  {
    importId: bigint('import_id', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
    period: text('period').notNull(),
    procedureCode: text('procedure_code').notNull(),
    componentCode: text('component_code').notNull(),
    name: text('name'),
    providedOnce: boolean('provided_once').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.procedureCode, t.componentCode] })],
);

export const staff = pgTable(
  'rec_staff',
  {
    importId: bigint('import_id', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
    period: text('period').notNull(),
    staffId: text('staff_id').notNull(),
    unitCode: text('unit_code').notNull(),
    category: text('category'),
    itSpecialist: boolean('it_specialist').notNull(),
    digitalSkillsTrainedAt: ts('digital_skills_trained_at'),
    dataGovernanceTrainedAt: ts('data_governance_trained_at'),
    leftAt: ts('left_at'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.staffId] })],
);
