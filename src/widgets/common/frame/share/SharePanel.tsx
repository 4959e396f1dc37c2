import { type RefObject, useId, useState } from 'react';
import { useStrings } from '../../lang';
import type { ControlLocks } from '../../state/controlLocks';
import { ExportButtons } from '../export/ExportButtons';
import { CopyField } from './CopyField';
import { exportRecord } from './exportRecord';
import { QrCode } from './QrCode';
import { SHARE_STRINGS } from './shareStrings';
import { type WidgetLinkInput, widgetLink } from './widgetLink';

type LockState = 'free' | 'locked' | 'hidden';

/**
 * The instructor's share panel: the link to the figure as it is set now, its picture as PNG or SVG for slides
 * (export/), which controls students may change (locked links, controlLocks.ts), the QR code and the iframe snippet
 * of the same link. The locks chosen here apply
 * to the link only, never to the figure on the instructor's own screen.
 */
export function SharePanel(props: {
  link: WidgetLinkInput;
  figureRef: RefObject<HTMLElement | null>;
  bodyRef: RefObject<HTMLElement | null>;
  title: string;
}) {
  const t = useStrings(SHARE_STRINGS);
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<Record<string, LockState>>({});
  const params = open ? lockableParams(props.figureRef.current, props.link.specs) : [];
  const locks: ControlLocks = {
    locked: new Set(params.filter((name) => choices[name] === 'locked')),
    hidden: new Set(params.filter((name) => choices[name] === 'hidden')),
  };
  const chapterLink = widgetLink({ ...props.link, locks });
  const embedLink = widgetLink({ ...props.link, place: { kind: 'embed' }, locks });
  const height = Math.round(props.figureRef.current?.getBoundingClientRect().height ?? 600);
  const snippet = `<iframe src="${embedLink}" title="${props.title.replaceAll('"', '&quot;')}" width="100%" height="${height}" loading="lazy"></iframe>`;

  return (
    <details className="widget__share" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.share}</summary>
      {open && (
        <div className="share">
          <CopyField name="link" label={t.link} text={chapterLink} />
          <ExportButtons
            body={() => props.bodyRef.current}
            meta={() => exportRecord({ ...props.link, locks }, props.title)}
          />
          {params.length > 0 && (
            <fieldset className="share__locks">
              <legend>{t.forStudents}</legend>
              <p className="share__help">{t.forStudentsHelp}</p>
              {params.map((name) => (
                <LockChoice
                  key={name}
                  label={controlLabel(props.figureRef.current, name)}
                  value={choices[name] ?? 'free'}
                  onChange={(value) => setChoices((previous) => ({ ...previous, [name]: value }))}
                  param={name}
                />
              ))}
            </fieldset>
          )}
          <QrCode className="share__qr" text={chapterLink} label={t.qrLabel} />
          <CopyField name="embed" label={t.embed} text={snippet} multiline />
          <p className="share__help">{t.embedHelp}</p>
        </div>
      )}
    </details>
  );
}

function LockChoice(props: {
  label: string;
  param: string;
  value: LockState;
  onChange: (value: LockState) => void;
}) {
  const t = useStrings(SHARE_STRINGS);
  const id = useId();
  return (
    <div className="share__lock">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        data-lock-param={props.param}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as LockState)}
      >
        {(['free', 'locked', 'hidden'] as const).map((state) => (
          <option key={state} value={state}>
            {t.lockStates[state]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The parameters whose controls can be locked: those drawn with the kit's Slider, Choice, Toggle or the seed field
 * (they carry `data-param` and honour the locks). A parameter set some other way (a drag, a table cell) is left out,
 * rather than offered as a lock that would not show as one.
 */
function lockableParams(figure: HTMLElement | null, specs: Record<string, unknown>): string[] {
  const names = new Set<string>();
  for (const control of figure?.querySelectorAll<HTMLElement>('.widget__controls [data-param]') ?? []) {
    const name = control.dataset.param;
    if (name && Object.hasOwn(specs, name)) names.add(name);
  }
  return [...names];
}

/** The label the reader sees on the control of a parameter (its slider, choice or toggle), else its name. */
function controlLabel(figure: HTMLElement | null, param: string): string {
  // Parameter names are identifiers (the widgets' tables), so they need no escaping in the selector.
  const control = /^[\w-]+$/.test(param)
    ? figure?.querySelector<HTMLElement>(`.widget__controls [data-param="${param}"]`)
    : null;
  if (!control) return param;
  if (control instanceof HTMLFieldSetElement)
    return control.querySelector('legend')?.firstChild?.textContent?.trim() || param;
  const label = control instanceof HTMLInputElement ? control.labels?.[0] : null;
  return label?.textContent?.trim() || param;
}
