export { createChallengesService, type ChallengesService } from './challenges.service.ts';
export { challengesRoutes } from './challenges.routes.ts';
export { purgeSpentChallengesJob } from './challenges.jobs.ts';
