import type {
  Activity,
  Area,
  Contact,
  FollowUp,
  LogEntry,
  Organisation,
} from '../../shared/schemas';
import type { CsvCell } from '../../lib/csv';
import { collator } from '../../lib/dates';
import { sv } from '../../lib/strings/for/backup';

/**
 * Rows of the CSV exports, one per live record, in the order a reader expects (the log by date,
 * names in Swedish order). Organisation names and labels are resolved; dates stay ISO text.
 */

const live = <T extends { deleted: boolean }>(rows: readonly T[]): T[] =>
  rows.filter((r) => !r.deleted);
const orNothing = <T>(value: T | null | undefined): T | '' => value ?? '';

export function logEntryRows(
  entries: readonly LogEntry[],
  organisations: readonly Organisation[],
  activities: readonly Activity[],
): CsvCell[][] {
  const d = sv.dialogs;
  const t = sv.backup.csv;
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const activityWhat = new Map(activities.map((a) => [a.id, a.what]));
  return live(entries)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => [
      d.kinds[e.kind],
      e.date.slice(0, 10),
      e.date.slice(11, 16),
      e.organisationIds.map((id) => orgName.get(id) ?? t.unknownOrganisation).join(', '),
      e.meetingForm ? d.meetingForms[e.meetingForm] : '',
      e.participantRoles.join(', '),
      orNothing(e.orgParticipants),
      e.topics.join(', '),
      e.summary,
      e.followUps
        .map((f) =>
          [f.text, f.due ? t.followUpDue(f.due) : '', f.done ? t.followUpDone : '']
            .filter(Boolean)
            .join(', '),
        )
        .join('\n'),
      orNothing(e.nextMeeting),
      e.activityId ? (activityWhat.get(e.activityId) ?? '') : '',
      e.preventionLevel ? d.preventionLevels[e.preventionLevel] : '',
      e.networkLevel ? d.networkLevels[e.networkLevel] : '',
      e.trainingType ? d.trainingTypes[e.trainingType] : '',
      e.trainingAudience,
      orNothing(e.interventionCount),
      e.updatedAt,
      e.id,
    ]);
}

export function followUpRows(
  followUps: readonly FollowUp[],
  activities: readonly Activity[],
  areas: readonly Area[],
): CsvCell[][] {
  const activityById = new Map(activities.map((a) => [a.id, a]));
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const rows = live(followUps).map((f) => {
    const activity = activityById.get(f.activityId);
    const area = activity ? areaById.get(activity.areaId) : undefined;
    return { f, activity, area };
  });
  rows.sort(
    (a, b) =>
      a.f.year - b.f.year ||
      (a.area?.order ?? 0) - (b.area?.order ?? 0) ||
      (a.activity?.order ?? 0) - (b.activity?.order ?? 0),
  );
  return rows.map(({ f, activity, area }) => [
    f.year,
    area?.title ?? '',
    activity?.what ?? '',
    sv.plan.status[f.status],
    f.comment,
    f.assessedBy,
    orNothing(f.assessedAt),
    f.id,
  ]);
}

export function contactRows(contacts: readonly Contact[]): CsvCell[][] {
  return live(contacts)
    .sort(
      (a, b) =>
        collator.compare(a.role, b.role) || collator.compare(a.organisation, b.organisation),
    )
    .map((c) => [
      c.role,
      c.organisation,
      c.name,
      sv.contacts.categories[c.category],
      c.phones.map((p) => (p.label ? `${p.label}: ${p.number}` : p.number)).join(', '),
      c.email,
      c.note,
      orNothing(c.verifiedAt),
      c.id,
    ]);
}

export function organisationRows(
  organisations: readonly Organisation[],
  entries: readonly LogEntry[],
): CsvCell[][] {
  const o = sv.dialogs.organisations;
  const dialogs = new Map<string, { count: number; last: string }>();
  for (const entry of live(entries)) {
    if (entry.kind !== 'dialog') continue;
    for (const id of new Set(entry.organisationIds)) {
      const seen = dialogs.get(id) ?? { count: 0, last: '' };
      seen.count += 1;
      if (entry.date > seen.last) seen.last = entry.date;
      dialogs.set(id, seen);
    }
  }
  return live(organisations)
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((org) => [
      org.name,
      o.kinds[org.kind],
      o.wishes[org.wishesDialog],
      orNothing(org.firstContact),
      org.note,
      dialogs.get(org.id)?.count ?? 0,
      dialogs.get(org.id)?.last.slice(0, 10) ?? '',
      org.id,
    ]);
}
