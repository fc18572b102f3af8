import type { Actor } from '../auth/actor.js';
import { can } from '../auth/policy.js';
import { AppError } from '../shared/errors.js';
import type { ReadExtractFn } from './import.js';
import { readRows } from './read/index.js';
import { RECORD_SETS } from './recordsets.js';

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

export function guardedReader(actor: Actor, read: ReadExtractFn = readRows): ReadExtractFn {
  return async (source, options, sink) => {
    const units = new Set<string>();
    // The unit a row names: its unit_code, or the managing unit of a procedure.
    const unitIndex = RECORD_SETS[options.recordSet].fields.findIndex(
      (f) => f.name === 'unit_code' || f.name === 'managing_unit_code',
    );
    const outcome = await read(source, options, {
      row(line, values) {
        const unit = values[unitIndex];
        if (typeof unit === 'string' && unit !== '') units.add(unit);
        sink.row(line, values);
      },
      get full() {
        return sink.full;
      },
      drain: () => sink.drain(),
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
