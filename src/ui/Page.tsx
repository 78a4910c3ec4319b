import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface PageProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  /** Set the document title too (default true). */
  documentTitle?: boolean;
}

/**
 * A page with its one h1. Focus moves to the heading when the page opens, so screen-reader and
 * keyboard users start at the new content after navigating (and again when a page kept hidden is
 * shown again). The heading's id is the page's own, so a page kept mounted while hidden never lends
 * its heading to the page on screen.
 */
export function Page({ title, actions, children, documentTitle = true }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (documentTitle) document.title = `${title} – Värna`;
    heading.current?.focus({ preventScroll: true });
  }, [title, documentTitle]);
  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="page-header">
        <h1 id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
