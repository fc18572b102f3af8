import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A multipart/form-data body for `server.inject`: the fields first, then the file (as the upload page sends it). */
export function multipart(
  fields: Record<string, string>,
  file: { name: string; content: string | Buffer; type?: string },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----tiendo${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`,
    ),
  );
  parts.push(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const tempFilesDir = () => mkdtempSync(join(tmpdir(), 'tiendo-files-'));

export const DOCUMENT_HEADER =
  'doc_id,unit_code,created_at,entered_at,kind,fully_electronic,digitally_signed,paper_parallel,state_secret';

/** n documents of a unit in March 2026; `electronic` of them fully electronic; options add the exclusions. */
export function documentsCsv(
  prefix: string,
  unit: string,
  n: number,
  electronic: number,
  options: { paper?: number; reentered?: number } = {},
): string[] {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String((i % 27) + 1).padStart(2, '0');
    const created = `${day}/03/2026 09:00`;
    const late = i < (options.reentered ?? 0);
    const entered = late ? `${String((i % 27) + 2).padStart(2, '0')}/03/2026 10:00` : '';
    const paper = i >= (options.reentered ?? 0) && i < (options.reentered ?? 0) + (options.paper ?? 0);
    rows.push(
      `${prefix}${i},${unit},${created},${entered},outgoing,${i < electronic ? 1 : 0},1,${paper ? 1 : 0},0`,
    );
  }
  return rows;
}
