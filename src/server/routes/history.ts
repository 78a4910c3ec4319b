import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { MAX_HISTORY_PAGE, redactionRequestSchema } from '../../shared/sync/history-protocol';
import type { HistoryResponse, RedactionResponse } from '../../shared/sync/history-protocol';
import { authenticate } from '../auth';
import type { AppContext } from '../context';
import { applyRedaction } from '../sync/redact';
import { parseInput } from '../validate';
import { SYNC_PAGE_COMPRESSION } from './sync-compression';

const integerText = z.string().check(z.regex(/^\d{1,15}$/));
const historyQuerySchema = z.object({
  since: z.optional(integerText),
  limit: z.optional(integerText),
});

/**
 * GET /history?since=N&limit=L: the audit trail of the device's workspace after seq N, in seq
 * order (a rewritten row comes again with its new seq). POST /redactions: removes a personal
 * detail from a record, its history and its conflicts; any paired device may redact.
 */
export function historyRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/history',
    { compress: SYNC_PAGE_COMPRESSION },
    async (request): Promise<HistoryResponse> => {
      const device = await authenticate(request, ctx);
      const query = parseInput(historyQuerySchema, request.query);
      const since = Number(query.since ?? '0');
      const limit = Math.min(
        Math.max(Number(query.limit ?? MAX_HISTORY_PAGE), 1),
        MAX_HISTORY_PAGE,
      );
      const { entries, more } = await ctx.store.pullHistory(device.workspaceId, since, limit);
      const last = entries[entries.length - 1];
      return { entries, checkpoint: last ? last.seq : since, more };
    },
  );

  app.post('/redactions', async (request): Promise<RedactionResponse> => {
    const device = await authenticate(request, ctx);
    const body = parseInput(redactionRequestSchema, request.body);
    return ctx.store.withRedactionTx(device.workspaceId, (tx) =>
      applyRedaction(tx, body, {
        deviceId: device.id,
        deviceName: device.name,
        actor: body.actor?.trim() || null,
        at: ctx.now(),
      }),
    );
  });
}
