import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Files that name the current release: always revalidated, or an update would never arrive. */
const NO_CACHE_FILES = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);
const IMMUTABLE = 'public, max-age=31536000, immutable';

function setCacheHeaders(reply: FastifyReply, filePath: string, root: string): void {
  const relative = path.relative(root, filePath).split(path.sep).join('/');
  if (relative.startsWith('assets/') && !NO_CACHE_FILES.has(path.basename(filePath))) {
    // Vite puts a content hash in every file name under assets/: a name never changes content.
    reply.header('Cache-Control', IMMUTABLE);
  } else {
    reply.header('Cache-Control', 'no-cache');
  }
}

/** A path that asks for a file (an extension, or under assets/) never falls back to the app. */
const looksLikeFile = (url: string): boolean => {
  const pathname = url.split('?')[0] ?? '';
  return pathname.startsWith('/assets/') || /\.[A-Za-z0-9]+$/.test(pathname);
};

/**
 * Serves the built PWA from `root` when it exists; returns the SPA fallback for the not-found
 * handler (any GET of an app route, e.g. `/dialoger/ny`, answers index.html), or undefined.
 */
export async function staticRoutes(
  app: FastifyInstance,
  root: string,
): Promise<((request: FastifyRequest, reply: FastifyReply) => unknown) | undefined> {
  if (!existsSync(path.join(root, 'index.html'))) return undefined;
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: (reply, filePath) => setCacheHeaders(reply, filePath, root),
  });
  return (request, reply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || looksLikeFile(request.url)) {
      return reply.code(404).type('text/plain; charset=utf-8').send('Finns inte.');
    }
    return reply.sendFile('index.html');
  };
}
