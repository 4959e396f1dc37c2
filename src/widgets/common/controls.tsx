import { type ReactNode, useId } from 'react';
import { formatNumber } from './lang';

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** Shown after the value, e.g. "K" or "nm". */
  unit?: string;
  /** How the value is printed; defaults to 4 significant digits. */
  format?: (value: number) => string;
  /** Longer explanation, read by screen readers after the label. */
  description?: string;
}

/** A labelled range slider that shows its value and unit; the browser's own keyboard handling is kept. */
export function Slider(props: SliderProps) {
  const id = useId();
  const descriptionId = useId();
  const shown = props.format ? props.format(props.value) : formatNumber(props.value);
  const withUnit = props.unit ? `${shown} ${props.unit}` : shown;
  return (
    <div className="control control--slider">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={withUnit}
        aria-describedby={props.description ? descriptionId : undefined}
        onChange={(event) => {
          const next = Number(event.target.value);
          if (Number.isFinite(next)) props.onChange(next);
        }}
      />
      <output htmlFor={id} className="control__value">
        {withUnit}
      </output>
      {props.description && (
        <span id={descriptionId} className="visually-hidden">
          {props.description}
        </span>
      )}
    </div>
  );
}

export interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: ReactNode }[];
  onChange: (value: T) => void;
}

/** A group of radio buttons (arrow keys move between them, as the platform does). */
export function Choice<T extends string>(props: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="control control--choice">
      <legend>{props.label}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle(props: ToggleProps) {
  const id = useId();
  return (
    <div className="control control--toggle">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A message shown at the field when the current text is not usable (and announced). */
  error?: string;
  maxLength?: number;
  placeholder?: string;
  wide?: boolean;
}

/** A labelled text field with its error message beside it. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const errorId = useId();
  return (
    <div className={props.wide ? 'control control--text control--wide' : 'control control--text'}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error && (
        <span id={errorId} className="field-error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** A row of key figures under a plot; announced politely to screen readers when they change. */
export function Readout(props: { items: readonly { label: ReactNode; value: ReactNode; title?: string }[] }) {
  return (
    <dl className="readout" aria-live="polite">
      {props.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed per widget
        <div key={index} title={item.title}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
