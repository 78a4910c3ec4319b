/** The sync engine's public API; features import only this module. */
import { useStore } from 'zustand';
import { syncStatus, type SyncStatus } from './status-store';

export { createSyncEngine, type SyncEngine, type SyncOutcome } from './engine';
export { syncEngine } from './instance';
export { pairDevice, PairingError, normaliseServerUrl } from './pairing';
export { getPairing, type Pairing } from './pairing-state';
export { resolveConflict } from './conflicts';
export { exportPendingChanges } from './export-pending';
export { listRejected, clearRejected, type RejectedChange } from './rejections';
export { fetchTransport, NetworkError, type Transport } from './transport';
export { syncStatus, type SyncStatus, type SyncPhase } from './status-store';
export { applyPullPage } from './pull';
export { pullHistory } from './history-pull';
export {
  redactPersonalDetail,
  RedactionError,
  type RedactionFailure,
  type RedactionResult,
} from './redaction';

export function useSyncStatus(): SyncStatus {
  return useStore(syncStatus);
}
export {
  createPairingCode,
  listDevices,
  revokeDevice,
  type DeviceInfo,
  type NewPairingCode,
} from './office-api';
