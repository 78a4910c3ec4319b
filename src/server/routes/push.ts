import type { FastifyInstance } from 'fastify';
import { pushRequestSchema } from '../../shared/sync/protocol';
import type { PushResponse } from '../../shared/sync/protocol';
import { authenticate, bearerToken } from '../auth';
import type { AppContext } from '../context';
import { ApiError, MESSAGES } from '../http-error';
import { deviceTokenHash } from '../secrets';
import { applyPush } from '../sync/apply-push';
import { createPushLanes } from '../sync/push-lanes';
import { delayReplyForTests } from '../sync/test-hooks';
import { parseInput } from '../validate';

/**
 * POST /push: applies a device's outbox batch in one transaction. The reply is sent only after the
 * commit is durable, so a device may drop every entry answered here. A device may send its next
 * batches before this one is answered: one that overtakes its predecessor waits for it (see
 * push-lanes.ts) instead of being refused as a gap.
 */
export function pushRoutes(app: FastifyInstance, ctx: AppContext): void {
  const lanes = createPushLanes();
  app.post(
    '/push',
    {
      onRequest: (request, reply, done) => {
        const token = bearerToken(request);
        if (token) reply.raw.once('close', lanes.enter(deviceTokenHash(token)));
        done();
      },
    },
    async (request): Promise<PushResponse> => {
      const device = await authenticate(request, ctx);
      const body = parseInput(pushRequestSchema, request.body);
      const token = bearerToken(request);
      const push = () =>
        ctx.store.withPushTx(
          device.workspaceId,
          device.id,
          (tx) =>
            applyPush(tx, body.mutations, {
              actor: body.actor?.trim() || null,
              at: ctx.now(),
              deviceId: device.id,
              deviceName: device.name,
            }),
          body.mutations.map(({ table, id }) => ({ table, id })),
        );
      const outcome = token ? await lanes.ordered(deviceTokenHash(token), push) : await push();
      await delayReplyForTests();
      if (outcome.kind === 'gap') {
        throw new ApiError(409, {
          error: 'gap',
          message: MESSAGES.gap,
          lastApplied: outcome.lastApplied,
        });
      }
      return outcome.response;
    },
  );
}
