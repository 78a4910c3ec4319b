import { META, setMeta } from '../../src/db';
import { logEntryFields, type LogEntryFields } from '../fixtures/log-entry';
import { newDevice, pair, type Device, type LiveServer } from './support';

/** A private person's name: what a redaction removes. */
export const NAME = 'Fatima Lindqvist';

/** A device paired with `server` whose user is `person`, kept in `devices` for clean-up. */
export async function personDevice(
  server: LiveServer,
  devices: Device[],
  role: 'office' | 'field',
  person: string,
): Promise<Device> {
  const d = await newDevice();
  devices.push(d);
  await pair(server, d, role);
  await setMeta(d.db, META.actorName, person);
  return d;
}

/** A dialog meeting's fields with the given summary. */
export function dialog(summary: string): LogEntryFields {
  return logEntryFields({
    date: '2025-03-01T09:00',
    meetingForm: 'fysiskt',
    participantRoles: ['Strateg'],
    orgParticipants: 3,
    summary,
    privacyAcknowledged: true,
    updatedAt: new Date().toISOString(),
  });
}

/** Every row of every object store of a device, as stored. */
export async function deviceText(d: Device): Promise<string> {
  const parts: string[] = [];
  for (const table of d.db.tables) parts.push(JSON.stringify(await table.toArray()));
  return parts.join('\n');
}
