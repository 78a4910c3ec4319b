import type { Device } from './types';
import { toDevice as mapDevice, type DeviceRowOf } from './store-rows';

/** Column shapes of the SQLite tables and their mapping to the store's types. */

export { DEVICE_COLUMNS, toJson, toWorkspace, type WorkspaceRow } from './store-rows';

/** SQLite has no boolean: `revoked_lost` is 0 or 1. */
export type DeviceRow = DeviceRowOf<number>;

export interface RecordRow {
  tbl: string;
  id: string;
  data: string;
  field_versions: string;
  field_writers?: string | null;
  version: number;
}

export const toDevice = (row: DeviceRow): Device =>
  mapDevice({ ...row, revoked_lost: row.revoked_lost === 1 });
