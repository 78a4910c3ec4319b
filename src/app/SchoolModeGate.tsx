import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Page, SchoolModeSwitch } from '../ui';
import { sv } from '../lib/strings/for/shell';
import { useSchoolMode } from '../lib/school-mode';

/**
 * The pages school-visit mode shows: the routine and the contacts, the start page that offers
 * them, and pages that show nothing of the log or the plan. Anything else, even opened by its
 * address or by going back, stays off the screen a pupil or a teacher may be looking at.
 */
const SHOWN = new Set([
  '/',
  '/rutin',
  '/kontakter',
  '/tillganglighet',
  '/integritet',
  '/parkoppla',
]);

export function shownInSchoolMode(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return SHOWN.has(path);
}

/** Shows its page, or, in school-visit mode on a page the mode hides, a way back or out of it. */
export function SchoolModeGate({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const schoolMode = useSchoolMode((s) => s.enabled);
  if (!schoolMode || shownInSchoolMode(location)) return children;
  const t = sv.schoolBlocked;
  return (
    <Page title={t.title}>
      <p>{t.body}</p>
      <div className="quick-actions">
        <Link href="/rutin" className="btn btn-primary">
          {t.routine}
        </Link>
        <Link href="/kontakter" className="btn btn-secondary">
          {t.contacts}
        </Link>
      </div>
      <SchoolModeSwitch label={t.schoolMode} hint={t.schoolModeHint} />
    </Page>
  );
}
