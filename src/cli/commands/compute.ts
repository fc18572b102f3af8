import type { Command } from 'commander';
import { periodWindows } from '../../results/period.js';
import { openForCommand } from '../open.js';

interface ComputeCliOptions {
  period: string;
  json?: boolean;
  unit?: string[];
  indicator?: string[];
}

/**
 * `tiendo compute --period YYYY-MM [--json]` (contract "Command line"): the results document of
 * every unit that has data and every unit above it. With --json the document alone goes to
 * standard output; a bad period is a usage error (exit 2).
 */
export function registerComputeCommand(program: Command): void {
  program
    .command('compute')
    .description(
      'Tính kết quả các chỉ tiêu từ bản ghi trích xuất / compute indicator results from the extracts',
    )
    .requiredOption('--period <YYYY-MM>', 'kỳ báo cáo / reporting period, e.g. 2026-03')
    .option('--json', 'in tài liệu kết quả dạng JSON / print the results document as JSON')
    .option('--unit <codes...>', 'chỉ các đơn vị này / only these units')
    .option('--indicator <codes...>', 'chỉ các chỉ tiêu này / only these indicators')
    .action(async (options: ComputeCliOptions) => {
      periodWindows(options.period); // usage error before the database is opened
      // Loaded by this command only: each command pays for the modules it imports.
      const [{ computeResults }, { formatResultsText }, app] = await Promise.all([
        import('../../results/compute-results.js'),
        import('../../results/format-text.js'),
        openForCommand('tiendo compute'),
      ]);
      try {
        const started = Date.now();
        const doc = await computeResults(app.database, {
          period: options.period,
          units: options.unit,
          indicators: options.indicator,
        });
        process.stdout.write(options.json ? `${JSON.stringify(doc, null, 2)}\n` : formatResultsText(doc));
        process.stderr.write(
          `Đã tính ${doc.results.length} kết quả trong ${Date.now() - started} ms. / ${doc.results.length} results computed.\n`,
        );
      } finally {
        await app.close();
      }
    });
}
