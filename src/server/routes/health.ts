import type { FastifyInstance } from 'fastify';
import type { DeviceRole } from '../../shared/sync/protocol';
import { authenticate } from '../auth';
import type { AppContext } from '../context';

export interface MeResponse {
  deviceId: string;
  name: string;
  role: DeviceRole;
  workspaceId: string;
  workspaceName: string;
}

/** GET /health (no auth: for monitoring) and GET /me (who this token is). */
export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/health', () => ({ ok: true }));
  app.get('/me', async (request): Promise<MeResponse> => {
    const device = await authenticate(request, ctx);
    const workspace = await ctx.store.getWorkspace(device.workspaceId);
    return {
      deviceId: device.id,
      name: device.name,
      role: device.role,
      workspaceId: device.workspaceId,
      workspaceName: workspace?.name ?? '',
    };
  });
}
