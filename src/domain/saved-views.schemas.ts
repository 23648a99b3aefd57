import { z } from 'zod';
import { textField } from './reports/text.ts';

export const SavedViewScopeSchema = z.enum(['incidents', 'reports']);

export const SavedViewSchema = z.object({
  id: z.uuid(),
  scope: SavedViewScopeSchema,
  name: z.string(),
  query: z.string(),
  createdAt: z.iso.datetime(),
});
export type SavedView = z.infer<typeof SavedViewSchema>;

/** POST /api/saved-views: the query string of a queue, without the leading "?". */
export const SaveViewBodySchema = z.object({
  scope: SavedViewScopeSchema,
  name: textField(1, 100),
  query: z
    .string()
    .max(2_000)
    .regex(/^[^?#\s]*$/, 'a query string without "?", "#" or spaces'),
});
export type SaveViewBody = z.infer<typeof SaveViewBodySchema>;

export const SavedViewListQuerySchema = z.object({ scope: SavedViewScopeSchema });
