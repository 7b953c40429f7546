import { useId, type ReactNode } from 'react';

interface ChipGroupBase<Code extends string> {
  legend: string;
  /** Codes in display order, with their labels. */
  options: ReadonlyArray<{ code: Code; label: string }>;
  error?: string;
  hint?: string;
  /** Id of the group, so a failed submit can move focus to it. */
  id?: string;
}

/** The fieldset every chip group is drawn in: legend, hint and error, tied to it for screen readers. */
function ChipFieldset({ groupId, legend, hint, error, children }: { groupId: string; legend: string; hint?: string; error?: string; children: ReactNode }) {
  const describedBy = [hint ? `${groupId}-hint` : '', error ? `${groupId}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={groupId} className="field chip-field" aria-describedby={describedBy} tabIndex={-1}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${groupId}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${groupId}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export interface MultiChipGroupProps<Code extends string> extends ChipGroupBase<Code> {
  selected: readonly Code[];
  onChange: (next: Code[]) => void;
}

/** Checkboxes drawn as chips: native inputs, so Tab, Space and screen readers work as usual. */
export function MultiChipGroup<Code extends string>({ legend, options, selected, onChange, error, hint, id }: MultiChipGroupProps<Code>) {
  const generated = useId();
  const groupId = id ?? generated;
  function toggle(code: Code, checked: boolean): void {
    // Keep the options' order, whatever order they were ticked in.
    onChange(options.map((option) => option.code).filter((candidate) => (candidate === code ? checked : selected.includes(candidate))));
  }
  return (
    <ChipFieldset groupId={groupId} legend={legend} hint={hint} error={error}>
      <div className="chips">
        {options.map((option) => (
          <label key={option.code} className="chip">
            <input
              type="checkbox"
              checked={selected.includes(option.code)}
              onChange={(event) => toggle(option.code, event.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </ChipFieldset>
  );
}

export interface SingleChipGroupProps<Code extends string> extends ChipGroupBase<Code> {
  selected: Code | null;
  onChange: (next: Code | null) => void;
  /** The label of a "none" choice (null); without it a choice is required. */
  noneLabel?: string;
  /** Large square buttons, for the pain scale. */
  size?: 'normal' | 'large';
}

/** Radio buttons drawn as chips; arrow keys move between them as in any radio group. */
export function SingleChipGroup<Code extends string>({
  legend,
  options,
  selected,
  onChange,
  error,
  hint,
  noneLabel,
  size = 'normal',
  id,
}: SingleChipGroupProps<Code>) {
  const generated = useId();
  const groupId = id ?? generated;
  const chipClass = size === 'large' ? 'chip chip-large' : 'chip';
  return (
    <ChipFieldset groupId={groupId} legend={legend} hint={hint} error={error}>
      <div className={size === 'large' ? 'chips chips-large' : 'chips'}>
        {options.map((option) => (
          <label key={option.code} className={chipClass}>
            <input
              type="radio"
              name={groupId}
              checked={selected === option.code}
              onChange={() => onChange(option.code)}
              aria-invalid={error ? true : undefined}
            />
            <span>{option.label}</span>
          </label>
        ))}
        {noneLabel && (
          <label className={`${chipClass} chip-none`}>
            <input type="radio" name={groupId} checked={selected === null} onChange={() => onChange(null)} />
            <span>{noneLabel}</span>
          </label>
        )}
      </div>
    </ChipFieldset>
  );
}
