import { VarnaDB } from './database';

/** The app's database on this device. Dexie opens it lazily on first use. */
export const db = new VarnaDB();
