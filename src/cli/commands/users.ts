import { Option, type Command } from 'commander';
import { CreateStaffUserBodySchema, NewPasswordSchema } from '../../domain/auth/auth.schemas.ts';
import { StaffRoleSchema } from '../../domain/roles.ts';
import { CLI_ACTOR } from '../../domain/actor.ts';
import type { Config } from '../../platform/config.ts';
import { systemContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { openRuntime } from '../../main.ts';
import type { Services } from '../../services.ts';

type Runtime = Awaited<ReturnType<typeof openRuntime>>;

async function withRuntime(config: Config, work: (services: Services) => Promise<void>) {
  const runtime: Runtime = await openRuntime(config);
  try {
    await work(runtime.services);
  } finally {
    await runtime.database.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function passwordFromStdin(enabled: boolean | undefined): Promise<string | undefined> {
  if (!enabled) return undefined;
  const parsed = NewPasswordSchema.safeParse(await readStdin());
  if (!parsed.success) {
    throw new AppError('validation_failed', {
      detail: `password from stdin: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}

function parseUser(input: { email: string; name: string; role: string }) {
  const parsed = CreateStaffUserBodySchema.safeParse({
    email: input.email,
    displayName: input.name,
    role: input.role,
  });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('validation_failed', {
      detail: `${first?.path.join('.') ?? 'input'}: ${first?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}

const ctx = () => systemContext(CLI_ACTOR, `cli-${process.pid}`);

export function registerUsersCommands(program: Command, config: () => Config): void {
  const users = program.command('users').description('manage staff accounts');

  users
    .command('create-admin')
    .description(
      'print a one-time link to create an admin account; with --email and --name, create it here',
    )
    .option('--email <email>', 'e-mail address of the new admin')
    .option('--name <name>', 'display name of the new admin')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (options: { email?: string; name?: string; passwordStdin?: boolean }) => {
      await withRuntime(config(), async (services) => {
        if (!options.email && !options.name) {
          const link = await services.staffUsers.issueSetupLink(ctx(), 'cli');
          console.log('One-time link to create an admin account (valid 24 h):');
          console.log(`  ${link}`);
          return;
        }
        const body = parseUser({
          email: options.email ?? '',
          name: options.name ?? '',
          role: 'admin',
        });
        await createAndPrint(services, body, await passwordFromStdin(options.passwordStdin));
      });
    });

  users
    .command('add')
    .description('create a staff account (prints a temporary password unless --password-stdin)')
    .requiredOption('--email <email>', 'e-mail address')
    .requiredOption('--name <name>', 'display name')
    .addOption(
      new Option('--role <role>', 'role').choices(StaffRoleSchema.options).makeOptionMandatory(),
    )
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (options: { email: string; name: string; role: string; passwordStdin?: boolean }) => {
        await withRuntime(config(), async (services) => {
          const body = parseUser(options);
          await createAndPrint(services, body, await passwordFromStdin(options.passwordStdin));
        });
      },
    );

  users
    .command('list')
    .description('list staff accounts')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withRuntime(config(), async (services) => {
        const list = await services.staffUsers.listUsers();
        if (options.json) {
          console.log(JSON.stringify(list, null, 2));
          return;
        }
        if (!list.length) console.log('no staff accounts');
        for (const user of list) {
          const flags = [
            user.mfaEnabled ? 'mfa' : 'no-mfa',
            user.locked ? 'locked' : '',
            user.disabled ? 'disabled' : '',
          ]
            .filter(Boolean)
            .join(',');
          console.log(`${user.email}\t${user.role}\t${user.displayName}\t${flags}`);
        }
      });
    });
}

async function createAndPrint(
  services: Services,
  body: ReturnType<typeof parseUser>,
  password: string | undefined,
) {
  const created = await services.staffUsers.createUser(ctx(), body, password);
  console.log(`created ${created.user.role} ${created.user.email}`);
  if (created.temporaryPassword) {
    console.log(`temporary password (shown once): ${created.temporaryPassword}`);
  }
}
