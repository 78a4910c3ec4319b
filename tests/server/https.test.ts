import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDir, startTestServer } from './helpers';

function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

function get(
  url: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

describe('HTTPS', () => {
  it('serves over TLS when TLS_CERT and TLS_KEY are given, with HSTS', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'varna-tls-'));
    const { cert, key } = selfSignedCert(dir);
    const server = await startTestServer({ TLS_CERT: cert, TLS_KEY: key, PUBLIC_URL: '' }, dir);
    try {
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = server.app.server.address() as AddressInfo;
      expect(server.config.publicUrl).toMatch(/^https:\/\//);
      const res = await get(`https://127.0.0.1:${port}/api/v1/health`);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ ok: true });
      expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    } finally {
      await server.close();
      removeDir(dir);
    }
  }, 30_000);
});
