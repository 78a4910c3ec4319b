import type { FastifyInstance } from 'fastify';
import { newId } from '../../shared/ids';
import { pairRequestSchema } from '../../shared/sync/protocol';
import type { PairResponse } from '../../shared/sync/protocol';
import type { AppContext } from '../context';
import { ApiError, MESSAGES } from '../http-error';
import { deviceTokenHash, newDeviceToken, pairingCodeHash } from '../secrets';
import { parseInput } from '../validate';

const DEFAULT_DEVICE_NAME = 'Namnlös enhet';

/**
 * POST /pair: trades a single-use pairing code for a device id and token. The token is returned
 * once and stored only as a hash. Attempts are rate limited per IP, so codes cannot be guessed.
 */
export function pairRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/pair',
    {
      config: {
        rateLimit: {
          max: ctx.config.rateLimit.pairingPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => `pair:${request.ip}`,
        },
      },
    },
    async (request): Promise<PairResponse> => {
      const body = parseInput(pairRequestSchema, request.body);
      const token = newDeviceToken();
      const name = body.deviceName?.trim() || DEFAULT_DEVICE_NAME;
      const outcome = await ctx.store.redeemPairingCode(
        pairingCodeHash(body.code),
        { id: newId(), name, tokenHash: deviceTokenHash(token) },
        ctx.now(),
      );
      if (!outcome.ok) {
        const status = outcome.reason === 'unknown' ? 400 : 410;
        throw new ApiError(status, {
          error: outcome.reason === 'unknown' ? 'pairing_failed' : 'pairing_expired',
          message: MESSAGES.pairingFailed,
        });
      }
      return {
        deviceId: outcome.device.id,
        token,
        workspaceId: outcome.workspace.id,
        workspaceName: outcome.workspace.name,
        role: outcome.device.role,
      };
    },
  );
}
