import type {
  Activity,
  Area,
  Contact,
  FollowUp,
  LogEntry,
  Organisation,
} from '../../src/shared/schemas';
import { followUpId } from '../../src/shared/ids';
import { logEntry } from '../fixtures/log-entry';

/** Builders of complete, schema-valid records for report, CSV and backup tests. */
const base = { version: 0, deleted: false, updatedAt: '2026-01-01T08:00:00.000Z' };

export const area = (
  id: string,
  order: number,
  title: string,
  extra: Partial<Area> = {},
): Area => ({
  ...base,
  id,
  order,
  title,
  description: '',
  ...extra,
});

export const activity = (
  id: string,
  areaId: string,
  order: number,
  extra: Partial<Activity> = {},
): Activity => ({
  ...base,
  id,
  areaId,
  order,
  what: `Aktivitet ${id}`,
  timing: 'löpande',
  dueYear: null,
  indicator: '',
  actors: '',
  responsible: 'Strateg',
  comment: '',
  preventionLevel: null,
  measure: 'none',
  target: null,
  ...extra,
});

export const followUp = (
  activityId: string,
  year: number,
  status: FollowUp['status'],
  extra: Partial<FollowUp> = {},
): FollowUp => ({
  ...base,
  id: followUpId(activityId, year),
  activityId,
  year,
  status,
  comment: '',
  assessedBy: 'RTH',
  assessedAt: '2026-11-01T10:00:00.000Z',
  history: [],
  ...extra,
});

export const organisation = (
  id: string,
  name: string,
  extra: Partial<Organisation> = {},
): Organisation => ({
  ...base,
  id,
  name,
  kind: 'trossamfund',
  wishesDialog: 'ja',
  firstContact: null,
  note: '',
  mergedInto: null,
  ...extra,
});

export const entry = (
  id: string,
  kind: LogEntry['kind'],
  date: string,
  extra: Partial<LogEntry> = {},
): LogEntry => logEntry(id, { ...base, kind, date, ...extra });

export const contact = (id: string, role: string, extra: Partial<Contact> = {}): Contact => ({
  ...base,
  id,
  role,
  organisation: 'Timrå kommun',
  name: '',
  phones: [],
  email: '',
  category: 'kommunen',
  note: '',
  verifiedAt: null,
  ...extra,
});
