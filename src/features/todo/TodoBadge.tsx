import { sv } from '../../lib/strings/for/todo';
import { useTodoCount } from './use-todo';

/** The number of things to do, for the navigation. Loaded lazily with the data core. */
export default function TodoBadge() {
  const count = useTodoCount();
  if (!count) return null;
  return (
    <span className="badge" aria-label={sv.todo.badge(count)}>
      {count}
    </span>
  );
}
