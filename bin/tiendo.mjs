#!/usr/bin/env node
// The `tiendo` command: runs the compiled CLI (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(compiled)) {
  process.stderr.write('Chưa biên dịch Tiến Độ: hãy chạy `npm ci` hoặc `npm run build`.\nTiến Độ is not built: run `npm ci` or `npm run build`.\n');
  process.exit(2);
}
await import(compiled);
