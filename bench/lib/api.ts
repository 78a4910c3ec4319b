import type { Mutation, PairResponse, PushResponse } from '../../src/shared/sync/protocol';

/** A small client of the endpoint's API for the Node side of the benchmarks. */
export async function call<T>(
  base: string,
  method: 'GET' | 'POST',
  route: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}/api/v1${route}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function ok<T>(promise: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await promise;
  if (status !== 200) throw new Error(`${what} answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

export const pair = (base: string, code: string, deviceName = 'Bänkenhet') =>
  ok(call<PairResponse>(base, 'POST', '/pair', { body: { code, deviceName } }), 'pair');

/** A new single-use pairing code, asked for by an office device. */
export async function newPairingCode(
  base: string,
  officeToken: string,
  role: 'office' | 'field' = 'field',
) {
  const body = await ok(
    call<{ code: string }>(base, 'POST', '/pairing-codes', { token: officeToken, body: { role } }),
    'pairing-codes',
  );
  return body.code;
}

export const push = (base: string, token: string, mutations: Mutation[]) =>
  call<PushResponse>(base, 'POST', '/push', { token, body: { mutations } });

/** Pushes records as create mutations in batches of 100, starting at sequence number `firstSeq`. */
export async function pushRecords(
  base: string,
  token: string,
  records: Array<{ table: string; id: string; fields: Record<string, unknown> }>,
  firstSeq = 1,
): Promise<number> {
  let seq = firstSeq;
  let applied = 0;
  for (let i = 0; i < records.length; i += 100) {
    const mutations = records.slice(i, i + 100).map((r): Mutation => ({
      seq: seq++,
      table: r.table,
      id: r.id,
      fields: r.fields,
      baseVersion: 0,
      v: 1,
    }));
    const body = await ok(push(base, token, mutations), 'push');
    applied += body.results.filter((r) => r.status === 'applied').length;
  }
  return applied;
}
