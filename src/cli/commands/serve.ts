import type { Command } from 'commander';
import { openApp } from '../../app/context.js';
import { loadConfig } from '../../config.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Chạy máy chủ web và API / run the web server and API')
    .option(
      '--demo',
      'nạp dữ liệu trình diễn nếu cơ sở dữ liệu còn trống / load demonstration data into an empty database',
    )
    .action(async (options: { demo?: boolean }) => {
      // Loaded here, not at the top: the web server's modules cost every other command ~45 MB and 0.3 s.
      const [{ startApp, startBackground }, { buildServer }] = await Promise.all([
        import('../../app/start.js'),
        import('../../http/server.js'),
      ]);
      const config = loadConfig();
      const app = await openApp(config, 'tiendo serve');
      const log = (line: string) => process.stdout.write(`${line}\n`);
      const started = await startApp(app, { demo: options.demo === true, log });
      const server = await buildServer(app, { logger: true });
      const stop = async () => {
        await server.close();
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await server.listen({ port: config.port, host: config.host });
      process.stdout.write(
        `Tiến Độ đang chạy tại http://localhost:${config.port} (${app.database.engine === 'pglite' ? `CSDL nhúng ${config.dataDir}` : 'PostgreSQL'}).\n`,
      );
      void startBackground(app, { demo: started.demo, log });
    });
}
