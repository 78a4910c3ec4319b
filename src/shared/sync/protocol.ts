import * as z from 'zod/mini';
import { idSchema, shortText } from '../schemas/common';

/**
 * The sync protocol, version 1, under `/api/v1`. Shared by the client engine and the endpoint so
 * both validate the same shapes.
 */
export const API_PREFIX = '/api/v1';

/** Format version of a mutation. The server accepts every version in ACCEPTED_MUTATION_FORMATS. */
export const MUTATION_FORMAT = 1;
export const ACCEPTED_MUTATION_FORMATS: readonly number[] = [1];

export const MAX_PUSH_BATCH = 100;
export const MAX_PULL_PAGE = 500;

/**
 * One change to one record, keyed by (device id, seq). `fields` holds only the changed fields
 * (a tombstone is `{ deleted: true }`); `baseVersion` is the record's server version the device had
 * seen when it made the change.
 */
export const mutationSchema = z.object({
  seq: z.number().check(z.int(), z.minimum(1)),
  table: z.string().check(z.maxLength(40)),
  id: idSchema,
  fields: z.record(z.string().check(z.maxLength(60)), z.unknown()),
  baseVersion: z.number().check(z.int(), z.minimum(0)),
  v: z.number().check(z.int()),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  mutations: z.array(mutationSchema).check(z.maxLength(MAX_PUSH_BATCH)),
  /** The person using the device, for the audit trail (an office desktop is shared). */
  actor: z.optional(shortText),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export type PushResult =
  | { seq: number; status: 'applied'; version: number }
  | { seq: number; status: 'duplicate' }
  | {
      seq: number;
      status: 'rejected';
      reason: string;
      /**
       * The server's values of the fields the mutation set, when the device's own earlier values
       * may be out of date (a redaction since): the device undoes the change to these instead.
       */
      current?: Record<string, unknown>;
    };

export interface PushResponse {
  results: PushResult[];
  /** The device's last applied sequence number after this batch. */
  lastApplied: number;
}

export interface ServerChange {
  table: string;
  id: string;
  version: number;
  /** The record's fields without `id` and `version`; `deleted` marks a tombstone. */
  data: Record<string, unknown>;
}

export interface PullResponse {
  changes: ServerChange[];
  /** The version to ask from next time; every change at or below it has been sent. */
  checkpoint: number;
  more: boolean;
}

export const pairRequestSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  deviceName: z.optional(shortText),
});
export type PairRequest = z.infer<typeof pairRequestSchema>;

export type DeviceRole = 'office' | 'field';

export interface PairResponse {
  deviceId: string;
  token: string;
  workspaceId: string;
  workspaceName: string;
  role: DeviceRole;
}

/** Every 4xx/5xx answer: a stable machine code and a Swedish message for people. */
export interface ErrorResponse {
  error: string;
  message: string;
  /** For `gap`: the last sequence number the server applied for this device. */
  lastApplied?: number;
  /** For `revoked`: true when the device was revoked as lost and must wipe its local data. */
  wipe?: boolean;
}

export function normalisePairingCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
