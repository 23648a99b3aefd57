import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ENTRY = new URL('../../bin/karpear.js', import.meta.url).pathname;

function karpear(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [ENTRY, ...args], {
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dataDir = () => ({
  KARPEAR_DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'karpear-cli-')), 'data'),
});

describe('karpear CLI', () => {
  it('prints its version and help', () => {
    const version = karpear(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = karpear(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'users', 'openapi'])
      expect(help.stdout).toContain(command);
    expect(karpear(['users', '--help']).stdout).toMatch(/create-admin[\s\S]*add[\s\S]*list/);
  });

  it('fails with one clear line on bad configuration or bad input', () => {
    const badConfig = karpear(['migrate'], { env: { PORT: 'eighty' } });
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr.trim().split('\n')).toHaveLength(1);
    expect(badConfig.stderr).toMatch(/^karpear: error: invalid configuration: PORT:/);

    const badRole = karpear([
      'users',
      'add',
      '--email',
      'a@cert.example',
      '--name',
      'A',
      '--role',
      'king',
    ]);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/--role.*king.*invalid|Allowed choices/i);

    const unknown = karpear(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });

  it('migrates, adds and lists staff, and prints a setup link', () => {
    const env = dataDir();
    expect(karpear(['migrate'], { env }).stdout).toMatch(/^applied \d+ migration\(s\)/);
    expect(karpear(['migrate'], { env }).stdout).toContain('database is up to date');

    const badEmail = karpear(
      ['users', 'add', '--email', 'nope', '--name', 'N', '--role', 'analyst'],
      { env },
    );
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toMatch(/^karpear: error: email: /);

    const shortPassword = karpear(
      [
        'users',
        'add',
        '--email',
        'sokha@cert.example',
        '--name',
        'Sokha',
        '--role',
        'analyst',
        '--password-stdin',
      ],
      { env, input: 'short\n' },
    );
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toContain('use at least 12 characters');

    const added = karpear(
      ['users', 'add', '--email', 'sokha@cert.example', '--name', 'Sokha', '--role', 'analyst'],
      { env },
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('created analyst sokha@cert.example');
    expect(added.stdout).toMatch(/temporary password \(shown once\): [\w-]{20,}/);

    const duplicate = karpear(
      ['users', 'add', '--email', 'SOKHA@cert.example', '--name', 'S', '--role', 'analyst'],
      { env },
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('a staff member with this e-mail exists');

    const list = karpear(['users', 'list'], { env });
    expect(list.stdout).toContain('sokha@cert.example\tanalyst\tSokha\tno-mfa');

    const link = karpear(['users', 'create-admin'], { env });
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/http:\/\/127\.0\.0\.1:8080\/staff\/setup#token=[\w-]{40,}/);
  }, 90_000);
});
