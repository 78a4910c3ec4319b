import type { FastifyInstance } from 'fastify';
import { pushRequestSchema } from '../../shared/sync/protocol';
import type { PushResponse } from '../../shared/sync/protocol';
import { authenticate } from '../auth';
import type { AppContext } from '../context';
import { ApiError, MESSAGES } from '../http-error';
import { applyPush } from '../sync/apply-push';
import { delayReplyForTests } from '../sync/test-hooks';
import { parseInput } from '../validate';

/**
 * POST /push: applies a device's outbox batch in one transaction. The reply is sent only after the
 * commit is durable, so a device may drop every entry answered here.
 */
export function pushRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/push', async (request): Promise<PushResponse> => {
    const device = await authenticate(request, ctx);
    const body = parseInput(pushRequestSchema, request.body);
    const outcome = await ctx.store.withPushTx(device.workspaceId, device.id, (tx) =>
      applyPush(tx, body.mutations, {
        actor: body.actor?.trim() || null,
        at: ctx.now(),
        deviceId: device.id,
        deviceName: device.name,
      }),
    );
    await delayReplyForTests();
    if (outcome.kind === 'gap') {
      throw new ApiError(409, {
        error: 'gap',
        message: MESSAGES.gap,
        lastApplied: outcome.lastApplied,
      });
    }
    return outcome.response;
  });
}
