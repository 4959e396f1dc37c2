import { useId, useState } from 'react';
import { useStrings } from '../../lang';
import { SHARE_STRINGS } from './shareStrings';

/** A read-only text (a link, an iframe snippet) with a Copy button that says whether copying worked. */
export function CopyField(props: { label: string; text: string; multiline?: boolean; name: string }) {
  const t = useStrings(SHARE_STRINGS);
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = () =>
    navigator.clipboard
      ?.writeText(props.text)
      .then(() => setStatus(t.copied))
      .catch(() => setStatus(t.copyFailed)) ?? setStatus(t.copyFailed);
  const select = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    event.currentTarget.select();
  return (
    <div className="share__field" data-share={props.name}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea id={id} readOnly rows={3} value={props.text} onFocus={select} spellCheck={false} />
      ) : (
        <input id={id} type="text" readOnly value={props.text} onFocus={select} spellCheck={false} />
      )}
      <button type="button" onClick={copy}>
        {t.copy}
      </button>
      <span role="status" className="share__status">
        {status}
      </span>
    </div>
  );
}
