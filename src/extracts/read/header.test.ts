import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENUM_VIETNAMESE, RECORD_SET_NAMES, RECORD_SETS } from '../recordsets.js';
import { headerLookup, isHeader, matchHeader } from './header.js';
import { textKey } from './normalise.js';

describe('record set definitions', () => {
  it('lists the contract fields of every set, in order', () => {
    const fields = Object.fromEntries(
      RECORD_SET_NAMES.map((n) => [n, RECORD_SETS[n].fields.map((f) => f.name).join(',')]),
    );
    expect(fields).toEqual({
      units: 'unit_code,name,kind,parent_code',
      dossiers:
        'dossier_id,unit_code,procedure_code,channel,full_online,received_at,entered_at,due_at,finished_at,status,result_electronic,digitized,fee_required,paid_online,submit_seconds,components_total,components_reused',
      procedures:
        'procedure_code,name,level,managing_unit_code,online_level,eligible_full_online,business_related,production_business_related,local_legal_basis,eform_autofill',
      procedure_components: 'procedure_code,component_code,name,provided_once',
      documents:
        'doc_id,unit_code,created_at,entered_at,kind,fully_electronic,digitally_signed,paper_parallel,state_secret',
      certificates: 'cert_id,staff_id,unit_code,issued_at,revoked_at',
      signatures: 'cert_id,signed_at',
      staff:
        'staff_id,unit_code,category,it_specialist,digital_skills_trained_at,data_governance_trained_at,left_at',
      ratings: 'rating_id,unit_code,dossier_id,procedure_code,rated_at,level',
      products: 'product_id,unit_code,name,enterprise,commercialized_at',
    });
  });

  it('requires the contract fields (ids, unit_code, the window date)', () => {
    const required = Object.fromEntries(
      RECORD_SET_NAMES.map((n) => [
        n,
        RECORD_SETS[n].fields
          .filter((f) => f.required)
          .map((f) => f.name)
          .join(','),
      ]),
    );
    expect(required).toEqual({
      units: 'unit_code,name,kind',
      dossiers: 'dossier_id,unit_code,received_at',
      procedures: 'procedure_code',
      procedure_components: 'procedure_code,component_code',
      documents: 'doc_id,unit_code,created_at',
      certificates: 'cert_id,unit_code,issued_at',
      signatures: 'cert_id,signed_at',
      staff: 'staff_id,unit_code',
      ratings: 'rating_id,unit_code,rated_at',
      products: 'product_id,unit_code,commercialized_at',
    });
  });

  it.each(RECORD_SET_NAMES)('%s: no header name or alias means two fields', (name) => {
    const set = RECORD_SETS[name];
    const all = set.fields.flatMap((f) => [f.name, ...f.aliases].map((a) => textKey(a)));
    expect(new Set(all).size).toBe(all.length);
    expect(headerLookup(set).size).toBe(all.length);
  });

  it('is documented: every alias and enum name appears in docs/importer-aliases.md', () => {
    const doc = readFileSync(new URL('../../../docs/importer-aliases.md', import.meta.url), 'utf8');
    const names = [
      ...RECORD_SET_NAMES.flatMap((n) => RECORD_SETS[n].fields.flatMap((f) => f.aliases)),
      ...Object.values(ENUM_VIETNAMESE).flatMap((t) => Object.values(t).flat()),
    ];
    expect(names.filter((a) => !doc.includes(`\`${a}\``))).toEqual([]);
  });

  it('lists the enum values of the contract', () => {
    const enums = (n: keyof typeof RECORD_SETS, f: string) =>
      RECORD_SETS[n].fields.find((x) => x.name === f)?.enumValues;
    expect(enums('units', 'kind')).toEqual([
      'province',
      'department',
      'agency',
      'commune',
      'ward',
      'division',
    ]);
    expect(enums('dossiers', 'channel')).toEqual(['online', 'direct', 'postal']);
    expect(enums('dossiers', 'status')).toEqual([
      'received',
      'processing',
      'finished',
      'returned',
      'cancelled',
    ]);
    expect(enums('procedures', 'level')).toEqual(['province', 'commune']);
    expect(enums('procedures', 'online_level')).toEqual(['full', 'partial', 'none']);
    expect(enums('documents', 'kind')).toEqual(['incoming', 'outgoing', 'internal', 'work_file']);
    expect(enums('staff', 'category')).toEqual(['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong']);
    expect(enums('ratings', 'level')).toEqual(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied']);
  });
});

describe('matchHeader', () => {
  const dossiers = RECORD_SETS.dossiers;

  it('recognises names and aliases, lists unknown columns, ignores empty header cells', () => {
    const m = matchHeader([' Mã hồ sơ ', 'UNIT_CODE', '', 'Ghi chú', 'ngày tiếp nhận'], dossiers);
    expect(m.columns.map((c) => c?.name)).toEqual([
      'dossier_id',
      'unit_code',
      undefined,
      undefined,
      'received_at',
    ]);
    expect(m.requiredFound).toBe(3);
    expect(m.unknown).toEqual(['Ghi chú']);
    expect(m.duplicates).toEqual([]);
    expect(isHeader(m, dossiers)).toBe(true);
  });

  it('needs at least half of the required fields', () => {
    expect(isHeader(matchHeader(['dossier_id', 'x', 'y'], dossiers), dossiers)).toBe(false);
    expect(isHeader(matchHeader(['dossier_id', 'received_at'], dossiers), dossiers)).toBe(true);
    expect(isHeader(matchHeader(['BÁO CÁO', '', ''], dossiers), dossiers)).toBe(false);
    expect(isHeader(matchHeader(['Mã thủ tục'], RECORD_SETS.procedures), RECORD_SETS.procedures)).toBe(true);
  });

  it('reports a field named twice', () => {
    expect(matchHeader(['dossier_id', 'Số hồ sơ'], dossiers).duplicates).toEqual([
      { field: 'dossier_id', headers: ['dossier_id', 'Số hồ sơ'] },
    ]);
  });
});
