import { PGlite } from '@electric-sql/pglite';
const pg = new PGlite(process.argv[2]);
await pg.query('select 1');
const m = process.memoryUsage(); console.log('rss', (m.rss/1e6).toFixed(0), 'external', (m.external/1e6).toFixed(0), 'ab', (m.arrayBuffers/1e6).toFixed(0));
