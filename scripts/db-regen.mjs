// Regenerates the migrations from the Drizzle schema (src/db/schema) as one `initial` migration,
// followed by the hand-written SQL of src/db/sql/*.sql (triggers and the like drizzle-kit cannot express).
// Used until the first release; after it, migrations are append-only (docs/decisions/migrations.md).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const kit = (...args) =>
  execFileSync('npx', ['drizzle-kit', 'generate', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
rmSync('drizzle', { recursive: true, force: true });
kit('--name', 'initial');
// drizzle-kit qualifies references with "public"; the tests (and any deployment) may run in another
// schema through search_path, so references are left unqualified like every table name.
for (const file of readdirSync('drizzle').filter((f) => f.endsWith('.sql'))) {
  const path = `drizzle/${file}`;
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"public".', ''));
}
for (const file of readdirSync('src/db/sql')
  .filter((f) => f.endsWith('.sql'))
  .sort()) {
  const name = file.replace(/\.sql$/, '').replace(/[^a-z0-9]+/gi, '_');
  kit('--custom', '--name', name);
  const generated = readdirSync('drizzle').find((f) => f.endsWith(`_${name}.sql`));
  if (!generated) throw new Error(`drizzle-kit did not create a migration for ${file}`);
  writeFileSync(`drizzle/${generated}`, readFileSync(`src/db/sql/${file}`, 'utf8'));
}
console.log(
  readdirSync('drizzle')
    .filter((f) => f.endsWith('.sql'))
    .join('\n'),
);
