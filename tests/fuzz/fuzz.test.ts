import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestArb, type FuzzRequest } from './support/requests';
import {
  attackerCopies,
  createFuzzWorld,
  victimChecksum,
  victimFingerprint,
  type FuzzWorld,
} from './support/workspaces';

/**
 * Fuzzing the endpoint (issue 8): at least 10,000 generated bad requests through `app.inject`,
 * against every route — malformed JSON, wrong types, missing fields, huge strings and arrays,
 * unicode edge cases, wrong and revoked tokens, expired and used codes, another workspace's ids,
 * sequence numbers out of order, unknown tables and fields, wrong content types. Never a 5xx,
 * every rejection a JSON error, and the victim workspace's stored data unchanged.
 * Replay with FUZZ_SEED=<seed> (printed), FUZZ_RUNS overrides the count.
 */
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);

let world: FuzzWorld;
let before = '';
let fingerprint = '';
let sent = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  world = await createFuzzWorld();
  before = victimChecksum(world);
  fingerprint = victimFingerprint(world);
});
afterAll(async () => {
  await world.close();
});

async function send(request: FuzzRequest) {
  const res = await world.app.inject({
    method: request.method,
    url: request.url,
    headers: request.headers,
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  });
  statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
  return res;
}

describe('fuzzing the endpoint', () => {
  it(
    `answers ${runs} bad requests without a 5xx, each refusal JSON (seed ${seed})`,
    { timeout: 600_000 },
    async () => {
      console.log(`fuzz: seed ${seed}, ${runs} requests (replay with FUZZ_SEED=${seed})`);
      const cpu0 = process.cpuUsage();
      await fc.assert(
        fc.asyncProperty(requestArb(world), async (request) => {
          const res = await send(request);
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          if (request.unauthorised) expect(res.statusCode).toBeGreaterThanOrEqual(400);
          if (res.statusCode >= 400 && request.method !== 'HEAD') {
            const body = res.json<{ error: unknown; message: unknown }>();
            expect(typeof body.error, res.body).toBe('string');
            expect(typeof body.message, res.body).toBe('string');
            expect(res.headers['content-type']).toMatch(/^application\/json/);
          }
          expect(victimFingerprint(world)).toBe(fingerprint);
          if (++sent % 250 === 0) expect(victimChecksum(world)).toBe(before);
        }),
        { numRuns: runs, seed },
      );
      console.log(
        `fuzz: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; ` +
          `attacker rows under victim ids: ${attackerCopies(world)}; ` +
          `cpu ${((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(1)} s`,
      );
    },
  );

  it('is still up and answering afterwards, and the victim data is unchanged', async () => {
    const health = await world.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.json()).toEqual({ ok: true });
    expect(victimChecksum(world)).toBe(before);
  });
});
