import { useEffect, useId, useState } from 'react';
import { LockedMark } from '../inputs/controls';
import { useControlLock } from '../state/controlLocks';

/**
 * The seed of a random widget, typed or drawn afresh; a seed a locked link froze is shown but fixed, and a hidden
 * one is not shown.
 */
export function SeedField(props: {
  label: string;
  newLabel: string;
  invalidMessage: string;
  value: number;
  onChange: (seed: number) => void;
  onNew: () => void;
}) {
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState(String(props.value));
  const [invalid, setInvalid] = useState(false);
  const lock = useControlLock('seed');
  useEffect(() => setText(String(props.value)), [props.value]);
  const commit = () => {
    const parsed = Number(text);
    const valid = /^\d{1,10}$/.test(text.trim()) && parsed <= 4294967295;
    setInvalid(!valid);
    if (valid) props.onChange(parsed);
  };
  if (lock === 'hidden') return null;
  const locked = lock === 'locked';
  return (
    <div className="widget__seed" data-locked={locked || undefined}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        size={8}
        data-param="seed"
        readOnly={locked}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {locked && <LockedMark />}
      <button type="button" onClick={props.onNew} disabled={locked}>
        {props.newLabel}
      </button>
      {invalid && (
        <span id={errorId} className="field-error" role="alert">
          {props.invalidMessage}
        </span>
      )}
    </div>
  );
}
