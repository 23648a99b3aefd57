import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CustodyReasonBodySchema,
  CustodyTransferBodySchema,
  EvidenceVerificationSchema,
  VerificationRunListQuerySchema,
  VerificationRunListSchema,
  type CustodyActionName,
} from '../../domain/evidence/custody.schemas.ts';
import {
  AddIncidentEvidenceFieldsSchema,
  EvidenceDetailSchema,
  EvidenceIdParamsSchema,
  EvidenceListSchema,
} from '../../domain/evidence/evidence.schemas.ts';
import { IncidentIdParamsSchema } from '../../domain/incidents/incident.schemas.ts';
import type { Language } from '../../domain/language.ts';
import type { Permission } from '../../domain/roles.ts';
import { AppError } from '../../platform/errors.ts';
import type { AcquisitionFacts } from './evidence-acquire.ts';
import { filesOf, lingerThenClose } from './evidence-multipart.ts';
import { evidenceMessage, type EvidenceMessage } from './evidence.messages.ts';
import type { EvidenceService } from './evidence.service.ts';

const tags = ['evidence'];

/** The handling actions that take only a reason, with who may take them. */
const ACTIONS: { action: CustodyActionName; permission: Permission; summary: string }[] = [
  {
    action: 'seal',
    permission: 'evidence:handle',
    summary: 'Seal an item: no content until unsealed',
  },
  { action: 'unseal', permission: 'evidence:unseal', summary: 'Unseal an item (coordinators)' },
  { action: 'hold', permission: 'evidence:handle', summary: 'Put an item on legal hold' },
  { action: 'release', permission: 'evidence:handle', summary: 'Release an item’s legal hold' },
  {
    action: 'destroy',
    permission: 'evidence:destroy',
    summary: 'Destroy an item’s bytes (coordinators; never on hold): hash and custody stay',
  },
];

/** The text fields of an analyst's upload, checked once the files have arrived. */
function factsOf(fields: Record<string, string>, language: Language): AcquisitionFacts {
  const parsed = AddIncidentEvidenceFieldsSchema.safeParse({
    description: fields.description,
    method: fields.method,
    ...(fields.tool?.trim() ? { tool: fields.tool } : {}),
    ...(fields.fileModifiedAt ? { fileModifiedAt: fields.fileModifiedAt } : {}),
  });
  if (!parsed.success) {
    const paths = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    throw new AppError('validation_failed', {
      detail: `fields: ${paths.join(', ')}`,
      fields: paths.map((path) => ({
        path,
        message: evidenceMessage(`field_${path}` as EvidenceMessage, language),
      })),
    });
  }
  const { description, method, tool, fileModifiedAt } = parsed.data;
  return {
    description,
    method,
    tool: tool ?? null,
    fileModifiedAt: fileModifiedAt ? new Date(fileModifiedAt) : null,
  };
}

/**
 * The evidence locker's routes: an incident's evidence and the analyst's upload, an item
 * with its chain of custody, the handling actions (each with a reason), verification.
 */
export const evidenceLockerRoutes =
  (evidence: EvidenceService): FastifyPluginAsyncZod =>
  async (app) => {
    const read = { access: { permission: 'evidence:read' } } as const;
    const handle = { access: { permission: 'evidence:handle' } } as const;

    app.get(
      '/api/incidents/:incidentId/evidence',
      {
        config: read,
        schema: {
          tags,
          summary:
            'The evidence of an incident: its reports’ files, files added to it, and those ' +
            'of the incidents merged into it, oldest first',
          params: IncidentIdParamsSchema,
          response: { 200: EvidenceListSchema },
        },
      },
      async (request) => ({
        items: await evidence.listIncidentEvidence(request.ctx, request.params.incidentId),
      }),
    );

    app.post(
      '/api/incidents/:incidentId/evidence',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Add a file to an incident (multipart: "file" parts and text fields)',
          description:
            'Fields: `description` (3–2,000 characters), `method` (how it was obtained), ' +
            '`tool` (optional, ≤ 200), `fileModifiedAt` (optional, ISO 8601). Each file is ' +
            'checked by its content, hashed (SHA-256) while streamed, kept unchanged, and ' +
            'its acquisition starts its chain of custody.',
          consumes: ['multipart/form-data'],
          params: IncidentIdParamsSchema,
          response: { 201: EvidenceListSchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) {
          throw new AppError('unsupported_media_type', { detail: 'expected multipart/form-data' });
        }
        const fields: Record<string, string> = {};
        const items = await evidence
          .addIncidentEvidence(request.ctx, request.params.incidentId, {
            files: filesOf(request, fields),
            facts: () => factsOf(fields, request.language),
          })
          .catch((error: unknown) => {
            if (!request.raw.complete) lingerThenClose(request.raw, reply.raw);
            throw error;
          });
        return reply.code(201).send({ items });
      },
    );

    app.get(
      '/api/evidence/verification-runs',
      {
        config: read,
        schema: {
          tags,
          summary: 'The last runs of the scheduled re-verification of all evidence, newest first',
          querystring: VerificationRunListQuerySchema,
          response: { 200: VerificationRunListSchema },
        },
      },
      async (request) => evidence.listVerificationRuns(request.ctx, request.query.limit),
    );

    app.get(
      '/api/evidence/:evidenceId',
      {
        config: read,
        schema: {
          tags,
          summary: 'An evidence item with its whole chain of custody',
          params: EvidenceIdParamsSchema,
          response: { 200: EvidenceDetailSchema },
        },
      },
      async (request) => evidence.getEvidence(request.ctx, request.params.evidenceId),
    );

    app.get(
      '/api/evidence/:evidenceId/custody/verify',
      {
        config: read,
        schema: {
          tags,
          summary: 'Re-hash the stored bytes and verify the chain of custody, naming what is wrong',
          description:
            'Recorded in the chain as "verified" or "verification_failed" (expected and ' +
            'found); a failure is audited and alerted to the coordinators.',
          params: EvidenceIdParamsSchema,
          response: { 200: EvidenceVerificationSchema },
        },
      },
      async (request) => evidence.verifyEvidence(request.ctx, request.params.evidenceId),
    );

    for (const { action, permission, summary } of ACTIONS) {
      app.post(
        `/api/evidence/:evidenceId/${action}`,
        {
          config: { access: { permission } },
          schema: {
            tags,
            summary,
            description:
              'The reason is kept in the chain of custody and the audit trail. 409 ' +
              '`conflict` when the item’s state does not allow it (field `state` says why).',
            params: EvidenceIdParamsSchema,
            body: CustodyReasonBodySchema,
            response: { 200: EvidenceDetailSchema },
          },
        },
        async (request) =>
          evidence.applyAction(request.ctx, request.params.evidenceId, action, request.body),
      );
    }

    app.post(
      '/api/evidence/:evidenceId/transfer',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Record a transfer of custody: to whom, and why',
          params: EvidenceIdParamsSchema,
          body: CustodyTransferBodySchema,
          response: { 200: EvidenceDetailSchema },
        },
      },
      async (request) =>
        evidence.transferEvidence(request.ctx, request.params.evidenceId, request.body),
    );
  };
