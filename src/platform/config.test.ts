import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:8080 and PGlite under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: path.resolve('./data'),
      publicUrl: 'http://127.0.0.1:8080',
      secureCookies: false,
      encryptionKey: null,
    });
  });

  it('treats empty variables as unset and reads the rest', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({
      PORT: '9000',
      DATABASE_URL: 'postgresql://karpear@db/karpear',
      KARPEAR_PUBLIC_URL: 'https://cert.example.kh/',
      KARPEAR_ENCRYPTION_KEY: key,
      HOST: '',
    });
    expect(config.port).toBe(9000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.databaseUrl).toBe('postgresql://karpear@db/karpear');
    expect(config.publicUrl).toBe('https://cert.example.kh');
    expect(config.secureCookies).toBe(true);
    expect(config.encryptionKey?.equals(Buffer.alloc(32, 7))).toBe(true);
  });

  it('re-verifies evidence every 24 hours by default, every 1–720 hours if set', () => {
    expect(loadConfig({}).evidenceVerifyHours).toBe(24);
    expect(loadConfig({ KARPEAR_EVIDENCE_VERIFY_HOURS: '6' }).evidenceVerifyHours).toBe(6);
    expect(() => loadConfig({ KARPEAR_EVIDENCE_VERIFY_HOURS: '0' })).toThrow(
      /KARPEAR_EVIDENCE_VERIFY_HOURS/,
    );
  });

  it('names every bad key at once', () => {
    const attempt = () =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', KARPEAR_ENCRYPTION_KEY: 'c2hvcnQ=' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT:/m);
      expect(problems).toMatch(/^DATABASE_URL: must be a postgres/m);
      expect(problems).toMatch(/^KARPEAR_ENCRYPTION_KEY: must be 32 bytes/m);
    }
  });

  it('signs audit checkpoints every 10 minutes unless told 1 to 60', () => {
    expect(loadConfig({}).auditCheckpointMinutes).toBe(10);
    expect(loadConfig({ KARPEAR_AUDIT_CHECKPOINT_MINUTES: '5' }).auditCheckpointMinutes).toBe(5);
    for (const bad of ['0', '61', 'often']) {
      expect(() => loadConfig({ KARPEAR_AUDIT_CHECKPOINT_MINUTES: bad })).toThrow(
        /KARPEAR_AUDIT_CHECKPOINT_MINUTES/,
      );
    }
  });
});
