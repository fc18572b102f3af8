// Creates an empty PGlite data directory (PGlite's initdb), so that the measured baseline opens an
// existing one, as the product does after its first start. Usage: node bench/pglite-init.mjs DATADIR
import { PGlite } from '@electric-sql/pglite';

const db = new PGlite(process.argv[2]);
await db.waitReady;
await db.close();
