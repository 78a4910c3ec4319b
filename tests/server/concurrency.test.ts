import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from './helpers';
import {
  contactFields,
  mutation,
  pairDevice,
  pull,
  push,
  removeDir,
  startTestServer,
} from './helpers';

describe('concurrent pushes', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  it('never interleave: every version is used once, and a pull sees them all in order', async () => {
    const devices = await Promise.all(Array.from({ length: 8 }, () => pairDevice(server, 'field')));
    const responses = await Promise.all(
      devices.flatMap((device) => [
        push(
          server,
          device,
          [1, 2, 3].map((seq) => mutation(seq, contactFields())),
        ),
        pull(server, device),
      ]),
    );
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    const changes = (await pull(server, devices[0]!)).json().changes as Array<{ version: number }>;
    expect(changes.map((c) => c.version)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });
});
