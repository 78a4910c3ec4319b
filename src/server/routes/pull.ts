import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { MAX_PULL_PAGE } from '../../shared/sync/protocol';
import { authenticate } from '../auth';
import type { AppContext } from '../context';
import { parseInput } from '../validate';
import { SYNC_PAGE_COMPRESSION } from './sync-compression';

const integerText = z.string().check(z.regex(/^\d{1,15}$/));
const pullQuerySchema = z.object({
  since: z.optional(integerText),
  limit: z.optional(integerText),
});

/**
 * GET /pull?since=N&limit=L: the device's workspace's changes after checkpoint N, in version order.
 * The checkpoint returned covers every change sent; `more` says another page is waiting. The
 * answer (a PullResponse) is written as JSON text around the stored records' own JSON text, which
 * is never parsed and serialised again.
 */
export function pullRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/pull', { compress: SYNC_PAGE_COMPRESSION }, async (request, reply) => {
    const device = await authenticate(request, ctx);
    const query = parseInput(pullQuerySchema, request.query);
    const since = Number(query.since ?? '0');
    const limit = Math.min(Math.max(Number(query.limit ?? MAX_PULL_PAGE), 1), MAX_PULL_PAGE);
    const page = await ctx.store.pullChangesJson(device.workspaceId, since, limit);
    const checkpoint = page.lastVersion ?? since;
    return reply
      .type('application/json; charset=utf-8')
      .send(`{"changes":${page.json},"checkpoint":${checkpoint},"more":${page.more}}`);
  });
}
