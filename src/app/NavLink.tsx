import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { confirmLeaving } from '../lib/unsaved';

/**
 * Asks before leaving a page with unsaved input, saying whether it is kept (the dialog form stores
 * a draft) or lost (the other forms).
 */
export function confirmLeave(event: MouseEvent): void {
  if (!confirmLeaving()) event.preventDefault();
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
