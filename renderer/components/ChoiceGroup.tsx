/** A labelled radiogroup of native radios: arrow keys and screen readers work as they do everywhere. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  /** The keyboard shortcut, shown beside the label. */
  hint?: string | undefined;
}

export interface ChoiceGroupProps<T extends string> {
  label: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange(value: T): void;
  /** Marks the current value as a suggestion rather than a decision. */
  tentative?: boolean;
  /** The id of text read out with the group (why a value is only tentative). */
  describedBy?: string | undefined;
  className?: string;
}

export function ChoiceGroup<T extends string>({ label, name, choices, value, onChange, tentative, describedBy, className }: ChoiceGroupProps<T>) {
  return (
    <div role="radiogroup" aria-label={label} aria-describedby={describedBy} className={`choice-group ${className ?? ''}`}>
      <span className="choice-group-label" aria-hidden="true">
        {label}
      </span>
      {choices.map((choice) => (
        <label key={choice.value} className={`choice ${value === choice.value ? 'checked' : ''} ${tentative ? 'tentative' : ''}`} data-value={choice.value}>
          <input type="radio" name={name} value={choice.value} aria-label={choice.label} aria-describedby={describedBy} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{choice.label}</span>
          {choice.hint ? <kbd aria-hidden="true">{choice.hint}</kbd> : null}
        </label>
      ))}
    </div>
  );
}
