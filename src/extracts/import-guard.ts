import type { Actor } from '../auth/actor.js';
import { can } from '../auth/policy.js';
import { AppError } from '../shared/errors.js';
import type { ReadExtractFn } from './import.js';
import { readExtract } from './read/index.js';

/**
 * "May this actor import these rows?" — answered once the file is read, because only then are the
 * units it names known (auth/policy `imports.create` {recordSet, unitCodes}). The reader is wrapped:
 * it notes every unit the rows name, and after the last row refuses the whole import if the actor
 * may not write one of them. The refusal is thrown as `ImportForbidden` — not an AppError, so that
 * importExtract does not turn it into a rejected file but rolls the transaction back and lets it out.
 */
export class ImportForbidden extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ImportForbidden';
  }
}

/** The unit a typed record names: its unit_code, or the managing unit of a procedure. */
function unitOf(record: Record<string, unknown>): string | null {
  const code = record.unit_code ?? record.managing_unit_code;
  return typeof code === 'string' && code !== '' ? code : null;
}

export function guardedReader(actor: Actor, read: ReadExtractFn = readExtract): ReadExtractFn {
  return async (source, options, onBatch) => {
    const units = new Set<string>();
    const outcome = await read(source, options, async (batch) => {
      for (const item of batch) {
        const unit = unitOf(item.record);
        if (unit !== null) units.add(unit);
      }
      await onBatch(batch);
    });
    const unitCodes = [...units].sort();
    if (!can(actor, 'imports.create', { recordSet: options.recordSet, unitCodes })) {
      const outside = unitCodes.filter(
        (code) => !can(actor, 'imports.create', { recordSet: options.recordSet, unitCodes: [code] }),
      );
      throw new ImportForbidden(
        new AppError(
          'forbidden_units',
          `Bạn không có quyền nhập số liệu của đơn vị: ${outside.join(', ')}. Không có dữ liệu nào được nhập.`,
          `You may not import data of unit(s): ${outside.join(', ')}. Nothing was imported.`,
          { status: 403, details: { units: outside } },
        ),
      );
    }
    return outcome;
  };
}
