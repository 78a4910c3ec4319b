import { issuePairingCode } from '../pairing';
import type { Device, Store, Workspace } from '../store/types';
import type { ParsedArgs } from './args';
import { CliError, allowOptions } from './args';

export const USAGE = `Användning: npm run admin -- <kommando>

  pairing-code [--role office|field] [--workspace ID]   ny parkopplingskod (kontor som standard)
  devices                                              lista enheter
  rename <enhets-id> <namn>                            byt namn på en enhet
  revoke <enhets-id> [--lost]                          koppla bort en enhet (--lost: den raderar sina data)
  create-workspace <namn>                              skapa en arbetsyta, skriver ut dess id
  workspaces                                           lista arbetsytor`;

const when = (ms: number | null): string =>
  ms === null ? '–' : new Date(ms).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' });

async function workspaceFor(store: Store, id: string | undefined): Promise<Workspace> {
  if (id === undefined) return store.defaultWorkspace();
  const workspace = await store.getWorkspace(id);
  if (!workspace) throw new CliError(`Arbetsytan ${id} finns inte.`);
  return workspace;
}

async function deviceFor(store: Store, id: string | undefined): Promise<Device> {
  if (!id) throw new CliError('Ange enhetens id (se "devices").');
  const device = await store.getDevice(id);
  if (!device) throw new CliError(`Enheten ${id} finns inte.`);
  return device;
}

/** A lost device: wiped (and how many of its changes never arrived), or not heard from yet. */
function wipeStatus(device: Device): string {
  if (device.wipedAt === null) return 'väntar på att enheten ska höra av sig';
  return `raderad ${when(device.wipedAt)}, ${device.lostChanges ?? 0} ändringar kom aldrig fram`;
}

function describeDevice(device: Device, workspaces: Map<string, string>): string {
  const revoked =
    device.revokedAt === null
      ? 'aktiv'
      : `bortkopplad ${when(device.revokedAt)}${device.revokedLost ? ` (förlorad) ${wipeStatus(device)}` : ''}`;
  const role = device.role === 'office' ? 'kontor' : 'fält';
  const workspace = workspaces.get(device.workspaceId) ?? device.workspaceId;
  return `${device.id}  ${device.name}  ${role}  ${workspace}  senast sedd ${when(device.lastSeenAt)}  ${revoked}`;
}

/** Runs one admin command against the store; returns the lines to print. */
export async function runCommand(store: Store, args: ParsedArgs, now: number): Promise<string[]> {
  switch (args.command) {
    case 'pairing-code': {
      allowOptions(args, ['role', 'workspace']);
      const role = args.options.get('role') ?? 'office';
      if (role !== 'office' && role !== 'field') {
        throw new CliError('--role måste vara office eller field.');
      }
      const workspaceOption = args.options.get('workspace');
      const workspace = await workspaceFor(
        store,
        typeof workspaceOption === 'string' ? workspaceOption : undefined,
      );
      const { code } = await issuePairingCode(store, workspace.id, role, now);
      return [`Parkopplingskod: ${code}`, 'Koden gäller i 15 minuter och kan användas en gång.'];
    }
    case 'devices': {
      allowOptions(args, []);
      const workspaces = new Map((await store.listWorkspaces()).map((w) => [w.id, w.name]));
      const devices = await store.listDevices();
      if (devices.length === 0) return ['Inga enheter är parkopplade.'];
      return devices.map((d) => describeDevice(d, workspaces));
    }
    case 'rename': {
      allowOptions(args, []);
      const device = await deviceFor(store, args.positional[0]);
      const name = args.positional.slice(1).join(' ').trim();
      if (!name || name.length > 200) throw new CliError('Ange ett namn (högst 200 tecken).');
      await store.renameDevice(device.id, name);
      return [`Enheten ${device.id} heter nu "${name}".`];
    }
    case 'revoke': {
      allowOptions(args, ['lost']);
      const device = await deviceFor(store, args.positional[0]);
      const lost = args.options.has('lost');
      await store.revokeDevice(device.id, lost, now);
      return [
        `Enheten ${device.id} (${device.name}) är bortkopplad.` +
          (lost ? ' Den raderar sina lokala data nästa gång den ansluter.' : ''),
      ];
    }
    case 'create-workspace': {
      allowOptions(args, []);
      const name = args.positional.join(' ').trim();
      if (!name || name.length > 200)
        throw new CliError('Ange arbetsytans namn (högst 200 tecken).');
      const workspace = await store.createWorkspace(name, now);
      return [workspace.id];
    }
    case 'workspaces': {
      allowOptions(args, []);
      return (await store.listWorkspaces()).map((w) => `${w.id}  ${w.name}`);
    }
    case undefined:
    case 'help':
      return [USAGE];
    default:
      throw new CliError(`Okänt kommando "${args.command}".\n\n${USAGE}`);
  }
}
