import type { Command } from 'commander';
import { openForCommand } from '../open.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Áp dụng các bản cập nhật lược đồ cơ sở dữ liệu / apply pending schema migrations')
    .action(async () => {
      const app = await openForCommand('tiendo migrate');
      await app.close();
      process.stdout.write('Đã cập nhật lược đồ cơ sở dữ liệu. / Migrations applied.\n');
    });
}
