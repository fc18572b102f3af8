import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogueDir, unitFiles } from '../catalogue/load.js';
import { readUnitFiles } from '../catalogue/read-units.js';
import { readExtract } from '../extracts/read/index.js';
import type { RecordSetName } from '../extracts/recordsets.js';
import { type DemoFile, type DemoUnit, generateDemo } from './generate.js';

let units: DemoUnit[] = [];
let files: DemoFile[] = [];
beforeAll(async () => {
  units = await readUnitFiles(unitFiles(defaultCatalogueDir));
  files = generateDemo(units);
});

const digest = (all: DemoFile[]) =>
  createHash('sha256')
    .update(all.map((f) => f.fileName + f.text).join('\n'))
    .digest('hex');

describe('demonstration data', () => {
  it('is the same on every run (deterministic)', () => {
    expect(digest(generateDemo(units))).toBe(digest(files));
  });

  it('covers every record set the indicators need, ten months of dated extracts', () => {
    const sets = new Set(files.map((f) => `${f.recordSet}/${f.source}`));
    expect([...sets].sort()).toEqual([
      'certificates/kyso',
      'documents/lienthong',
      'documents/qlvb',
      'dossiers/dvcqg',
      'dossiers/tthc-tinh',
      'procedure_components/tthc-tinh',
      'procedures/dvcqg',
      'procedures/tthc-tinh',
      'products/baocao',
      'ratings/dvcqg',
      'ratings/tthc-tinh',
      'signatures/kyso',
      'staff/baocao',
    ]);
    expect(files.filter((f) => f.recordSet === 'dossiers' && f.source === 'tthc-tinh')).toHaveLength(10);
  });

  it('reproduces plan 169’s catalogue: 2,066 procedures, 358 toàn trình, 1,524 một phần, 184 chưa cung cấp', () => {
    const catalogue = files.find((f) => f.recordSet === 'procedures' && f.source === 'tthc-tinh');
    const levels = (catalogue?.text ?? '')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[4]);
    expect(levels).toHaveLength(2066);
    expect(['full', 'partial', 'none'].map((l) => levels.filter((x) => x === l).length)).toEqual([
      358, 1524, 184,
    ]);
  });

  it('reads without a single bad row through the ordinary readers', async () => {
    const known = new Set(units.map((u) => u.code));
    const sample = files.filter((f, i) => f.recordSet !== 'dossiers' || i < 8);
    for (const file of sample) {
      const outcome = await readExtract(
        (async function* () {
          yield new TextEncoder().encode(file.text);
        })(),
        { recordSet: file.recordSet as RecordSetName, fileName: file.fileName, knownUnits: known },
        async () => {},
      );
      expect({ file: file.fileName, errors: outcome.errors.slice(0, 3) }).toEqual({
        file: file.fileName,
        errors: [],
      });
    }
  });
});
