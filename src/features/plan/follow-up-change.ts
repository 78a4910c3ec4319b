import type { FollowUp, FollowUpHistoryItem, FollowUpStatus } from '../../shared/schemas';

/** Longest history a follow-up keeps (the schema's limit); the oldest values drop off first. */
export const MAX_HISTORY = 500;

export interface Assessment {
  activityId: string;
  year: number;
  status: FollowUpStatus;
  comment: string;
  /** Who assessed: the device's actor name, or "okänd". */
  by: string;
  /** When, as an ISO instant from the device clock (display only). */
  at: string;
}

/** The value a follow-up holds now, as a history item; null when no one has assessed it. */
export function currentValue(followUp: FollowUp): FollowUpHistoryItem | null {
  if (followUp.assessedAt === null) return null;
  return {
    status: followUp.status,
    comment: followUp.comment,
    by: followUp.assessedBy,
    at: followUp.assessedAt,
  };
}

/**
 * The record a new assessment writes, or null when it changes neither status nor comment.
 * When it does, the previous assessment moves onto `history` in the same write, so the
 * follow-up always carries every earlier value with who made it and when.
 */
export function assessmentRecord(
  existing: FollowUp | undefined,
  assessment: Assessment,
): Omit<FollowUp, 'id' | 'version' | 'updatedAt'> | null {
  const live = existing && !existing.deleted ? existing : undefined;
  if (live && live.status === assessment.status && live.comment === assessment.comment) return null;
  const previous = live ? currentValue(live) : null;
  const history = [...(existing?.history ?? []), ...(previous ? [previous] : [])];
  return {
    activityId: assessment.activityId,
    year: assessment.year,
    status: assessment.status,
    comment: assessment.comment,
    assessedBy: assessment.by,
    assessedAt: assessment.at,
    history: history.slice(-MAX_HISTORY),
    deleted: false,
  };
}
