export {
  createIdempotencyService,
  type IdempotencyService,
  type StoredAnswer,
} from './idempotency.service.ts';
