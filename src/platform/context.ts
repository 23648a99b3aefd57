import type { Actor } from '../domain/actor.ts';
import type { Language } from '../domain/language.ts';
import type { Db } from './db/database.ts';

/**
 * What every use case is told about the request it serves. Services open the transaction
 * and hand `{ ...ctx, tx }` to audited repositories, so an audit event cannot be written
 * outside the transaction of the change it records.
 */
export type RequestContext = {
  actor: Actor;
  requestId: string;
  ip: string | null;
  language: Language;
};

export type TxContext = RequestContext & { tx: Db };

export const systemContext = (actor: Actor, requestId: string): RequestContext => ({
  actor,
  requestId,
  ip: null,
  language: 'en',
});
