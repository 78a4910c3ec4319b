import { useEffect, useRef, type ReactNode } from 'react';

export interface PageProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  /** Set the document title too (default true). */
  documentTitle?: boolean;
}

/**
 * A page with its one h1. Focus moves to the heading when the page opens, so screen-reader and
 * keyboard users start at the new content after navigating.
 */
export function Page({ title, actions, children, documentTitle = true }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (documentTitle) document.title = `${title} – Värna`;
    heading.current?.focus({ preventScroll: true });
  }, [title, documentTitle]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
