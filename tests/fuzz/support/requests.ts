import fc from 'fast-check';
import { SYNCED_TABLES } from '../../../src/shared/schemas';
import { CONTENT_TYPES, RAW_BODIES, anyJson, nastyNumber, nastyString } from './values';
import type { FuzzWorld } from './workspaces';

/** One generated request, as `app.inject` takes it. */
export interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** The token used is not a valid one: an authenticated route must not answer 2xx. */
  unauthorised: boolean;
}

/** Percent-encodes, keeping what cannot be encoded (a lone surrogate) as its raw UTF-8 bytes. */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

type Body =
  { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; raw: string | Buffer };

const json = (value: fc.Arbitrary<unknown>): fc.Arbitrary<Body> =>
  value.map((v) => ({ kind: 'json' as const, value: v }));

const rawBody: fc.Arbitrary<Body> = fc.oneof(
  fc.constantFrom(...RAW_BODIES).map((raw) => ({ kind: 'raw' as const, raw })),
  fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.nat()).map(([v, cut]) => {
    const text = JSON.stringify({ mutations: [v] });
    return { kind: 'raw' as const, raw: text.slice(0, cut % text.length) };
  }),
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((bytes) => ({ kind: 'raw' as const, raw: Buffer.from([0x7b, 0xff, 0xfe, ...bytes]) })),
);

export function requestArb(world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const { tokens, codes } = world;
  const recordId = fc.oneof(fc.constantFrom(...world.victimRecordIds), fc.uuid(), nastyString);
  const fieldName = fc.oneof(
    fc.constantFrom('name', 'note', 'title', 'summary', 'deleted', 'id', 'version', 'updatedAt'),
    nastyString,
  );
  const validOrganisation = fc.record({
    name: fc.oneof(nastyString, fc.constant('Föreningen')),
    kind: fc.constantFrom('trossamfund', 'forening', 'annan'),
    wishesDialog: fc.constantFrom('ja', 'nej', 'okant'),
    firstContact: fc.constantFrom(null, '2025-01-01', '2025-13-45'),
    note: nastyString,
    mergedInto: fc.constant(null),
    deleted: fc.boolean(),
    updatedAt: fc.constant('2025-03-01T10:00:00.000Z'),
  });
  const mutation = fc.record(
    {
      seq: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) },
        nastyNumber,
        anyJson,
      ),
      table: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...SYNCED_TABLES) },
        fc.constantFrom(
          'users',
          'records',
          'outbox',
          'meta',
          'drafts',
          '__proto__',
          'Organisations',
        ),
        nastyString,
      ),
      id: recordId,
      fields: fc.oneof(
        { weight: 3, arbitrary: validOrganisation },
        fc.dictionary(fieldName, anyJson, { maxKeys: 6 }),
        anyJson,
      ),
      baseVersion: fc.oneof({ weight: 4, arbitrary: fc.nat(30) }, nastyNumber, anyJson),
      v: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(1, 0, 2, 99, -1) }, anyJson),
    },
    { requiredKeys: [] },
  );
  const pushBody = fc.oneof(
    {
      weight: 6,
      arbitrary: json(
        fc.record(
          { mutations: fc.array(mutation, { maxLength: 5 }), actor: fc.option(nastyString) },
          { requiredKeys: ['mutations'] },
        ),
      ),
    },
    {
      weight: 1,
      arbitrary: json(
        fc.array(mutation, { minLength: 101, maxLength: 130 }).map((mutations) => ({ mutations })),
      ),
    },
    { weight: 1, arbitrary: json(fc.record({ mutations: anyJson })) },
    { weight: 1, arbitrary: json(anyJson) },
    { weight: 2, arbitrary: rawBody },
  );
  const pairBody = fc.oneof(
    {
      weight: 4,
      arbitrary: json(
        fc.record(
          {
            code: fc.oneof(fc.constantFrom(codes.valid, codes.used, codes.expired), nastyString),
            deviceName: nastyString,
          },
          { requiredKeys: [] },
        ),
      ),
    },
    json(anyJson),
    rawBody,
  );
  const queryValue = fc.oneof(
    fc.nat(100).map(String),
    nastyString.map(encodeLoosely),
    fc.constantFrom('-1', 'abc', '1e5', '9'.repeat(20), '', '0x10', '%20', '%ZZ', '1.5', '+1'),
  );
  const pullQuery = fc
    .array(fc.tuple(fc.constantFrom('since', 'limit', 'since', 'x', '__proto__'), queryValue), {
      maxLength: 4,
    })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
  const deviceId = fc.oneof(
    fc.constantFrom(...world.victimDeviceIds, ...world.attackerDeviceIds),
    fc.uuid(),
    nastyString.map(encodeLoosely),
  );

  const route = fc.oneof(
    fc.record({
      method: fc.constant('POST' as const),
      path: fc.constant('/api/v1/pair'),
      body: pairBody,
      auth: fc.constant(false),
    }),
    {
      weight: 5,
      arbitrary: fc.record({
        method: fc.constant('POST' as const),
        path: fc.constant('/api/v1/push'),
        body: pushBody,
        auth: fc.constant(true),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        method: fc.constant('GET' as const),
        path: pullQuery.map((q) => `/api/v1/pull${q}`),
        body: fc.constant<Body>({ kind: 'none' }),
        auth: fc.constant(true),
      }),
    },
    fc.record({
      method: fc.constant('POST' as const),
      path: fc.constant('/api/v1/pairing-codes'),
      body: fc.oneof(
        json(
          fc.record(
            { role: fc.oneof(fc.constantFrom('office', 'field'), nastyString) },
            { requiredKeys: [] },
          ),
        ),
        json(anyJson),
        rawBody,
        fc.constant<Body>({ kind: 'none' }),
      ),
      auth: fc.constant(true),
    }),
    fc.record({
      method: fc.constant('GET' as const),
      path: fc.constantFrom('/api/v1/devices', '/api/v1/me', '/api/v1/health'),
      body: fc.constant<Body>({ kind: 'none' }),
      auth: fc.constant(true),
    }),
    fc.record({
      method: fc.constant('POST' as const),
      path: deviceId.map((id) => `/api/v1/devices/${id}/revoke`),
      body: fc.oneof(
        json(fc.record({ lost: anyJson }, { requiredKeys: [] })),
        rawBody,
        fc.constant<Body>({ kind: 'none' }),
      ),
      auth: fc.constant(true),
    }),
    fc.record({
      method: fc.constant('PATCH' as const),
      path: deviceId.map((id) => `/api/v1/devices/${id}`),
      body: fc.oneof(
        json(fc.record({ name: nastyString }, { requiredKeys: [] })),
        json(anyJson),
        rawBody,
      ),
      auth: fc.constant(true),
    }),
    fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
      path: fc.constantFrom(
        '/api/v1/push',
        '/api/v1/pull',
        '/api/v1/pair',
        '/api/v1/devices',
        '/api/v2/push',
        '/api/v1/push/x',
        '/api/v1/%00',
        '/api/v1/..%2F..%2Fetc%2Fpasswd',
        '/api',
        '/api/v1/',
        '/index.html',
        '/%E0%A4%A',
      ),
      body: fc.oneof(json(anyJson), rawBody, fc.constant<Body>({ kind: 'none' })),
      auth: fc.constant(true),
    }),
  );

  const token = fc.oneof(
    { weight: 14, arbitrary: fc.constantFrom(tokens.attackerOffice, tokens.attackerField) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(tokens.victimRevoked, 'bm90LWEtdG9rZW4', 'A'.repeat(201), ''),
    },
    nastyString,
  );
  const authHeader = fc.oneof(
    { weight: 20, arbitrary: token.map((t) => `Bearer ${t}`) },
    token.map((t) => `bearer ${t}`),
    token.map((t) => `Basic ${t}`),
    token.map((t) => `Bearer  ${t} `),
  );
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    fc.constantFrom(...CONTENT_TYPES),
  );

  return fc
    .tuple(route, fc.option(authHeader, { freq: 8 }), contentType)
    .map(([r, auth, type]): FuzzRequest => {
      const headers: Record<string, string> = {};
      if (auth !== null) headers.authorization = auth;
      let payload: string | Buffer | undefined;
      if (r.body.kind === 'json') payload = JSON.stringify(r.body.value) ?? 'null';
      if (r.body.kind === 'raw') payload = r.body.raw;
      if (payload !== undefined && type !== '') headers['content-type'] = type;
      const valid =
        auth === `Bearer ${tokens.attackerOffice}` || auth === `Bearer ${tokens.attackerField}`;
      const open = /^\/api\/v1\/(health|pair)(\?|$)/.test(r.path);
      return { method: r.method, url: r.path, headers, payload, unauthorised: !open && !valid };
    });
}
