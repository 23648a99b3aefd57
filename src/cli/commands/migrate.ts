import type { Command } from 'commander';
import type { Config } from '../../platform/config.ts';
import { migrateDatabase } from '../../platform/db/migrate.ts';
import { openConfiguredDatabase } from '../../main.ts';

export function registerMigrateCommand(program: Command, config: () => Config): void {
  program
    .command('migrate')
    .description('apply database migrations that have not been applied yet')
    .action(async () => {
      const database = await openConfiguredDatabase(config());
      try {
        const { applied } = await migrateDatabase(database);
        console.log(applied ? `applied ${applied} migration(s)` : 'database is up to date');
      } finally {
        await database.close();
      }
    });
}
