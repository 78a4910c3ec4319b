import type { FastifyInstance } from 'fastify';
import { WIPE_REPORT_PATH, lostChangesOf, wipeReportSchema } from '../../shared/sync/wipe-report';
import { bearerToken } from '../auth';
import type { AppContext } from '../context';
import { ApiError, MESSAGES } from '../http-error';
import { deviceTokenHash } from '../secrets';
import { parseInput } from '../validate';

const NOT_LOST =
  'Bara en enhet som har kopplats bort som förlorad kan rapportera att den har raderat sina data.';
const ALREADY = 'Enheten har redan rapporterat att den har raderat sina data.';

/**
 * `POST /wipe-report {pending, highestSeq}`: the one request a device revoked as lost may still
 * make, accepted once, just before it wipes its local data. The office then sees when it was wiped
 * and how many of its changes never arrived. An active or plainly revoked device is refused (403),
 * a second report gets 409, an unknown token 401.
 */
export function wipeReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(WIPE_REPORT_PATH, async (request): Promise<{ lostChanges: number }> => {
    const token = bearerToken(request);
    const device = token
      ? await ctx.store.findDeviceByTokenHash(deviceTokenHash(token))
      : undefined;
    if (!device) {
      throw new ApiError(401, { error: 'unauthorized', message: MESSAGES.unauthorized });
    }
    if (device.revokedAt === null || !device.revokedLost) {
      throw new ApiError(403, { error: 'forbidden', message: NOT_LOST });
    }
    const report = parseInput(wipeReportSchema, request.body);
    const lostChanges = lostChangesOf(report, device.lastSeq);
    if (!(await ctx.store.recordWipeReport(device.id, lostChanges, ctx.now()))) {
      throw new ApiError(409, { error: 'already_reported', message: ALREADY });
    }
    return { lostChanges };
  });
}
