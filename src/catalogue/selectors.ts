import type { UnitRef } from './schema.js';

export interface UnitNode {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

/** Kinds that "Các sở, ban, ngành" covers, and those "UBND các xã, phường" covers. */
const DEPARTMENT_KINDS = new Set(['department', 'agency']);
const COMMUNE_KINDS = new Set(['commune', 'ward']);

/**
 * Expands a catalogue unit reference (a code or a group selector) into unit codes.
 * Returns null for a code or selector that names nothing, so the validator can say which.
 */
export function expandUnitRef(ref: UnitRef, units: readonly UnitNode[]): string[] | null {
  if (ref === '@so-ban-nganh') return units.filter((u) => DEPARTMENT_KINDS.has(u.kind)).map((u) => u.code);
  if (ref === '@xa-phuong') return units.filter((u) => COMMUNE_KINDS.has(u.kind)).map((u) => u.code);
  if (ref === '@all')
    return units.filter((u) => DEPARTMENT_KINDS.has(u.kind) || COMMUNE_KINDS.has(u.kind)).map((u) => u.code);
  if (ref.startsWith('@divisions:')) {
    const parent = ref.slice('@divisions:'.length);
    const divisions = units
      .filter((u) => u.parentCode === parent && u.kind === 'division')
      .map((u) => u.code);
    // A selector for a unit without divisions names nothing: the validator reports it.
    return divisions.length > 0 ? divisions : null;
  }
  return units.some((u) => u.code === ref) ? [ref] : null;
}

export function expandUnitRefs(refs: readonly UnitRef[], units: readonly UnitNode[]): string[] {
  const out = new Set<string>();
  for (const ref of refs) for (const code of expandUnitRef(ref, units) ?? []) out.add(code);
  return [...out];
}

/** Vietnamese label of a selector, for pages that show "Các sở, ban, ngành" rather than 25 names. */
export function selectorLabel(ref: UnitRef): { vi: string; en: string } | null {
  if (ref === '@so-ban-nganh') return { vi: 'Các sở, ban, ngành', en: 'All departments and agencies' };
  if (ref === '@xa-phuong') return { vi: 'UBND các xã, phường', en: 'All communes and wards' };
  if (ref === '@all')
    return {
      vi: 'Các sở, ban, ngành, UBND các xã, phường',
      en: 'All departments, agencies, communes and wards',
    };
  if (ref.startsWith('@divisions:'))
    return { vi: `Các phòng, đơn vị thuộc ${ref.slice(11)}`, en: `Divisions of ${ref.slice(11)}` };
  return null;
}
