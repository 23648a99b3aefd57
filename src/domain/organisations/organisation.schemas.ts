import { z } from 'zod';
import { ObservableTypeSchema } from '../observables/observable.schemas.ts';
import { PublicReportBodySchema } from '../reports/report.schemas.ts';

export const OrganisationKindSchema = z.enum([
  'bank',
  'isp',
  'telecom',
  'ministry',
  'cert',
  'other',
]);

export const CreateOrganisationBodySchema = z.object({
  name: z.string().trim().min(2).max(200),
  kind: OrganisationKindSchema,
});
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBodySchema>;

export const OrganisationViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: OrganisationKindSchema,
  createdAt: z.iso.datetime(),
});
export type OrganisationView = z.infer<typeof OrganisationViewSchema>;

export const CreateApiTokenBodySchema = z.object({ name: z.string().trim().min(1).max(120) });

export const ApiTokenViewSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('The first characters, to recognise a token without its secret'),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenView = z.infer<typeof ApiTokenViewSchema>;

export const CreatedApiTokenSchema = ApiTokenViewSchema.extend({
  token: z.string().describe('Shown once; send it as Authorization: Bearer <token>'),
});

export const ObservableSchema = z.object({
  type: ObservableTypeSchema,
  value: z.string().trim().min(1).max(2048),
});

/**
 * What an organisation sends to POST /api/reports: the web form's report plus the
 * structured observables its systems already know.
 */
export const OrganisationReportBodySchema = z.intersection(
  PublicReportBodySchema,
  z.object({
    observables: z.array(ObservableSchema).max(500).optional(),
    externalReference: z.string().trim().max(200).optional(),
  }),
);
export type OrganisationReportBody = z.infer<typeof OrganisationReportBodySchema>;
