import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from './helpers';
import { removeDir, startTestServer } from './helpers';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';

describe('serving the built PWA', () => {
  let server: TestServer;
  beforeEach(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'varna-static-'));
    const dist = path.join(dir, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Värna</title>');
    writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(path.join(dist, 'registerSW.js'), '/* register */');
    writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"Värna"}');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
    writeFileSync(
      path.join(dist, 'assets', 'big-abc123.js'),
      'console.log("Värna");\n'.repeat(400),
    );
    server = await startTestServer({ STATIC_DIR: dist }, dir);
  });
  afterEach(async () => {
    await server.close();
    removeDir(server.dir);
  });

  const get = (url: string) => server.app.inject({ method: 'GET', url });

  it('index.html, sw.js, registerSW.js and the manifest are no-cache', async () => {
    for (const url of ['/', '/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('compresses large files for browsers that accept it, and serves them whole to others', async () => {
    const br = await server.app.inject({
      method: 'GET',
      url: '/assets/big-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(1000);
    const plain = await get('/assets/big-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log("Värna");');
  });

  it('hashed assets are immutable', async () => {
    const res = await get('/assets/index-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('app routes fall back to index.html; missing files and API paths do not', async () => {
    const res = await get('/dialoger/ny');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Värna</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect((await get('/assets/missing-1.js')).statusCode).toBe(404);
    const api = await get('/api/v1/nope');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: 'not_found' });
  });

  it('sends a strict Content-Security-Policy', async () => {
    const csp = String((await get('/')).headers['content-security-policy']);
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('script-src')).toBe("'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});
