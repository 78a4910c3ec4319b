import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openStore } from './open-store';
import { pairingHint } from './startup-message';

/** Starts the endpoint: `npm run serve` (or `npm start`, which builds the app first). */
async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  const app = await buildApp({ store, config, logger: true });
  await app.listen({ port: config.port, host: config.host });

  const address = app.server.address() as AddressInfo;
  const urlHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = config.publicUrlExplicit
    ? config.publicUrl
    : `${config.tls ? 'https' : 'http'}://${urlHost}:${address.port}`;
  // Pairing links use the real port when PORT was 0 and no PUBLIC_URL was given.
  config.publicUrl = url;
  console.log(`Värna körs på ${url}`);
  console.log(await pairingHint(store, Date.now()));

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Värna kunde inte starta: ${error.message}`);
  } else {
    console.error('Värna kunde inte starta:', error);
  }
  process.exit(1);
});
