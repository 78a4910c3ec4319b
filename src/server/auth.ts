import type { FastifyRequest } from 'fastify';
import type { AppContext } from './context';
import { ApiError, MESSAGES, forbidden } from './http-error';
import { deviceTokenHash } from './secrets';
import type { Device } from './store/types';

/** last_seen_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

/** The bearer token of a request, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * The device making the request. Unknown or missing token: 401 `unauthorized`. Revoked: 401
 * `revoked`, with `wipe` true when it was revoked as lost (the app then erases its local data).
 */
export async function authenticate(request: FastifyRequest, ctx: AppContext): Promise<Device> {
  const token = bearerToken(request);
  const device = token ? await ctx.store.findDeviceByTokenHash(deviceTokenHash(token)) : undefined;
  if (!device) {
    throw new ApiError(401, { error: 'unauthorized', message: MESSAGES.unauthorized });
  }
  if (device.revokedAt !== null) {
    throw new ApiError(401, {
      error: 'revoked',
      message: MESSAGES.revoked,
      wipe: device.revokedLost,
    });
  }
  const now = ctx.now();
  if (device.lastSeenAt === null || now - device.lastSeenAt >= TOUCH_INTERVAL_MS) {
    await ctx.store.touchDevice(device.id, now);
  }
  return device;
}

/** Office devices manage pairing and devices; field devices get 403. */
export function requireOffice(device: Device): void {
  if (device.role !== 'office') throw forbidden();
}
