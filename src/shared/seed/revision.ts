/**
 * Revision of the default data. Raise it when the defaults change, so that devices and the server
 * can tell which defaults they have stored. Its own module: a device reads it on every start,
 * and downloads the default data itself only when its stored revision is older.
 */
export const SEED_REVISION = 1;
