import { type ReactNode, useId } from 'react';
import { FRAME_STRINGS } from '../frame/frameStrings';
import { formatNumber, useStrings } from '../lang';
import { useControlLock } from '../state/controlLocks';

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** The step of the value (linear), or of log10 of the value (`scale: 'log'`; default 1/10 of a decade). */
  step?: number;
  onChange: (value: number) => void;
  /** Shown after the value, e.g. "K" or "nm". */
  unit?: string;
  /** 'log': the thumb moves in equal ratios, so ×10 and ÷10 are the same distance either side. */
  scale?: 'linear' | 'log';
  /** Whole numbers only (a count): shown with thousands separators, never in exponent notation. */
  integer?: boolean;
  /** How the value is printed; defaults to 4 significant digits (whole numbers for integer sliders, with
   * thousands separators on a log scale). */
  format?: (value: number) => string;
  /** Longer explanation, read by screen readers after the label. */
  description?: string;
  /** The parameter this slider sets (`data-param`), so the widget contract and tests can find it. */
  param?: string;
}

/**
 * A labelled range slider that shows its value and unit; the browser's own keyboard handling is kept. On a log
 * scale the input's own value is log10 of the quantity; the value shown, announced and reported is the quantity.
 */
export function Slider(props: SliderProps) {
  const id = useId();
  const descriptionId = useId();
  const lockId = useId();
  const lock = useControlLock(props.param);
  const log = props.scale === 'log';
  const format = props.format ?? defaultFormat(props);
  const shown = format(props.value);
  const withUnit = props.unit ? `${shown} ${props.unit}` : shown;
  const clampValue = (v: number) => {
    const rounded = props.integer ? Math.round(v) : log ? Number(v.toPrecision(3)) : v;
    return Math.min(props.max, Math.max(props.min, rounded));
  };
  const position = log ? Math.log10(clampValue(props.value)) : props.value;
  if (lock === 'hidden') return null;
  const describedBy = [props.description && descriptionId, lock === 'locked' && lockId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="control control--slider" data-locked={lock === 'locked' || undefined}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        data-param={props.param}
        min={log ? Math.log10(props.min) : props.min}
        max={log ? Math.log10(props.max) : props.max}
        step={props.step ?? defaultStep(props)}
        value={position}
        aria-valuetext={withUnit}
        aria-describedby={describedBy || undefined}
        disabled={lock === 'locked'}
        onChange={(event) => {
          const next = Number(event.target.value);
          if (!Number.isFinite(next)) return;
          // Three significant digits on a log scale keep the URL readable.
          props.onChange(log ? clampValue(10 ** next) : next);
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
      {lock === 'locked' && <LockedMark id={lockId} />}
    </div>
  );
}

/** "Locked", in words and a padlock, beside a control a locked link froze (never colour or greying alone). */
export function LockedMark(props: { id?: string }) {
  const t = useStrings(FRAME_STRINGS);
  return (
    <span id={props.id} className="control__locked" title={t.lockedExplained}>
      <svg className="control__padlock" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
        <path d="M3 6V4a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <rect x="1" y="6" width="10" height="7.5" rx="1.5" fill="currentColor" />
      </svg>{' '}
      {t.locked}
      <span className="visually-hidden">: {t.lockedExplained}</span>
    </span>
  );
}

/** A tenth of a decade on a log scale, 1 for whole numbers, else a hundredth of the range. */
function defaultStep(props: SliderProps): number {
  if (props.scale === 'log') return 0.1;
  return props.integer ? 1 : (props.max - props.min) / 100;
}

/** Counts on a log scale read 100,000; other whole numbers are shown whole (never rounded to 4 digits). */
function defaultFormat(props: SliderProps): (value: number) => string {
  if (props.integer) return props.scale === 'log' ? formatCount : (v) => String(Math.round(v));
  return (v) => formatNumber(v);
}

/** Whole numbers with thousands separators (100,000), never in exponent notation. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return formatNumber(n);
  return Math.round(n).toLocaleString('en-US');
}

export interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: ReactNode }[];
  onChange: (value: T) => void;
  /** The parameter this choice sets (`data-param`), for tests and the widget contract. */
  param?: string;
}

/** A group of radio buttons (arrow keys move between them, as the platform does). */
export function Choice<T extends string>(props: ChoiceProps<T>) {
  const name = useId();
  const lock = useControlLock(props.param);
  if (lock === 'hidden') return null;
  return (
    <fieldset
      className="control control--choice"
      data-param={props.param}
      data-locked={lock === 'locked' || undefined}
      disabled={lock === 'locked'}
    >
      <legend>
        {props.label}
        {lock === 'locked' && <LockedMark />}
      </legend>
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
  /** The parameter this toggle sets (`data-param`), for tests and the widget contract. */
  param?: string;
}

export function Toggle(props: ToggleProps) {
  const id = useId();
  const lockId = useId();
  const lock = useControlLock(props.param);
  if (lock === 'hidden') return null;
  return (
    <div className="control control--toggle" data-locked={lock === 'locked' || undefined}>
      <input
        id={id}
        type="checkbox"
        data-param={props.param}
        disabled={lock === 'locked'}
        aria-describedby={lock === 'locked' ? lockId : undefined}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {lock === 'locked' && <LockedMark id={lockId} />}
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
