import { addMonths, format, parseISO } from 'date-fns';

/** A contact's details are checked at least this often. */
export const VERIFY_EVERY_MONTHS = 12;

/**
 * True when a contact is due for checking: never verified, or verified 12 months ago or more.
 * Verified 2025-03-15 is due from 2026-03-15 (not on 2026-03-14). Dates are local `YYYY-MM-DD`.
 */
export function needsVerification(verifiedAt: string | null, today: string): boolean {
  if (!verifiedAt) return true;
  const due = format(addMonths(parseISO(verifiedAt), VERIFY_EVERY_MONTHS), 'yyyy-MM-dd');
  return due <= today;
}
