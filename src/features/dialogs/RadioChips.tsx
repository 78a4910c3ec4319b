export interface RadioChipsProps<T extends string> {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
}

/** A group of native radio buttons drawn as large chips (a 44 px touch target each). */
export function RadioChips<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: RadioChipsProps<T>) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label
            key={option.value}
            className={`chip-radio${option.value === value ? ' chip-radio-on' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** `{ value, label }` pairs from a label map, in the order of `values`. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}
