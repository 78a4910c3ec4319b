import { useState } from 'react';
import { db } from '../../db';
import { Button, showToast } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { isStorageFull } from '../../lib/save-failed';
import { copyPlanToYear } from './copy-year';

/** Copies the chosen year's plan to the next year and shows that year. */
export function CopyYear({ year, onCopied }: { year: number; onCopied: (year: number) => void }) {
  const t = sv.plan.edit;
  const [busy, setBusy] = useState(false);
  const to = year + 1;
  return (
    <section className="plan-copy" aria-labelledby="kopiera-rubrik">
      <h3 id="kopiera-rubrik">{t.copyHeading}</h3>
      <p className="plan-muted">{t.copyHint}</p>
      <Button
        disabled={to > 2200}
        busy={busy}
        onClick={() => {
          if (busy) return;
          setBusy(true);
          copyPlanToYear(db, year, to)
            .then((n) => {
              showToast({ message: t.copied(to, n) });
              onCopied(to);
            })
            .catch((error: unknown) =>
              showToast({
                message: isStorageFull(error) ? sv.errors.deviceFull : sv.errors.generic,
                tone: 'error',
              }),
            )
            .finally(() => setBusy(false));
        }}
      >
        {t.copyButton(year, to)}
      </Button>
    </section>
  );
}
