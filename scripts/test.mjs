// `npm test`: builds the product (server and web app), runs every test suite once with Vitest, and
// ends with the totals on a line of their own: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

// Browser tests drive Debian's Chromium; install it when missing and we may (a fresh machine, as root).
if (!existsSync('/usr/bin/chromium') && process.getuid?.() === 0) {
  console.log('Cài Chromium cho kiểm thử trình duyệt / installing Chromium for the browser tests…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core']);
}

if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Lint and format (Biome) are part of the suite: a finding fails the run like a failed test.
const lintFailed = run('npx', ['biome', 'check', 'src', 'web/src', 'test', 'bench', 'scripts']) !== 0;

mkdirSync('test-output', { recursive: true });
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-output/vitest.json',
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('test-output/vitest.json', 'utf8'));
  passed = report.numPassedTests;
  // A suite that fails to load has no failed tests of its own: count it as a failure.
  failed =
    report.numFailedTests +
    report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} catch {
  failed = Math.max(failed, 1);
}
if (status !== 0 && failed === 0) failed = 1;
if (lintFailed) {
  passed = Math.max(passed, 0);
  failed += 1;
  console.log('Biome found problems (see above): counted as one failed test.');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
