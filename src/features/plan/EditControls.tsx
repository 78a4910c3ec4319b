import { Button } from '../../ui';
import { sv } from '../../lib/strings/for/plan';

/** Edit, move up, move down and delete for one item of the plan, each named for the item. */
export function EditControls({
  name,
  onEdit,
  onMove,
  onRemove,
  first,
  last,
}: {
  name: string;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  first: boolean;
  last: boolean;
}) {
  const t = sv.plan.edit;
  return (
    <div className="row edit-controls">
      <Button aria-label={t.editNamed(name)} onClick={onEdit}>
        {sv.edit}
      </Button>
      <Button aria-label={t.moveUp(name)} unavailable={first} onClick={() => onMove(-1)}>
        <span aria-hidden="true">↑</span> {t.up}
      </Button>
      <Button aria-label={t.moveDown(name)} unavailable={last} onClick={() => onMove(1)}>
        <span aria-hidden="true">↓</span> {t.down}
      </Button>
      <Button variant="danger" aria-label={t.remove(name)} onClick={onRemove}>
        {sv.delete}
      </Button>
    </div>
  );
}
