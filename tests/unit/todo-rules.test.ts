import { describe, expect, it } from 'vitest';
import { addDays, todoItems, yearBefore } from '../../src/features/todo/todo-rules';
import { followUpId } from '../../src/shared/ids';
import type { AgreedFollowUp, FollowUp, LogEntry } from '../../src/shared/schemas';
import {
  DEFAULT_ACTIVITIES,
  DEFAULT_AREAS,
  DEFAULT_CONTACTS,
  DEFAULT_ROUTINE_INFO,
} from '../../src/shared/seed';
import { logEntry } from '../fixtures/log-entry';

const TODAY = '2026-11-27';

function dialog(followUps: AgreedFollowUp[], changes: Partial<LogEntry> = {}): LogEntry {
  return logEntry(`e-${Math.random()}`, {
    updatedAt: '2026-11-01T00:00:00.000Z',
    date: '2026-11-01T10:00',
    followUps,
    ...changes,
  });
}

const agreed = (id: string, due: string | null, done = false): AgreedFollowUp => ({
  id,
  text: `Uppföljning ${id}`,
  due,
  done,
});

const base = {
  entries: [] as LogEntry[],
  areas: DEFAULT_AREAS,
  activities: [] as typeof DEFAULT_ACTIVITIES,
  followUps: [] as FollowUp[],
  routineInfo: [{ ...DEFAULT_ROUTINE_INFO, reviewedAt: '2026-06-01' }],
  contacts: DEFAULT_CONTACTS.map((c) => ({ ...c, verifiedAt: '2026-06-01' })),
  today: TODAY,
};

describe('dates', () => {
  it('adds days across month and year ends, and finds the date a year earlier', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-02-25', 7)).toBe('2026-03-04');
    expect(yearBefore('2026-11-27')).toBe('2025-11-27');
  });
});

describe('agreed follow-ups from dialogs', () => {
  it('lists those not done that are due within 7 days or overdue, soonest first', () => {
    const entries = [
      dialog([
        agreed('late', '2026-11-20'),
        agreed('today', TODAY),
        agreed('in7', '2026-12-04'),
        agreed('in8', '2026-12-05'),
        agreed('done', '2026-11-26', true),
        agreed('nodate', null),
      ]),
      dialog([agreed('deleted', '2026-11-20')], { deleted: true }),
    ];
    const items = todoItems({ ...base, entries });
    expect(items.map((i) => (i.kind === 'followUp' ? i.followUpId : i.kind))).toEqual([
      'late',
      'today',
      'in7',
    ]);
    expect(items.map((i) => i.kind === 'followUp' && i.overdue)).toEqual([true, false, false]);
  });
});

describe('activities whose time has passed', () => {
  const activities = DEFAULT_ACTIVITIES;
  const overdue = (followUps: FollowUp[], areas = DEFAULT_AREAS) =>
    todoItems({ ...base, activities, followUps, areas })
      .filter((i) => i.kind === 'activity')
      .map((i) => (i.kind === 'activity' ? i.activityId : ''));

  const dated = activities.filter((a) => a.dueYear !== null && a.dueYear < 2026);

  it('lists every activity with a past due year and no status for that year', () => {
    expect(new Set(overdue([]))).toEqual(new Set(dated.map((a) => a.id)));
    expect(activities.some((a) => a.dueYear === null)).toBe(true);
  });

  it('drops one once it has a status for its due year, but not for another year', () => {
    const activity = dated[0]!;
    const followUp = (year: number, status: FollowUp['status']): FollowUp => ({
      id: followUpId(activity.id, year),
      version: 0,
      deleted: false,
      updatedAt: '2026-01-01T00:00:00.000Z',
      activityId: activity.id,
      year,
      status,
      comment: '',
      assessedBy: 'Anna',
      assessedAt: '2026-01-01T00:00:00.000Z',
      history: [],
    });
    expect(overdue([followUp(activity.dueYear!, 'delvis')])).not.toContain(activity.id);
    expect(overdue([followUp(activity.dueYear! + 1, 'helt')])).toContain(activity.id);
    expect(overdue([followUp(activity.dueYear!, 'ejBedomd')])).toContain(activity.id);
  });

  it('leaves out activities of a deleted area', () => {
    const activity = dated[0]!;
    const areas = DEFAULT_AREAS.map((a) =>
      a.id === activity.areaId ? { ...a, deleted: true } : a,
    );
    expect(overdue([], areas)).not.toContain(activity.id);
  });
});

describe('reviews', () => {
  it('lists the routine and the contacts when not reviewed for 12 months or never', () => {
    const items = todoItems({
      ...base,
      routineInfo: [{ ...DEFAULT_ROUTINE_INFO, reviewedAt: null }],
      contacts: DEFAULT_CONTACTS.map((c, i) => ({
        ...c,
        verifiedAt: i === 0 ? '2025-11-27' : i === 1 ? null : '2025-11-28',
      })),
    });
    expect(items).toEqual([
      expect.objectContaining({ kind: 'routine', reviewedAt: null }),
      expect.objectContaining({ kind: 'contacts', count: 2 }),
    ]);
  });

  it('lists nothing when everything was reviewed within 12 months', () => {
    expect(todoItems(base)).toEqual([]);
  });
});
