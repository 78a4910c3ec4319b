import * as z from 'zod/mini';

/**
 * What a device revoked as lost tells the endpoint just before it wipes its local data:
 * `pending`, the outbox entries it still held (changes the server never acknowledged), and
 * `highestSeq`, the highest sequence number it ever gave a change (0: none).
 */
export const wipeReportSchema = z.object({
  pending: z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000)),
  highestSeq: z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)),
});
export type WipeReport = z.infer<typeof wipeReportSchema>;

export const WIPE_REPORT_PATH = '/wipe-report';

/**
 * The changes of the device that never arrived. `highestSeq − lastApplied` counts exactly the
 * sequence numbers the server never applied (sequence numbers are contiguous, and the server's
 * last applied number includes rejected changes, which did arrive); the device's own pending count
 * bounds it from above (an entry leaves the outbox only after the server answered for it, so every
 * change that never arrived is still pending; pending may be larger when an answer was lost after
 * the server applied the change). So the smaller of the two is the count, never below 0.
 */
export function lostChangesOf(report: WipeReport, lastApplied: number): number {
  return Math.max(0, Math.min(report.pending, report.highestSeq - lastApplied));
}
