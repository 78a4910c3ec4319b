import { db } from '../db';
import { createSyncEngine } from './engine';

/** The app's sync engine for this device's database. */
export const syncEngine = createSyncEngine({ db });
