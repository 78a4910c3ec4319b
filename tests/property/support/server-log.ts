import type { Transport } from '../../../src/sync';
import type { Mutation, PairResponse, PushResponse } from '../../../src/shared/sync/protocol';

/** One mutation the endpoint answered, as the endpoint answered it (whether or not the device heard). */
export interface AnsweredMutation {
  deviceId: string;
  mutation: Mutation;
  status: 'applied' | 'duplicate' | 'rejected';
  version?: number;
  reason?: string;
  /** Order in which the endpoint answered. */
  order: number;
}

/**
 * What the endpoint really answered, recorded right at its boundary (inside the fault layer): every
 * push result, including the ones whose answer was then lost on the way back, and every pairing.
 */
export interface ServerLog {
  answers: AnsweredMutation[];
  deviceByToken: Map<string, string>;
  statuses: number[];
}

export function newServerLog(): ServerLog {
  return { answers: [], deviceByToken: new Map(), statuses: [] };
}

export function recordingTransport(inner: Transport, log: ServerLog): Transport {
  return async (request) => {
    const response = await inner(request);
    log.statuses.push(response.status);
    const path = new URL(request.url).pathname;
    if (path.endsWith('/pair') && response.status === 200) {
      const pair = response.body as PairResponse;
      log.deviceByToken.set(pair.token, pair.deviceId);
    }
    if (path.endsWith('/push') && response.status === 200) {
      const deviceId = log.deviceByToken.get(request.token ?? '') ?? '?';
      const sent = (request.body as { mutations: Mutation[] }).mutations;
      for (const result of (response.body as PushResponse).results) {
        const mutation = sent.find((m) => m.seq === result.seq)!;
        log.answers.push({
          deviceId,
          mutation,
          status: result.status,
          ...(result.status === 'applied' ? { version: result.version } : {}),
          ...(result.status === 'rejected' ? { reason: result.reason } : {}),
          order: log.answers.length,
        });
      }
    }
    return response;
  };
}
