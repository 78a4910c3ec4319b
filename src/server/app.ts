import { readFileSync } from 'node:fs';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController } from 'fastify';
import type { FastifyHttpsOptions, FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Server as HttpsServer } from 'node:https';
import { API_PREFIX } from '../shared/sync/protocol';
import { bearerToken } from './auth';
import type { ServerConfig } from './config';
import type { AppContext } from './context';
import { installErrorHandler, installNotFound } from './error-handler';
import { deviceRoutes } from './routes/devices';
import { healthRoutes } from './routes/health';
import { historyRoutes } from './routes/history';
import { pairRoutes } from './routes/pair';
import { pairingCodeRoutes } from './routes/pairing-codes';
import { pullRoutes } from './routes/pull';
import { pushRoutes } from './routes/push';
import { staticRoutes } from './routes/static';
import { wipeReportRoutes } from './routes/wipe-report';
import { deviceTokenHash } from './secrets';
import { securityHeaders } from './security-headers';
import type { Store } from './store/types';

/** Largest request body: a push batch of up to 100 mutations fits comfortably. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface BuildAppOptions {
  store: Store;
  config: ServerConfig;
  /** The clock, ms since the epoch; tests move it to expire pairing codes. */
  now?: () => number;
  /** Turn request logging on (never logs tokens: the authorization header is redacted). */
  logger?: boolean;
}

function serverOptions(config: ServerConfig, logger: boolean): FastifyServerOptions {
  return {
    bodyLimit: BODY_LIMIT_BYTES,
    logger: logger
      ? { level: config.logLevel, redact: ['req.headers.authorization', 'req.body'] }
      : false,
    // The pairing code never reaches the server in a URL (it rides in the fragment), and
    // requests are not logged unless LOG_LEVEL asks for it.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'info' && config.logLevel !== 'debug',
    }),
    trustProxy: false,
  };
}

/** A plain HTTP server, or HTTPS when TLS_CERT and TLS_KEY are given. */
function createServer(config: ServerConfig, base: FastifyServerOptions): FastifyInstance {
  if (!config.tls) return Fastify(base);
  const https = { cert: readFileSync(config.tls.certPath), key: readFileSync(config.tls.keyPath) };
  // The HTTPS instance differs from the HTTP one only in its raw server type; routes do not care.
  const options = { ...base, https } as FastifyHttpsOptions<HttpsServer>;
  return Fastify(options);
}

/** Builds the endpoint: API under /api/v1, the built PWA (when present) everywhere else. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const ctx: AppContext = { store: options.store, config, now: options.now ?? Date.now };
  const base = serverOptions(config, options.logger ?? false);
  const app = createServer(config, base);

  installErrorHandler(app);
  await securityHeaders(app, config.tls !== null);
  // Brotli or gzip for the app shell, assets and large pulls (phones on slow networks).
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });

  await app.register(
    async (api) => {
      // Per device token (hashed: the key table never holds a usable token), else per IP.
      await api.register(rateLimit, {
        max: config.rateLimit.perDevicePerMinute,
        timeWindow: '1 minute',
        keyGenerator: (request) => {
          const token = bearerToken(request);
          return token ? `dev:${deviceTokenHash(token)}` : `ip:${request.ip}`;
        },
      });
      healthRoutes(api, ctx);
      pairRoutes(api, ctx);
      pushRoutes(api, ctx);
      pullRoutes(api, ctx);
      historyRoutes(api, ctx);
      pairingCodeRoutes(api, ctx);
      deviceRoutes(api, ctx);
      wipeReportRoutes(api, ctx);
    },
    { prefix: API_PREFIX },
  );

  const fallback = await staticRoutes(app, config.staticDir);
  installNotFound(app, fallback);
  await app.ready();
  return app;
}
