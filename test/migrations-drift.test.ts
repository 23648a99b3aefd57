import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

describe('migrations', () => {
  it('match the Drizzle tables: generating again yields no new migration', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'karpear-drift-')), 'migrations');
    cpSync(path.join(ROOT, 'migrations'), out, { recursive: true });
    const before = readdirSync(out).sort();
    const result = spawnSync(
      path.join(ROOT, 'node_modules/.bin/drizzle-kit'),
      // drizzle-kit reads --out relative to the working directory, even an absolute one.
      [
        'generate',
        '--dialect',
        'postgresql',
        '--schema',
        './src/modules/*/*.table.ts',
        '--out',
        path.relative(ROOT, out),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.stdout).toContain('No schema changes');
    // Run `npm run db:generate` after changing a *.table.ts file, and commit the result.
    expect(readdirSync(out).sort()).toEqual(before);
  });
});
