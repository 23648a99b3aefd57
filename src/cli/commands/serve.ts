import type { Command } from 'commander';
import type { Config } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { startServer } from '../../main.ts';

export function registerServeCommand(program: Command, config: () => Config): void {
  program
    .command('serve')
    .description('start the web server and background jobs (migrates the database first)')
    .action(async () => {
      const cfg = config();
      const logger = createLogger(cfg.logLevel);
      const server = await startServer(cfg, logger);
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
}
