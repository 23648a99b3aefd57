import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateStaffUserBodySchema,
  CreatedStaffUserSchema,
  FirstAdminBodySchema,
  SetupStatusSchema,
  StaffUserListSchema,
  StaffUserViewSchema,
} from '../../domain/auth/auth.schemas.ts';
import type { RouteRateLimit } from '../../platform/http/rate-limit.ts';
import type { StaffUsersService } from './staff-users.service.ts';

export const staffUsersRoutes =
  (users: StaffUsersService, rateLimit: RouteRateLimit): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/setup/status',
      {
        config: { access: 'public' },
        schema: {
          tags: ['setup'],
          summary: 'Whether the installation still needs its first admin',
          response: { 200: SetupStatusSchema },
        },
      },
      async () => ({ needsSetup: await users.needsSetup() }),
    );

    app.post(
      '/api/setup/first-admin',
      {
        config: { access: 'public', rateLimit },
        schema: {
          tags: ['setup'],
          summary: 'Create an admin account with a one-time setup link',
          body: FirstAdminBodySchema,
          response: { 201: StaffUserViewSchema },
        },
      },
      async (request, reply) => {
        const user = await users.createAdminWithSetupToken(request.ctx, request.body);
        return reply.code(201).send(user);
      },
    );

    const manage = { permission: 'users:manage' } as const;
    app.get(
      '/api/admin/users',
      {
        config: { access: manage },
        schema: {
          tags: ['admin'],
          summary: 'Staff accounts',
          response: { 200: StaffUserListSchema },
        },
      },
      async () => ({ items: await users.listUsers() }),
    );

    app.post(
      '/api/admin/users',
      {
        config: { access: manage },
        schema: {
          tags: ['admin'],
          summary: 'Create a staff account with a temporary password (shown once)',
          body: CreateStaffUserBodySchema,
          response: { 201: CreatedStaffUserSchema },
        },
      },
      async (request, reply) => {
        const created = await users.createUser(request.ctx, request.body);
        return reply
          .code(201)
          .send({ user: created.user, temporaryPassword: created.temporaryPassword ?? '' });
      },
    );
  };
