import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AnimationControls } from '../animation/useAnimation';
import { useVisibility } from '../animation/useVisibility';
import { useStrings } from '../lang';
import type { ParamNotice } from '../state/urlParams';
import { FigureContext } from './FigureContext';
import { FRAME_STRINGS } from './frameStrings';
import { commandForKey } from './keyboard';
import { useWidgetId } from './widgetId';

export interface FigureProps {
  title: string;
  caption: ReactNode;
  /** The drawing (SVG or canvas), plus any readouts that belong next to it. */
  children: ReactNode;
  /** Sliders, toggles and fields; the frame adds play/step/reset and the seed. */
  controls?: ReactNode;
  /** Present for animated widgets: shows play/pause and step, and binds Space and →. */
  animation?: AnimationControls;
  /** What R and the Reset button do: back to t = 0 for an animation (same seed, same run). */
  onReset?: () => void;
  seed?: { value: number; onChange: (seed: number) => void; onNew: () => void };
  notices?: ParamNotice[];
  onDismissNotices?: () => void;
}

/**
 * The frame every widget of every chapter lives in: title, drawing, controls, seed, caption, keyboard, projector.
 * It owns the glue a widget would otherwise repeat: its id (from the registry), and whether it is on screen, which
 * it tells the animation it is given so the loop runs only while the reader can see it.
 */
export function Figure(props: FigureProps) {
  const t = useStrings(FRAME_STRINGS);
  const id = useWidgetId();
  const figureRef = useRef<HTMLElement>(null);
  const visible = useVisibility(figureRef);
  const setAnimationVisible = props.animation?.setVisible;
  useEffect(() => setAnimationVisible?.(visible), [setAnimationVisible, visible]);
  const titleId = useId();
  const [projector, setProjector] = useState(false);

  const enterProjector = useCallback(() => {
    const figure = figureRef.current;
    setProjector(true);
    // The CSS class alone already shows the figure alone on screen; the Fullscreen API, where allowed, also hides
    // the browser's own chrome.
    if (figure?.requestFullscreen && !document.fullscreenElement) {
      figure.requestFullscreen().catch(() => undefined);
    }
  }, []);

  const leaveProjector = useCallback(() => {
    setProjector(false);
    if (document.fullscreenElement && document.exitFullscreen)
      document.exitFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    // Leaving native full screen (Esc handled by the browser) leaves projector mode too.
    const sync = () => {
      if (!document.fullscreenElement) setProjector(false);
    };
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const command = commandForKey({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      targetTag: target.tagName,
      targetType: (target as HTMLInputElement).type,
      targetEditable: target.isContentEditable,
    });
    if (!command) return;
    switch (command) {
      case 'toggle-play':
        if (!props.animation) return;
        props.animation.toggle();
        break;
      case 'step':
        if (!props.animation) return;
        props.animation.stepOnce();
        break;
      case 'reset':
        if (!props.onReset) return;
        props.onReset();
        break;
      case 'projector':
        if (projector) leaveProjector();
        else enterProjector();
        break;
      case 'leave-projector':
        if (!projector) return;
        leaveProjector();
        break;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const { animation, seed, notices } = props;

  return (
    <FigureContext.Provider value={{ projector, visible }}>
      <figure
        ref={figureRef}
        data-widget={id}
        data-projector={projector ? 'on' : 'off'}
        className={projector ? 'widget widget--projector' : 'widget'}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the figure takes focus so its keyboard shortcuts work
        tabIndex={0}
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <div className="widget__header">
          <div className="widget__title" id={titleId}>
            {props.title}
          </div>
          <details className="widget__keys">
            <summary>{t.keys}</summary>
            <dl>
              {t.keyList.map(([key, action]) => (
                <div key={key}>
                  <dt>
                    <kbd>{key}</kbd>
                  </dt>
                  <dd>{action}</dd>
                </div>
              ))}
            </dl>
          </details>
          <button
            type="button"
            className="widget__projector-button"
            aria-pressed={projector}
            onClick={projector ? leaveProjector : enterProjector}
          >
            {projector ? t.leaveProjector : t.projector}
          </button>
        </div>

        {notices && notices.length > 0 && (
          <div className="widget__notice" role="status">
            <p>{t.noticeIntro}</p>
            <ul>
              {notices.map((notice) => (
                <li key={notice.param}>
                  <code>
                    {notice.param} = {notice.raw}
                  </code>{' '}
                  {t.reasons[notice.reason]} → <code>{notice.used}</code>
                </li>
              ))}
            </ul>
            {props.onDismissNotices && (
              <button type="button" onClick={props.onDismissNotices}>
                {t.dismiss}
              </button>
            )}
          </div>
        )}

        <div className="widget__body">{props.children}</div>

        <fieldset className="widget__controls">
          <legend className="visually-hidden">{t.controls}</legend>
          {(animation || props.onReset) && (
            <div className="widget__transport">
              {animation && (
                <button type="button" onClick={animation.toggle} aria-pressed={animation.playing}>
                  {animation.playing ? t.pause : t.play}
                </button>
              )}
              {animation && (
                <button type="button" onClick={animation.stepOnce}>
                  {t.step}
                </button>
              )}
              {props.onReset && (
                <button type="button" onClick={props.onReset}>
                  {t.reset}
                </button>
              )}
            </div>
          )}
          {props.controls}
          {seed && <SeedField label={t.seed} newLabel={t.newSeed} invalidMessage={t.seedInvalid} {...seed} />}
        </fieldset>

        <figcaption>{props.caption}</figcaption>
      </figure>
    </FigureContext.Provider>
  );
}

function SeedField(props: {
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
  useEffect(() => setText(String(props.value)), [props.value]);
  const commit = () => {
    const parsed = Number(text);
    const valid = /^\d{1,10}$/.test(text.trim()) && parsed <= 4294967295;
    setInvalid(!valid);
    if (valid) props.onChange(parsed);
  };
  return (
    <div className="widget__seed">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        size={8}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <button type="button" onClick={props.onNew}>
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
