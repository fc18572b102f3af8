import { Command } from 'commander';
import { AppError } from '../shared/errors.js';
import { registerCatalogueCommands } from './commands/catalogue.js';
import { registerComputeCommand } from './commands/compute.js';
import { registerImportCommand } from './commands/import.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUsersCommands } from './commands/users.js';

/**
 * `tiendo` — the operator's command line. Each command module registers itself; exit codes:
 * 0 done, 1 input rejected (nothing changed), 2 usage error or the database is held by another process.
 */
const program = new Command('tiendo')
  .description('Tiến Độ — hệ thống thông tin báo cáo tiến độ chỉ tiêu, nhiệm vụ')
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerMigrateCommand(program);
registerImportCommand(program);
registerCatalogueCommands(program);
registerComputeCommand(program);
registerUsersCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  const code = (error as { code?: string }).code;
  // commander: help and version are not failures; everything else it throws is a usage error
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help')
    return 0;
  if (typeof code === 'string' && code.startsWith('commander.')) return 2;
  if (error instanceof AppError) {
    process.stderr.write(`Lỗi: ${error.vi}\nError: ${error.en}\n`);
    return error.code === 'database_in_use' || error.code === 'usage' ? 2 : 1;
  }
  process.stderr.write(
    `Lỗi không mong đợi / Unexpected error: ${(error as Error)?.stack ?? String(error)}\n`,
  );
  return 1;
}
