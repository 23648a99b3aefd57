import type { Permission } from '../domain/roles.ts';
import type { RequestContext } from './context.ts';
import { AppError } from './errors.ts';

/**
 * The service-level check every use case makes first, whatever called it (route, CLI, job):
 * the route's declaration keeps strangers out early, this keeps the rule next to the data.
 */
export function requirePermission(ctx: RequestContext, permission: Permission): void {
  const { actor } = ctx;
  if (actor.kind === 'system' || actor.kind === 'cli') return;
  if (actor.kind !== 'staff') throw new AppError('unauthenticated');
  if (!actor.permissions.includes(permission)) throw new AppError('forbidden');
}

export const hasPermission = (ctx: RequestContext, permission: Permission): boolean =>
  ctx.actor.kind === 'system' ||
  ctx.actor.kind === 'cli' ||
  (ctx.actor.kind === 'staff' && ctx.actor.permissions.includes(permission));
