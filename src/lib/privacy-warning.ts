import {
  checkPrivacy,
  type PrivacyHit,
  type PrivacyHitKind,
} from '../shared/privacy/privacy-check';
import { sv } from './strings/for/privacy';

/**
 * The warning shown at a free-text field: which kinds of personal data the text seems to contain,
 * and where. Null when nothing was found. It never blocks saving; a form that saves while it is
 * shown records `privacyAcknowledged: true` on the record.
 */
export function privacyMessage(hits: readonly PrivacyHit[] | undefined): string | null {
  if (!hits || hits.length === 0) return null;
  const p = sv.privacy;
  const kinds = [...new Set(hits.map((h) => h.kind))].map(
    (kind: PrivacyHitKind) =>
      `${p[kind]} (${hits
        .filter((h) => h.kind === kind)
        .map((h) => h.match)
        .join(', ')})`,
  );
  const found =
    kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} och ${kinds.at(-1)}` : kinds[0];
  return p.warning(found ?? '');
}

/** The warning for one text; `organisationNames` are the register's (never reported as names). */
export function privacyWarning(
  text: string,
  organisationNames: readonly string[] = [],
): string | null {
  return privacyMessage(checkPrivacy(text, { organisationNames }));
}
