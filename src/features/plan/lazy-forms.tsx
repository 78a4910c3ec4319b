import { Suspense, lazy, type ComponentType } from 'react';
import { Loading, useReturnFocusToOpener } from '../../ui';

/**
 * The editing forms load only when someone edits the plan, so the plan page's own chunk stays
 * small. The service worker precaches them, so they open offline too. Each gives focus back to the
 * button that opened it when it closes (remembered here, before the chunk loads).
 */
function deferred<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Deferred(props: P) {
    useReturnFocusToOpener();
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const ActivityForm = deferred(() => import('./ActivityForm').then((m) => m.ActivityForm));
export const AreaForm = deferred(() => import('./AreaForm').then((m) => m.AreaForm));
export const InterventionForm = deferred(() =>
  import('./InterventionForm').then((m) => m.InterventionForm),
);
export const CopyYear = deferred(() => import('./CopyYear').then((m) => m.CopyYear));
