import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { hasUnsavedInput } from '../lib/unsaved';

const LEAVE_QUESTION = 'Du har text som inte är sparad. Vill du lämna sidan? Utkastet finns kvar.';

/** Asks before leaving a page with unsaved input; the draft itself is already stored. */
export function confirmLeave(event: MouseEvent): void {
  if (hasUnsavedInput() && !window.confirm(LEAVE_QUESTION)) event.preventDefault();
}

export function NavLink({
  href,
  children,
  className,
  badge,
}: {
  href: string;
  children: ReactNode;
  className?: string;
  badge?: ReactNode;
}) {
  const [location] = useLocation();
  const active =
    href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      className={`nav-link${active ? ' nav-link-active' : ''}${className ? ` ${className}` : ''}`}
      aria-current={active ? 'page' : undefined}
      onClick={confirmLeave}
    >
      <span className="nav-link-text">{children}</span>
      {badge}
    </Link>
  );
}
