import { writeFileSync } from 'node:fs';

/**
 * A deterministic point at which the crash-safety test kills an import: with
 * TIENDO_CRASH_TEST_STALL_AFTER_ROWS=N and TIENDO_CRASH_TEST_MARKER=path in the environment, the import
 * writes the marker ("<rows> <table>": the staging table or a record table) once N rows are copied
 * inside its open transaction, then waits to be killed.
 * Without those variables (always, outside that test) it does nothing.
 */
export function crashTestStall(
  env: NodeJS.ProcessEnv = process.env,
): ((stagedRows: number, table: string) => Promise<void>) | null {
  const after = Number(env.TIENDO_CRASH_TEST_STALL_AFTER_ROWS);
  const marker = env.TIENDO_CRASH_TEST_MARKER;
  if (!Number.isInteger(after) || after <= 0 || !marker) return null;
  let fired = false;
  return async (stagedRows, table) => {
    if (fired || stagedRows < after) return;
    fired = true;
    writeFileSync(marker, `${stagedRows} ${table}`);
    await new Promise<never>(() => {});
  };
}
