/**
 * The difference between two versions of a report, computed on the server (issue 3 §3): every
 * changed field with its value before and after. Entries of lists are matched by their code
 * ('indicators.T26-01.a'), not by position, so a reordering is not a change. Pure.
 */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The key an entry of a list is known by: its code, else its task code, else its position. */
function entryKey(entry: Json, index: number): string {
  if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
    const code = entry.code ?? entry.taskCode;
    if (typeof code === 'string') return code;
  }
  return String(index);
}

function flatten(value: Json, path: string, out: Map<string, Json>): void {
  if (Array.isArray(value)) {
    const keyed = value.every((v, i) => entryKey(v, i) !== String(i));
    if (!keyed) {
      out.set(path, value); // a list of plain values (attachment ids, evidence): compared whole
      return;
    }
    // an entry is known by its code: the code itself is its name, not one of its fields
    for (const [i, v] of value.entries()) {
      const { code: _code, taskCode: _taskCode, ...fields } = v as { [key: string]: Json };
      flatten(fields, `${path}.${entryKey(v, i)}`, out);
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) flatten(v, path === '' ? key : `${path}.${key}`, out);
    return;
  }
  out.set(path, value);
}

const same = (a: Json | undefined, b: Json | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function diffContent(before: unknown, after: unknown): FieldChange[] {
  const left = new Map<string, Json>();
  const right = new Map<string, Json>();
  flatten((before ?? null) as Json, '', left);
  flatten((after ?? null) as Json, '', right);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths
    .filter((p) => !same(left.get(p), right.get(p)))
    .map((path) => ({ path, before: left.get(path) ?? null, after: right.get(path) ?? null }));
}
