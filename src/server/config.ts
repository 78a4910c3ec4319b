import path from 'node:path';

/** Everything the endpoint reads from its environment, resolved once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Directory holding `varna.sqlite` (and, later, backups). */
  dataDir: string;
  /** The address people and devices use; pairing links are built from it. */
  publicUrl: string;
  /** True when PUBLIC_URL was given; otherwise it is derived from the listening address. */
  publicUrlExplicit: boolean;
  tls: { certPath: string; keyPath: string } | null;
  /** postgres://… or postgresql://…: use the PostgreSQL store instead of the SQLite file. */
  databaseUrl: string | null;
  /** The built PWA; served when the directory exists. */
  staticDir: string;
  workspaceName: string;
  logLevel: string;
  rateLimit: { perDevicePerMinute: number; pairingPerMinute: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT måste vara ett heltal mellan 0 och 65535 (fick "${raw}").`);
  }
  return port;
}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError(`${name} måste vara ett positivt heltal (fick "${raw}").`);
  }
  return value;
}

function parseDatabaseUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new ConfigError('DATABASE_URL måste börja med postgres:// eller postgresql://.');
  }
  return raw;
}

/** Reads the configuration; throws ConfigError with a Swedish message on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = parsePort(env.PORT);
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  const host = env.HOST || '127.0.0.1';
  const cert = env.TLS_CERT || '';
  const key = env.TLS_KEY || '';
  if (Boolean(cert) !== Boolean(key)) {
    throw new ConfigError('Ange både TLS_CERT och TLS_KEY för HTTPS, eller ingen av dem.');
  }
  const tls = cert && key ? { certPath: cert, keyPath: key } : null;
  const explicitUrl = (env.PUBLIC_URL || '').replace(/\/+$/, '');
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    port,
    host,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    publicUrl: explicitUrl || `${tls ? 'https' : 'http'}://${urlHost}:${port}`,
    publicUrlExplicit: Boolean(explicitUrl),
    tls,
    databaseUrl,
    staticDir: path.resolve(env.STATIC_DIR || './dist'),
    workspaceName: env.WORKSPACE_NAME || 'Timrå kommun',
    logLevel: env.LOG_LEVEL || 'warn',
    rateLimit: {
      perDevicePerMinute: positiveInt(env.RATE_LIMIT_PER_DEVICE, 600, 'RATE_LIMIT_PER_DEVICE'),
      pairingPerMinute: positiveInt(env.RATE_LIMIT_PAIRING, 10, 'RATE_LIMIT_PAIRING'),
    },
  };
}

/** The SQLite file inside DATA_DIR. */
export const sqlitePath = (config: Pick<ServerConfig, 'dataDir'>): string =>
  path.join(config.dataDir, 'varna.sqlite');
