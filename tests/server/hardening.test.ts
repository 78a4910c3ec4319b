import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PairedDevice, TestServer } from './helpers';
import { contactFields, mutation, pairDevice, removeDir, startTestServer } from './helpers';

describe('bad input answers 4xx JSON, never 5xx', () => {
  let server: TestServer;
  let device: PairedDevice;
  beforeEach(async () => {
    server = await startTestServer();
    device = await pairDevice(server, 'office');
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  const post = (url: string, payload: string, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { 'content-type': 'application/json', ...device.auth, ...headers },
    });

  function expectJson4xx(
    res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
    status?: number,
  ) {
    if (status) expect(res.statusCode).toBe(status);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(String(res.headers['content-type'])).toContain('application/json');
    const body = res.json() as { error: string; message: string };
    expect(typeof body.error).toBe('string');
    expect(typeof body.message).toBe('string');
  }

  it('malformed JSON', async () => {
    expectJson4xx(await post('/api/v1/push', '{"mutations": ['), 400);
    expectJson4xx(await post('/api/v1/pair', '{nope'), 400);
    expectJson4xx(await post('/api/v1/push', ''), 400);
  });

  it('wrong types and shapes', async () => {
    for (const body of [
      'null',
      '[]',
      '"x"',
      '{"mutations": "x"}',
      '{"mutations": [{"seq": "1"}]}',
      '{"mutations": [{"seq": 0, "table": "contacts", "id": "a", "fields": {}, "baseVersion": 0, "v": 1}]}',
      '{"mutations": [{"seq": 1.5, "table": "contacts", "id": "a", "fields": {}, "baseVersion": 0, "v": 1}]}',
      '{"mutations": [{"seq": 1, "table": "contacts", "id": "a", "fields": [], "baseVersion": -1, "v": 1}]}',
    ]) {
      const res = await post('/api/v1/push', body);
      expectJson4xx(res, 400);
      expect(res.json()).toMatchObject({ error: 'invalid', message: 'Ogiltig begäran.' });
    }
    expectJson4xx(await post('/api/v1/pair', '{"code": 12345678}'), 400);
    expectJson4xx(await post('/api/v1/pairing-codes', '{"role": "admin"}'), 400);
  });

  it('more than 100 mutations in a batch', async () => {
    const mutations = Array.from({ length: 101 }, (_, i) => mutation(i + 1, contactFields()));
    expectJson4xx(await post('/api/v1/push', JSON.stringify({ mutations })), 400);
  });

  it('a huge body is 413', async () => {
    const huge = JSON.stringify({ mutations: [], actor: 'x'.repeat(2 * 1024 * 1024) });
    expectJson4xx(await post('/api/v1/push', huge), 413);
  });

  it('wrong content type is 415', async () => {
    expectJson4xx(await post('/api/v1/push', 'mutations=1', { 'content-type': 'text/xml' }), 415);
  });

  it('unknown API paths and methods are 404 JSON', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nope'],
      ['GET', '/api/v2/pull'],
      ['DELETE', '/api/v1/push'],
      ['GET', '/api'],
    ] as const) {
      expectJson4xx(await server.app.inject({ method, url, headers: device.auth }), 404);
    }
  });

  it('health needs no token; every answer carries the security headers', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.json()).toEqual({ ok: true });
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('rate-limits per device token', async () => {
    await server.close();
    removeDir(server.dir);
    server = await startTestServer({ RATE_LIMIT_PER_DEVICE: '3' });
    device = await pairDevice(server, 'office');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: device.auth }))
          .statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const other = await pairDevice(server, 'field');
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: other.auth });
    expect(res.statusCode).toBe(200);
  });
});
