import { sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite, type DrizzleTransactionLike } from 'pg-boss';
import type { z } from 'zod';
import type { Database, Db } from '../db/database.ts';
import type { Logger } from '../logger.ts';

/**
 * A background job: a name and version (so a changed payload gets a new queue instead of
 * confusing old workers), the payload's schema, and a handler that calls services.
 */
export type JobDefinition<Payload> = {
  name: string;
  version: number;
  payloadSchema: z.ZodType<Payload>;
  handler: (payload: Payload) => Promise<void>;
};

export type JobQueueOptions = {
  /** How often an idle worker looks for work. pg-boss accepts 0.5 s at the least. */
  pollingIntervalSeconds?: number;
  /** Maintenance (expiry, archiving) runs in the server; tests switch it off. */
  maintenance?: boolean;
};

const queueName = (definition: { name: string; version: number }) =>
  `${definition.name}.v${definition.version}`;

/**
 * The database-backed job queue (pg-boss), on PGlite or PostgreSQL alike. Jobs enqueued
 * with a transaction commit with it: a rolled-back use case leaves no job behind.
 */
export class JobQueue {
  readonly #boss: PgBoss;
  readonly #logger: Logger;
  readonly #definitions = new Map<string, JobDefinition<unknown>>();
  #started = false;

  constructor(database: Database, logger: Logger, options: JobQueueOptions = {}) {
    const maintenance = options.maintenance ?? true;
    const common = { supervise: maintenance, schedule: maintenance, migrate: true };
    this.#boss =
      database.driver.kind === 'pglite'
        ? new PgBoss({ ...common, db: fromPglite(database.driver.client), backend: 'pglite' })
        : new PgBoss({ ...common, connectionString: database.driver.url, max: 4 });
    this.#logger = logger;
    this.#pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
    this.#boss.on('error', (error: unknown) =>
      this.#logger.error({ err: error }, 'job queue error'),
    );
  }

  readonly #pollingIntervalSeconds: number;

  readonly #schedules: { name: string; cron: string; payload: object }[] = [];

  /** Registers a job before start(); its worker begins when the queue starts. */
  register<Payload>(definition: JobDefinition<Payload>): void {
    this.#definitions.set(queueName(definition), definition as JobDefinition<unknown>);
  }

  /** Runs a registered job on a cron schedule (UTC), once across all nodes. */
  schedule<Payload>(definition: JobDefinition<Payload>, cron: string, payload: Payload): void {
    this.register(definition);
    const data = definition.payloadSchema.parse(payload) as object;
    this.#schedules.push({ name: queueName(definition), cron, payload: data });
  }

  async start(): Promise<void> {
    if (this.#started) return;
    await this.#boss.start();
    this.#started = true;
    for (const [name, definition] of this.#definitions) {
      await this.#boss.createQueue(name);
      await this.#boss.work(
        name,
        { pollingIntervalSeconds: this.#pollingIntervalSeconds },
        async (jobs) => {
          for (const job of jobs) {
            // Validate again on the way out: a payload written by an older build fails loudly.
            const payload = definition.payloadSchema.parse(job.data);
            await definition.handler(payload);
          }
        },
      );
    }
    for (const { name, cron, payload } of this.#schedules) {
      await this.#boss.schedule(name, cron, payload);
    }
  }

  /**
   * Enqueues a job. Pass the use case's transaction as `tx` so the job exists only if the
   * transaction commits.
   */
  async enqueue<Payload>(
    definition: JobDefinition<Payload>,
    payload: Payload,
    options: { tx?: Db; startAfterSeconds?: number } = {},
  ): Promise<string> {
    const data = definition.payloadSchema.parse(payload) as object;
    const sendOptions = {
      ...(options.tx
        ? { db: fromDrizzle(options.tx as unknown as DrizzleTransactionLike, sql) }
        : {}),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    };
    const id = await this.#boss.send(queueName(definition), data, sendOptions);
    if (!id) throw new Error(`job ${queueName(definition)} was not enqueued`);
    return id;
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    await this.#boss.stop({ graceful: true, timeout: 5000, close: true });
  }
}
