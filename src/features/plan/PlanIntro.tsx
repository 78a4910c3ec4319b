import { PLAN_INTRO } from '../../shared/seed/plan-data';
import { sv } from '../../lib/strings/for/plan';
import { CATALOGUE_ANCHOR } from './anchors';

/** The plan's purpose (folded) and a link to its prevention levels and interventions. */
export function PlanIntro() {
  return (
    <div className="plan-intro">
      <details>
        <summary>{sv.plan.intro.purpose}</summary>
        <p className="plan-intro-title">{PLAN_INTRO.title}</p>
        {PLAN_INTRO.purpose.split('\n\n').map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
      </details>
      <p>
        <a href={`#${CATALOGUE_ANCHOR}`}>{sv.plan.intro.levelsLink}</a>
      </p>
    </div>
  );
}
