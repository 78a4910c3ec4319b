import { activityValue, showSuggestion, suggestStatus } from '../../shared/indicators';
import type { Activity, FollowUpStatus } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';
import { usePlanView } from './plan-context';
import { StatusLabel } from './StatusLabel';

/** The label of an activity's measure, with the prevention level when interventions are counted by level. */
export function measureLabel(activity: Pick<Activity, 'measure' | 'preventionLevel'>): string {
  const t = sv.plan.indicator.measures;
  const label = t[activity.measure];
  return activity.measure === 'interventions' && activity.preventionLevel
    ? `${label} (${sv.plan.levels[activity.preventionLevel].toLowerCase()})`
    : label;
}

/**
 * The activity's indicator counted live from the log for the chosen year, its target, and the
 * status the count suggests. The suggestion is only a hint: shown while no one has assessed the
 * activity or when the person's status differs; the person's status always counts.
 */
export function IndicatorLine({
  activity,
  status,
}: {
  activity: Activity;
  status: FollowUpStatus | undefined;
}) {
  const { year, indicators } = usePlanView();
  if (activity.measure === 'none') return null;
  const t = sv.plan.indicator;
  const value = indicators ? activityValue(indicators, activity) : null;
  const suggestion = suggestStatus(value, activity.target);
  return (
    <div className="indicator">
      <p className="indicator-value">
        {value === null ? sv.loading : t.value(measureLabel(activity), year, value)}
      </p>
      {activity.target !== null ? (
        <p className="indicator-target">{t.target(activity.target)}</p>
      ) : null}
      {suggestion && showSuggestion(status, suggestion) ? (
        <p className="indicator-suggestion">
          {t.suggestionLead} <StatusLabel status={suggestion} />
          <span className="indicator-hint">{t.suggestionHint}</span>
        </p>
      ) : null}
    </div>
  );
}
