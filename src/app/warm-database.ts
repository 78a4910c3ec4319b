/**
 * Runs first in the first bundle, before React loads: asks the browser to open the device's
 * database, so the browser reads it from disk while the app's code loads and renders, and the data
 * core's own open (Dexie, once its chunk is in) finds it ready. Reads nothing and creates nothing:
 * a device without the database yet aborts the creation. The connection steps aside for any
 * version upgrade and closes once the data core has had time to open its own.
 */
import { warmDatabase } from '../lib/warm-database';

/** The data core's database name (DEFAULT_DB_NAME in src/db/database.ts, which loads Dexie). */
const DB_NAME = 'varna';

warmDatabase(DB_NAME);
