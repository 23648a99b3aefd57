/** A per-client limit for one route, as @fastify/rate-limit reads it from route config. */
export type RouteRateLimit = { max: number; timeWindow: string };

export const perMinute = (max: number): RouteRateLimit => ({ max, timeWindow: '1 minute' });
