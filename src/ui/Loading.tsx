/** A polite loading message; screen readers hear it once. */
export function Loading({ label = 'Laddar …' }: { label?: string }) {
  return (
    <p className="loading" aria-live="polite">
      {label}
    </p>
  );
}
