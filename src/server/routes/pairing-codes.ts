import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { authenticate, requireOffice } from '../auth';
import type { AppContext } from '../context';
import { issuePairingCode, pairingUrl } from '../pairing';
import { parseInput } from '../validate';

export interface PairingCodeResponse {
  code: string;
  expiresAt: string;
  url: string;
}

const bodySchema = z.optional(z.object({ role: z.optional(z.enum(['office', 'field'])) }));

/** POST /pairing-codes (office only): a single-use code for a new device of this workspace. */
export function pairingCodeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/pairing-codes', async (request): Promise<PairingCodeResponse> => {
    const caller = await authenticate(request, ctx);
    requireOffice(caller);
    const body = parseInput(bodySchema, request.body ?? undefined);
    const role = body?.role ?? 'field';
    const issued = await issuePairingCode(ctx.store, caller.workspaceId, role, ctx.now());
    return {
      code: issued.code,
      expiresAt: new Date(issued.expiresAt).toISOString(),
      url: pairingUrl(ctx.config.publicUrl, issued.code),
    };
  });
}
