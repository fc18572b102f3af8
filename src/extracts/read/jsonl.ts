/**
 * JSON Lines: one object a line (contract "How an import reads a file": blank lines skipped, BOM and
 * a missing final newline allowed, a line that is not an object is a bad row, a line over 1 MiB too).
 */
import type { FieldDef, RecordSetDef } from '../recordsets.js';
import { MAX_RECORD_CHARS, tooLong } from './csv.js';
import { headerLookup } from './header.js';
import { textKey as textKeyOf } from './normalise.js';
import { type RawValue, type Reason, withReason } from './typing.js';

export interface JsonlSink {
  row(line: number, value: Record<string, unknown>): void;
  bad(line: number, reason: Reason): void;
}

const notObject = (what: string): Reason => ({
  vi: `Dòng không phải là một đối tượng JSON (${what}).`,
  en: `The line is not a JSON object (${what}).`,
});

export class JsonlParser {
  private pending = '';
  private line = 1;
  private skipping = false;

  constructor(private readonly sink: JsonlSink) {}

  push(text: string): void {
    const buf = this.pending === '' ? text : this.pending + text;
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf('\n', pos);
      if (nl === -1) break;
      if (this.skipping) this.skipping = false;
      else this.handle(buf.slice(pos, nl));
      this.line++;
      pos = nl + 1;
    }
    this.pending = this.skipping ? '' : buf.slice(pos);
    if (this.pending.length > MAX_RECORD_CHARS) {
      this.sink.bad(this.line, tooLong());
      this.pending = '';
      this.skipping = true;
    }
  }

  end(): void {
    if (!this.skipping && this.pending !== '') this.handle(this.pending);
    this.pending = '';
  }

  private handle(raw: string): void {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    if (text.length > MAX_RECORD_CHARS) {
      this.sink.bad(this.line, tooLong());
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.sink.bad(this.line, notObject('JSON không hợp lệ / invalid JSON'));
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.sink.bad(
        this.line,
        notObject(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value),
      );
      return;
    }
    this.sink.row(this.line, value as Record<string, unknown>);
  }
}

export type JsonCells = { ok: true; cells: RawValue[] } | { ok: false; reasons: Reason[] };

/**
 * Places an object's values in the set's field order. Keys match like CSV headers (name or alias);
 * unknown keys are reported to `onUnknown`; two keys naming one field make the row bad.
 */
export function jsonCells(set: RecordSetDef, onUnknown: (key: string) => void) {
  const lookup = headerLookup(set);
  const index = new Map<FieldDef, number>(set.fields.map((f, i) => [f, i]));
  const keyCache = new Map<string, number | -1>();
  const position = (key: string): number => {
    let i = keyCache.get(key);
    if (i === undefined) {
      const field = lookup.get(textKeyOf(key));
      i = field === undefined ? -1 : (index.get(field) ?? -1);
      keyCache.set(key, i);
      if (i === -1) onUnknown(key);
    }
    return i;
  };
  return function toCells(obj: Record<string, unknown>): JsonCells {
    const cells: RawValue[] = new Array(set.fields.length).fill(null);
    const given: boolean[] = new Array(set.fields.length).fill(false);
    let reasons: Reason[] | null = null;
    for (const key of Object.keys(obj)) {
      const i = position(key);
      if (i === -1) continue;
      const name = set.fields[i]?.name ?? key;
      if (given[i]) {
        reasons = withReason(reasons, {
          vi: `Trường "${name}" được ghi nhiều lần (khóa "${key}").`,
          en: `Field "${name}" is given more than once (key "${key}").`,
        });
        continue;
      }
      given[i] = true;
      const v = obj[key];
      // contract: booleans, numbers, strings, "" and null are accepted where the type allows; "" and null mean empty.
      if (v === null || v === undefined || v === '') cells[i] = null;
      // A JSON escape ("\u0301") can still spell decomposed text: NFC here too.
      else if (typeof v === 'string') cells[i] = v.normalize('NFC');
      else if (typeof v === 'number' || typeof v === 'boolean') cells[i] = v;
      else {
        reasons = withReason(reasons, {
          vi: `Trường "${name}": giá trị kiểu ${Array.isArray(v) ? 'mảng' : 'đối tượng'} không hợp lệ.`,
          en: `Field "${name}": a JSON ${Array.isArray(v) ? 'array' : 'object'} is not a valid value.`,
        });
      }
    }
    return reasons === null ? { ok: true, cells } : { ok: false, reasons };
  };
}
