import type { RoutineInfo } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/routine';

/** The legal ground for a report of concern (orosanmälan), as the office last wrote it. */
export function LegalReference({ info }: { info: RoutineInfo | null }) {
  const t = sv.routine;
  return (
    <section className="routine-legal" aria-labelledby="routine-legal-heading">
      <h2 id="routine-legal-heading">{t.legalHeading}</h2>
      <p className="routine-legal-text">{info?.legalReference || t.legalEmpty}</p>
    </section>
  );
}
