import { useState } from 'react';
import { useLocation } from 'wouter';
import { sv } from '../lib/strings/for/shell';
import { useSchoolMode } from '../lib/school-mode';
import { NavLink } from './NavLink';
import { preloadable } from './preloadable';
import { useAfterStart } from './use-after-start';
import { QuietBoundary } from './boundaries';

/** Reads IndexedDB, so it loads after the first screen rather than before it. */
const TodoBadge = preloadable(() => import('../features/todo/TodoBadge'), null);

/**
 * Main navigation: a bottom bar on a phone (Rapport and Inställningar under "Mer"), a side
 * navigation on a desktop. Every link keeps its accessible name from the UI contract. In school-visit
 * mode only the routine and the contacts are offered.
 */
export function Nav() {
  const [location] = useLocation();
  // The "Mer" menu closes when the app navigates, and stays closed on coming back to the page
  // where it was opened (adjusted while rendering, so it never shows open for a frame).
  const [moreOpen, setMoreOpen] = useState(false);
  const [shownAt, setShownAt] = useState(location);
  if (shownAt !== location) {
    setShownAt(location);
    setMoreOpen(false);
  }
  const schoolMode = useSchoolMode((s) => s.enabled);
  const afterStart = useAfterStart();
  const n = sv.nav;
  if (schoolMode) {
    return (
      <nav className="nav nav-school" aria-label={n.label}>
        <ul className="nav-main">
          <li>
            <NavLink href="/rutin">{n.routine}</NavLink>
          </li>
          <li>
            <NavLink href="/kontakter">{n.contacts}</NavLink>
          </li>
        </ul>
      </nav>
    );
  }
  return (
    <nav className="nav" aria-label={n.label}>
      <ul className="nav-main">
        <li className="nav-desktop-only">
          <NavLink href="/">{n.start}</NavLink>
        </li>
        <li>
          <NavLink href="/plan">{n.plan}</NavLink>
        </li>
        <li>
          <NavLink href="/dialoger">{n.dialogs}</NavLink>
        </li>
        <li>
          <NavLink href="/rutin">{n.routine}</NavLink>
        </li>
        <li>
          <NavLink href="/kontakter">{n.contacts}</NavLink>
        </li>
        <li className="nav-more-toggle">
          <button
            type="button"
            className="nav-link"
            aria-expanded={moreOpen}
            aria-controls="nav-more"
            onClick={() => setMoreOpen((open) => !open)}
          >
            <span className="nav-link-text">{n.more}</span>
          </button>
        </li>
      </ul>
      <ul id="nav-more" className={`nav-more${moreOpen ? ' nav-more-open' : ''}`}>
        <li className="nav-phone-only">
          <NavLink href="/">{n.start}</NavLink>
        </li>
        <li>
          <NavLink
            href="/att-gora"
            badge={
              afterStart ? (
                <QuietBoundary>
                  <TodoBadge />
                </QuietBoundary>
              ) : null
            }
          >
            {n.todo}
          </NavLink>
        </li>
        <li>
          <NavLink href="/organisationer">{n.organisations}</NavLink>
        </li>
        <li>
          <NavLink href="/rapport">{n.report}</NavLink>
        </li>
        <li>
          <NavLink href="/installningar">{n.settings}</NavLink>
        </li>
        <li>
          <NavLink href="/tillganglighet">{n.accessibility}</NavLink>
        </li>
        <li>
          <NavLink href="/integritet">{n.privacy}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
