import { writeFileSync } from 'node:fs';

/**
 * A deterministic point at which the crash-safety test kills an import: with
 * TIENDO_CRASH_TEST_STALL_AFTER_ROWS=N and TIENDO_CRASH_TEST_MARKER=path in the environment, the import
 * writes the marker once N rows are staged inside its open transaction, then waits to be killed.
 * Without those variables (always, outside that test) it does nothing.
 */
export function crashTestStall(
  env: NodeJS.ProcessEnv = process.env,
): ((stagedRows: number) => Promise<void>) | null {
  const after = Number(env.TIENDO_CRASH_TEST_STALL_AFTER_ROWS);
  const marker = env.TIENDO_CRASH_TEST_MARKER;
  if (!Number.isInteger(after) || after <= 0 || !marker) return null;
  let fired = false;
  return async (stagedRows) => {
    if (fired || stagedRows < after) return;
    fired = true;
    writeFileSync(marker, String(stagedRows));
    await new Promise<never>(() => {});
  };
}
