import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../../platform/config.ts';
import { renderOpenApi } from '../../openapi.ts';

export function registerOpenApiCommand(program: Command, _config: () => Config): void {
  program
    .command('openapi')
    .description('print the OpenAPI 3.1 document (or write it with --out)')
    .option('--out <file>', 'write to this file')
    .action(async (options: { out?: string }) => {
      const text = await renderOpenApi();
      if (options.out) writeFileSync(options.out, text);
      else process.stdout.write(text);
    });
}
