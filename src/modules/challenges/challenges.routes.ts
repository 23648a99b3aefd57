import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProofOfWorkChallengeSchema } from '../../domain/proof-of-work.ts';
import type { ChallengesService } from './challenges.service.ts';

export const challengesRoutes =
  (challenges: ChallengesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/challenge',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: 'A proof-of-work challenge to solve before submitting a public report',
          response: { 200: ProofOfWorkChallengeSchema },
        },
      },
      async (_request, reply) =>
        reply.header('cache-control', 'no-store').send(challenges.issueChallenge()),
    );
  };
