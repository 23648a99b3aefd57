#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { isAppError } from '../platform/errors.ts';
import { VERSION } from '../main.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerUsersCommands } from './commands/users.ts';
import { registerOpenApiCommand } from './commands/openapi.ts';
import { registerAuditCommands } from './commands/audit.ts';

/** The `karpear` command. Every failure is one line on stderr and a non-zero exit. */
export function buildCli(env: Record<string, string | undefined> = process.env): Command {
  const program = new Command('karpear')
    .description('Karpear: incident reporting and handling for a national CERT')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError()
    .configureOutput({ outputError: (text, write) => write(text.trimEnd() + '\n') })
    .exitOverride();
  const config = () => loadConfig(env);
  registerServeCommand(program, config);
  registerMigrateCommand(program, config);
  registerUsersCommands(program, config);
  registerOpenApiCommand(program, config);
  registerAuditCommands(program, config);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`karpear: error: ${describe(error)}\n`);
    return 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (isAppError(error))
    return error.message === error.code ? error.code.replace(/_/g, ' ') : error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

if (import.meta.main) {
  const code = await runCli(process.argv);
  // `serve` keeps running; everything else exits with its status.
  if (code !== 0 || !process.argv.includes('serve')) process.exit(code);
}
