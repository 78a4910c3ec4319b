import type { FollowUpHistoryItem } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/plan';
import { formatInstant } from './format';
import { StatusLabel } from './StatusLabel';

/** Earlier values of a follow-up, newest first, each with who set it and when. */
export function FollowUpHistory({ history }: { history: readonly FollowUpHistoryItem[] }) {
  const t = sv.plan.followUp;
  return (
    <details className="follow-up-history">
      <summary>{t.history(history.length)}</summary>
      <ol>
        {[...history].reverse().map((item, index) => (
          <li key={`${item.at}-${index}`}>
            <StatusLabel status={item.status} />
            <span className="follow-up-meta">
              {' '}
              – {t.historyItem(item.by || sv.plan.unknownActor, formatInstant(item.at))}
            </span>
            <p>{item.comment || t.noComment}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
