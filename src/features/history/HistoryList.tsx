import { formatHistoryTime, historyFieldLabel } from '../../lib/history-values';
import { sv } from '../../lib/strings/for/history';
import { ChangeValue } from './ChangeValue';
import type { HistoryGroup } from './group-history';

function who(group: HistoryGroup): string {
  const t = sv.history;
  const device = group.kind === 'pending' ? (group.deviceName ?? t.thisDevice) : group.deviceName;
  return t.who(group.actor ?? t.unknownPerson, device ?? t.unknownDevice);
}

function GroupItem({
  group,
  table,
  number,
}: {
  group: HistoryGroup;
  table: string;
  /** Its place in the list (1 is the newest), as screen readers count the list's items. */
  number: number;
}) {
  const t = sv.history;
  if (group.kind === 'create') {
    return (
      <li className="card history-item">
        <p className="history-meta">
          <time dateTime={group.at}>{formatHistoryTime(group.at)}</time>
          <span>{who(group)}</span>
        </p>
        <p className="card-title">{t.created}</p>
      </li>
    );
  }
  if (group.kind === 'redaction') {
    return (
      <li className="card history-item history-redaction">
        <p className="history-meta">
          <time dateTime={group.at}>{formatHistoryTime(group.at)}</time>
        </p>
        {group.changes.map((c) => (
          <p key={c.field} className="card-title">
            {t.redacted(historyFieldLabel(table, c.field), who(group))}
          </p>
        ))}
      </li>
    );
  }
  return (
    <li className={`card history-item${group.kind === 'pending' ? ' history-pending' : ''}`}>
      <p className="history-meta">
        <time dateTime={group.at}>{formatHistoryTime(group.at)}</time>
        <span>{who(group)}</span>
        {group.kind === 'pending' ? <span className="history-badge">{t.notSynced}</span> : null}
      </p>
      <ul className="history-changes">
        {group.changes.map((c) => {
          const fieldLabel = historyFieldLabel(table, c.field);
          const context = (side: string) => t.valueContext(fieldLabel, side, number);
          return (
            <li key={c.field}>
              <p className="history-field">{fieldLabel}</p>
              {c.locked ? (
                <p className="history-locked">{t.locked}</p>
              ) : (
                <div className="history-diff">
                  <ChangeValue
                    label={t.from}
                    value={c.oldValue}
                    field={c.field}
                    context={context(t.from)}
                  />
                  <span aria-hidden="true" className="history-arrow">
                    →
                  </span>
                  <ChangeValue
                    label={t.to}
                    value={c.newValue}
                    field={c.field}
                    context={context(t.to)}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** The record's changes, newest first; pending local changes on top, marked "Inte synkad än". */
export function HistoryList({ groups, table }: { groups: HistoryGroup[]; table: string }) {
  return (
    <ol className="card-list history-list" aria-label={sv.history.count(groups.length)}>
      {groups.map((group, i) => (
        <GroupItem key={group.key} group={group} table={table} number={i + 1} />
      ))}
    </ol>
  );
}
