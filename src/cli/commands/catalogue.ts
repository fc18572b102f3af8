import type { Command } from 'commander';
import { openApp } from '../../app/context.js';
import { defaultCatalogueDir } from '../../catalogue/dir.js';
import { loadConfig } from '../../config.js';

// The catalogue's modules (YAML, its schema, the loader) are imported by these commands' actions
// only: every command pays for the modules it imports.
const loader = () => import('../../catalogue/load.js');

export function registerCatalogueCommands(program: Command): void {
  const catalog = program
    .command('catalog')
    .alias('catalogue')
    .description('Danh mục kế hoạch, chỉ tiêu, nhiệm vụ / the plan catalogue');

  catalog
    .command('validate')
    .description('Kiểm tra các tệp danh mục mà không nạp / check the catalogue files without loading them')
    .option('--dir <dir>', 'thư mục danh mục / catalogue directory', defaultCatalogueDir)
    .action(async (options: { dir: string }) => {
      const [{ formatProblems, readPlanFiles, unitFiles }, { readUnitFiles }, { validateCatalogue }] =
        await Promise.all([
          loader(),
          import('../../catalogue/read-units.js'),
          import('../../catalogue/validate.js'),
        ]);
      const units = await readUnitFiles(unitFiles(options.dir));
      const { plans, problems } = validateCatalogue(readPlanFiles(options.dir), units);
      if (problems.length > 0) {
        process.stderr.write(
          `Danh mục có ${problems.length} lỗi / ${problems.length} problems:\n${formatProblems(problems)}\n`,
        );
        process.exitCode = 1;
        return;
      }
      const indicators = plans.reduce((n, p) => n + p.plan.indicators.length, 0);
      const tasks = plans.reduce((n, p) => n + p.plan.tasks.length, 0);
      process.stdout.write(
        `Danh mục hợp lệ: ${units.length} đơn vị, ${plans.length} kế hoạch, ${indicators} chỉ tiêu, ${tasks} nhiệm vụ.\n` +
          `Catalogue valid: ${units.length} units, ${plans.length} plans, ${indicators} indicators, ${tasks} tasks.\n`,
      );
    });

  catalog
    .command('load')
    .description('Nạp lại danh mục từ các tệp (thay thế toàn bộ) / reload the catalogue from its files')
    .option('--dir <dir>', 'thư mục danh mục / catalogue directory', defaultCatalogueDir)
    .action(async (options: { dir: string }) => {
      const { loadCatalogue } = await loader();
      const app = await openApp(loadConfig(), 'tiendo catalog load');
      try {
        const counts = await loadCatalogue(app, { kind: 'cli' }, options.dir);
        process.stdout.write(
          `Đã nạp ${counts.plans} kế hoạch, ${counts.indicators} chỉ tiêu, ${counts.tasks} nhiệm vụ.\n`,
        );
      } finally {
        await app.close();
      }
    });
}
