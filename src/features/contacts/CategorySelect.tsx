import type { ContactCategory } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/contacts';
import { CATEGORY_GROUPS } from './groups';

/** The category, offered under the same headings the list uses. */
export function CategorySelect({
  value,
  onChange,
  ...props
}: {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  value: ContactCategory;
  onChange: (category: ContactCategory) => void;
}) {
  const t = sv.contacts;
  return (
    <select {...props} value={value} onChange={(e) => onChange(e.target.value as ContactCategory)}>
      {CATEGORY_GROUPS.map(({ key, categories }) =>
        categories.length === 1 ? (
          <option key={key} value={categories[0]}>
            {t.groups[key]}
          </option>
        ) : (
          <optgroup key={key} label={t.groups[key]}>
            {categories.map((category) => (
              <option key={category} value={category}>
                {t.categories[category]}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </select>
  );
}
