import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { readExtract } from '../extracts/read/index.js';
import { AppError } from '../shared/errors.js';
import type { UnitNode } from './selectors.js';

/** Reads units files with the ordinary `units` reader, without a database (for `catalog validate`). */
export async function readUnitFiles(paths: readonly string[]): Promise<UnitNode[]> {
  const out: UnitNode[] = [];
  for (const path of paths) {
    const outcome = await readExtract(
      createReadStream(path),
      { recordSet: 'units', fileName: basename(path), knownUnits: new Set(out.map((u) => u.code)) },
      async (batch) => {
        for (const { record } of batch) {
          out.push({
            code: String(record.unit_code),
            name: String(record.name),
            kind: String(record.kind),
            parentCode: record.parent_code === null ? null : String(record.parent_code),
          });
        }
      },
    );
    if (outcome.errors.length > 0) {
      const lines = outcome.errors.map((e) => `  Dòng ${e.line}: ${e.vi}`).join('\n');
      throw new AppError(
        'catalogue_invalid',
        `Tệp đơn vị ${path} có dòng lỗi:\n${lines}`,
        `Units file ${path} has bad rows.`,
      );
    }
  }
  return out;
}
