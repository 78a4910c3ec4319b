import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { EmptyState, Loading, Page } from '../../ui';
import { collator } from '../../lib/dates';

/** The plan: its areas and their activities, read live from the device. */
export default function PlanPage() {
  const data = useLiveQuery(async () => {
    const [areas, activities] = await Promise.all([
      db.areas.orderBy('order').filter((a) => !a.deleted).toArray(),
      db.activities.filter((a) => !a.deleted).toArray(),
    ]);
    return { areas, activities };
  }, []);
  return (
    <Page title="Plan">
      {data === undefined ? (
        <Loading />
      ) : data.areas.length === 0 ? (
        <EmptyState title="Planen är tom." />
      ) : (
        data.areas.map((area) => (
          <section key={area.id} className="plan-area" aria-labelledby={`area-${area.id}`}>
            <h2 id={`area-${area.id}`}>{area.title}</h2>
            <ul className="card-list">
              {data.activities
                .filter((a) => a.areaId === area.id)
                .sort((a, b) => a.order - b.order || collator.compare(a.what, b.what))
                .map((activity) => (
                  <li key={activity.id} className="card">
                    <p className="card-title">{activity.what}</p>
                    {activity.timing ? <p>När: {activity.timing}</p> : null}
                    {activity.indicator ? <p>Indikator: {activity.indicator}</p> : null}
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
    </Page>
  );
}
