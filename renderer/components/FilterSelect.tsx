export interface FilterOption<T extends string> {
  value: T;
  label: string;
  count: number;
}

export interface FilterSelectProps<T extends string> {
  label: string;
  total: number;
  options: readonly FilterOption<T>[];
  value: T | null;
  onChange(value: T | null): void;
}

/** One filter: "All" plus an option per value, each with the number of claims behind it. */
export function FilterSelect<T extends string>({ label, total, options, value, onChange }: FilterSelectProps<T>) {
  return (
    <label>
      <span>{label}</span>
      <select aria-label={`Filter by ${label.toLowerCase()}`} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">All ({total})</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({option.count})
          </option>
        ))}
      </select>
    </label>
  );
}
