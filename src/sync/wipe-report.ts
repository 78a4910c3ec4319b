import type { VarnaDB } from '../db';
import { META, getMeta } from '../db';
import { API_PREFIX } from '../shared/sync/protocol';
import { WIPE_REPORT_PATH, type WipeReport } from '../shared/sync/wipe-report';
import type { Pairing } from './pairing-state';
import type { Transport } from './transport';

/** How long the report may take before the wipe goes ahead without it. */
const REPORT_TIMEOUT_MS = 10_000;

/** What this device tells the endpoint before wiping: its unacknowledged changes. */
export async function wipeReportOf(db: VarnaDB): Promise<WipeReport> {
  const pending = await db.outbox.filter((entry) => entry.status !== 'rejected').count();
  const nextSeq = (await getMeta<number>(db, META.nextSeq)) ?? 1;
  return { pending, highestSeq: Math.max(0, nextSeq - 1) };
}

/**
 * Tells the endpoint, with the token revoked as lost, how many of this device's changes never
 * arrived. Best effort: never throws and gives up after a few seconds, because the wipe that
 * follows must happen whether or not the report got through. True when the endpoint accepted it.
 */
export async function sendWipeReport(
  db: VarnaDB,
  transport: Transport,
  pairing: Pairing,
): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), REPORT_TIMEOUT_MS);
  });
  const attempt = (async () => {
    const response = await transport({
      method: 'POST',
      url: `${pairing.serverUrl}${API_PREFIX}${WIPE_REPORT_PATH}`,
      token: pairing.token,
      body: await wipeReportOf(db),
    });
    return response.status === 200;
  })().catch(() => false);
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
