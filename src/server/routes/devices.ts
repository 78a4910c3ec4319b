import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { idSchema } from '../../shared/schemas';
import { authenticate, requireOffice } from '../auth';
import type { AppContext } from '../context';
import { notFound, selfRevoke } from '../http-error';
import type { Device } from '../store/types';
import { parseInput } from '../validate';

/** A device as the office sees it: never its token hash. */
export interface DeviceView {
  id: string;
  name: string;
  role: Device['role'];
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  revokedLost: boolean;
  /** A device revoked as lost: when it reported wiping its data (null: it has not yet). */
  wipedAt: string | null;
  /** Its changes that never arrived, as reported before the wipe (null: not reported yet). */
  lostChanges: number | null;
  lastSeq: number;
  current: boolean;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export const deviceView = (device: Device, currentId: string): DeviceView => ({
  id: device.id,
  name: device.name,
  role: device.role,
  createdAt: new Date(device.createdAt).toISOString(),
  lastSeenAt: iso(device.lastSeenAt),
  revokedAt: iso(device.revokedAt),
  revokedLost: device.revokedLost,
  wipedAt: iso(device.wipedAt),
  lostChanges: device.lostChanges,
  lastSeq: device.lastSeq,
  current: device.id === currentId,
});

const paramsSchema = z.object({ id: idSchema });
const revokeSchema = z.optional(z.object({ lost: z.optional(z.boolean()) }));
const renameSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});

/**
 * Office-only device management within the caller's workspace. A device of another workspace is
 * answered 404, exactly like one that does not exist. An office device cannot revoke itself (409):
 * another office device or the admin CLI can.
 */
export function deviceRoutes(app: FastifyInstance, ctx: AppContext): void {
  async function officeAndTarget(request: { params: unknown }, caller: Device): Promise<Device> {
    requireOffice(caller);
    const { id } = parseInput(paramsSchema, request.params);
    const target = await ctx.store.getDevice(id);
    if (!target || target.workspaceId !== caller.workspaceId) throw notFound();
    return target;
  }

  app.get('/devices', async (request): Promise<{ devices: DeviceView[] }> => {
    const caller = await authenticate(request, ctx);
    requireOffice(caller);
    const devices = await ctx.store.listDevices(caller.workspaceId);
    return { devices: devices.map((d) => deviceView(d, caller.id)) };
  });

  app.post('/devices/:id/revoke', async (request): Promise<{ device: DeviceView }> => {
    const caller = await authenticate(request, ctx);
    const target = await officeAndTarget(request, caller);
    if (target.id === caller.id) throw selfRevoke();
    const body = parseInput(revokeSchema, request.body ?? undefined);
    await ctx.store.revokeDevice(target.id, body?.lost ?? false, ctx.now());
    return { device: deviceView((await ctx.store.getDevice(target.id))!, caller.id) };
  });

  app.patch('/devices/:id', async (request): Promise<{ device: DeviceView }> => {
    const caller = await authenticate(request, ctx);
    const target = await officeAndTarget(request, caller);
    const body = parseInput(renameSchema, request.body);
    await ctx.store.renameDevice(target.id, body.name);
    return { device: deviceView((await ctx.store.getDevice(target.id))!, caller.id) };
  });
}
