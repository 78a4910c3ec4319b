import type { VarnaDB } from './database';

/**
 * The names of the register's live organisations, for the privacy check (a personal name inside an
 * organisation's name is not reported). Names are never sealed, so this reads while locked too.
 */
export async function listOrganisationNames(db: VarnaDB): Promise<string[]> {
  const rows = await db.organisations.filter((o) => !o.deleted).toArray();
  return rows.map((o) => o.name);
}
