import { META, getMeta, openRows, writeRecord, type VarnaDB } from '../../db';
import { followUpId } from '../../shared/ids';
import type { FollowUp, FollowUpStatus } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';
import { assessmentRecord } from './follow-up-change';

/** The name this device records as the assessor: the person's name from Inställningar, or "okänd". */
export async function actorName(db: VarnaDB): Promise<string> {
  const name = (await getMeta<string>(db, META.actorName))?.trim();
  return name ? name.slice(0, 200) : sv.plan.unknownActor;
}

/**
 * Sets an activity's follow-up for a year. The record's id is made from (activity, year), so two
 * devices assessing offline write the same record and meet on sync. The previous assessment is
 * pushed onto the history in the same write. Works offline; the change syncs later.
 * Returns the stored follow-up (unchanged when neither status nor comment changed).
 */
export async function saveFollowUp(
  db: VarnaDB,
  input: {
    activityId: string;
    year: number;
    status: FollowUpStatus;
    comment: string;
    /** Saved while a privacy warning was shown at the comment (recorded, never blocking). */
    privacyAcknowledged?: boolean;
  },
  at: string = new Date().toISOString(),
): Promise<FollowUp | undefined> {
  const id = followUpId(input.activityId, input.year);
  const by = await actorName(db);
  // The comment and history may be sealed at rest: they are opened (WebCrypto) before the write,
  // since an awaited WebCrypto call inside a Dexie transaction would end it early.
  const stored = await db.followUps.get(id);
  const [existing] = stored ? await openRows(db, 'followUps', [stored]) : [undefined];
  const { privacyAcknowledged, ...assessment } = input;
  const record = assessmentRecord(existing, { ...assessment, by, at });
  if (record === null) return existing;
  return writeRecord(db, 'followUps', id, {
    ...record,
    updatedAt: at,
    ...(privacyAcknowledged === undefined ? {} : { privacyAcknowledged }),
  });
}
