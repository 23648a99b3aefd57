import { sql, type SQL } from 'drizzle-orm';
import { tsvector } from '../../platform/db/tsvector.ts';
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

type CiaImpact = { confidentiality: string; integrity: string; availability: string };

/**
 * An incident (a case): what the CERT handles. Reports stay as sent; the incident carries
 * the CERT's view of them: classification, severity, status, who handles it, SLA clock.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Shown as INC-000042; people say it on the phone. */
    number: serial('number').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    status: text('status').notNull().default('new'),
    tlp: text('tlp').notNull(),
    pap: text('pap').notNull(),
    rsitClass: text('rsit_class').notNull(),
    rsitType: text('rsit_type').notNull(),
    localSubtype: text('local_subtype').notNull(),
    impact: jsonb('impact').$type<CiaImpact>().notNull(),
    actorType: text('actor_type'),
    targetSector: text('target_sector'),
    province: text('province'),
    /** The organisation the incident hit (a bank, a ministry), when there is one. */
    affectedOrganisationId: uuid('affected_organisation_id'),
    victimCount: integer('victim_count'),
    lossAmount: numeric('loss_amount', { precision: 20, scale: 2 }),
    lossCurrency: text('loss_currency'),
    /** What the matrix says (domain/incidents/severity.ts) and what applies after an override. */
    severityComputed: text('severity_computed').notNull(),
    severity: text('severity').notNull(),
    severityOverrideReason: text('severity_override_reason'),
    assigneeId: uuid('assignee_id'),
    disposition: text('disposition'),
    resolutionNote: text('resolution_note'),
    firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
    containedAt: timestamp('contained_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The SLA clock stops while waiting on the reporter or a third party. */
    slaPausedMs: bigint('sla_paused_ms', { mode: 'number' }).notNull().default(0),
    slaPausedSince: timestamp('sla_paused_since', { withTimezone: true }),
    /** Set while merged into another incident; clearing it is the split that undoes a merge. */
    mergedIntoId: uuid('merged_into_id'),
    /** Word tokens of the title and summary (Khmer segmented), for full-text search. */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('simple', ${incidents.searchText})`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => {
    const open = sql`${table.mergedIntoId} is null and ${table.status} not in ('resolved', 'closed')`;
    return [
      index('incidents_queue_idx').on(table.status, table.updatedAt),
      index('incidents_assignee_idx').on(table.assigneeId, table.status),
      index('incidents_merged_into_idx').on(table.mergedIntoId),
      // The default queue: open, not merged away, most recently changed first (read backwards).
      index('incidents_open_queue_idx').on(table.updatedAt, table.id).where(open),
      // Every list in its order, read until a page is full: a search for a word in half the
      // incidents stops after 50 matches instead of reading and sorting all of them.
      index('incidents_list_idx')
        .on(table.updatedAt, table.id)
        .where(sql`${table.mergedIntoId} is null`),
      // The open queue of one severity, in the queue's order.
      index('incidents_open_severity_idx')
        .on(table.severity, table.updatedAt, table.id)
        .where(open),
      // The queue's tab counts in one pass over the open incidents, without reading a row:
      // every column the counts (status, severity, unassigned, SLA clock) look at.
      index('incidents_open_counts_idx')
        .on(
          table.severity,
          table.status,
          table.assigneeId,
          table.createdAt,
          table.slaPausedMs,
          table.slaPausedSince,
          table.firstRespondedAt,
          table.containedAt,
          table.resolvedAt,
        )
        .where(open),
      index('incidents_search_idx').using('gin', table.searchVector),
      // Searching the open queue reads only open incidents' words.
      index('incidents_open_search_idx').using('gin', table.searchVector).where(open),
    ];
  },
);

/** Which incident a report belongs to: one at a time, so a report is handled once. */
export const incidentReports = pgTable(
  'incident_reports',
  {
    reportId: uuid('report_id').primaryKey(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    linkedBy: uuid('linked_by'),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('incident_reports_incident_idx').on(table.incidentId)],
);

/**
 * The incident's timeline: every change, comment and message, append-only. `details`
 * holds ids, codes and values, never identity data.
 */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    actorUserId: uuid('actor_user_id'),
    body: text('body'),
    details: jsonb('details')
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('incident_events_incident_idx').on(table.incidentId, table.id)],
);

/** A piece of work in an incident: who does it, by when, and its checklist. */
export const incidentTasks = pgTable(
  'incident_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    status: text('status').notNull().default('open'),
    assigneeId: uuid('assignee_id'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    checklist: jsonb('checklist').$type<{ label: string; done: boolean }[]>().notNull().default([]),
    /** The playbook that created it, if any; a playbook runs once per incident. */
    playbookId: text('playbook_id'),
    /** Keeps a playbook's tasks in the playbook's order. */
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [
    index('incident_tasks_incident_idx').on(table.incidentId, table.createdAt),
    index('incident_tasks_assignee_idx').on(table.assigneeId, table.status),
  ],
);

/** Playbooks as edited in the product; a built-in one applies until it is edited. */
export const playbooks = pgTable('playbooks', {
  id: text('id').primaryKey(),
  definition: jsonb('definition').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
