import { ConfigError, loadConfig } from '../config';
import { openStore } from '../open-store';
import { CliError, parseArgs } from './args';
import { runCommand } from './commands';

/**
 * `npm run admin -- <command>`: works on the server's database (DATABASE_URL, else the SQLite file
 * in DATA_DIR) whether the server runs or not (SQLite in WAL mode lets both work on the file, and
 * PostgreSQL serves both; writes wait for each other).
 */
async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
    const store = await openStore(loadConfig());
    try {
      for (const line of await runCommand(store, args, Date.now())) console.log(line);
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Fel:', error);
    process.exit(1);
  },
);
