import { useState } from 'react';
import { PLAN_INTRO } from '../../shared/seed/plan-data';
import type { Intervention, PreventionLevel } from '../../shared/schemas';
import { Button, EmptyState, Loading } from '../../ui';
import { sv } from '../../lib/strings/for/plan';
import { CATALOGUE_ANCHOR, levelAnchor, levelHeadingId } from './anchors';
import { InterventionCard } from './InterventionCard';
import { InterventionForm } from './lazy-forms';
import { usePlanView } from './plan-context';

function LevelBlock({
  level,
  title,
  description,
  all,
  sub,
}: {
  level: PreventionLevel;
  title: string;
  description: string;
  all: readonly Intervention[];
  /** A form of the individual level: an h4 under its h3. */
  sub?: boolean;
}) {
  const { editing } = usePlanView();
  const [adding, setAdding] = useState(false);
  const items = all.filter((i) => i.level === level);
  const Heading = sub ? 'h4' : 'h3';
  const headingId = levelHeadingId(level);
  return (
    <section id={levelAnchor(level)} className="catalogue-level" aria-labelledby={headingId}>
      <Heading id={headingId} tabIndex={-1}>
        {title}
      </Heading>
      <p className="plan-muted">{description}</p>
      {items.length === 0 ? <EmptyState title={sv.plan.catalogue.empty} /> : null}
      <ul className="card-list">
        {items.map((item) => (
          <InterventionCard key={item.id} intervention={item} siblings={items} />
        ))}
      </ul>
      {editing && adding ? (
        <InterventionForm level={level} siblings={all} onDone={() => setAdding(false)} />
      ) : null}
      {editing && !adding ? (
        <Button onClick={() => setAdding(true)}>{sv.plan.catalogue.addAt(title)}</Button>
      ) : null}
    </section>
  );
}

/**
 * The municipality's offer of interventions by the plan's prevention levels: general, specific and
 * individual, the individual level in its two forms (indicated, and rehabilitating / exit support).
 */
export function InterventionsCatalogue({
  interventions,
}: {
  /** The catalogue, in order; undefined while loading. */
  interventions: Intervention[] | undefined;
}) {
  const t = sv.plan.catalogue;
  const levels = PLAN_INTRO.levels;
  const individual = levels.individinriktade;
  return (
    <section
      id={CATALOGUE_ANCHOR}
      className="catalogue"
      aria-labelledby="insatser-rubrik"
      tabIndex={-1}
    >
      <h2 id="insatser-rubrik">{t.heading}</h2>
      <p>{PLAN_INTRO.levelsLead}</p>
      {interventions === undefined ? (
        <Loading />
      ) : (
        <>
          <LevelBlock level="generell" all={interventions} {...levels.generella} />
          <LevelBlock level="specifik" all={interventions} {...levels.specifika} />
          <section
            id={levelAnchor('individinriktad')}
            className="catalogue-level"
            aria-labelledby="insats-individinriktad-rubrik"
          >
            <h3 id="insats-individinriktad-rubrik">{individual.title}</h3>
            <p className="plan-muted">{individual.description}</p>
            <LevelBlock level="indikativ" all={interventions} sub {...individual.forms.indikativ} />
            <LevelBlock
              level="rehabiliterande"
              all={interventions}
              sub
              {...individual.forms.rehabiliterande}
            />
          </section>
        </>
      )}
    </section>
  );
}
