import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AnimationControls } from '../animation/useAnimation';
import { useVisibility } from '../animation/useVisibility';
import { useStrings } from '../lang';
import { type ControlLocks, ControlLocksContext, NO_LOCKS } from '../state/controlLocks';
import type { ParamNotice, ParamSpecs } from '../state/urlParams';
import { FigureContext } from './FigureContext';
import { useFrameMode } from './frameMode';
import { FRAME_STRINGS } from './frameStrings';
import { commandForKey } from './keyboard';
import { SeedField } from './SeedField';
import { PhoneQr } from './share/PhoneQr';
import { SharePanel } from './share/SharePanel';
import { SHARE_STRINGS } from './share/shareStrings';
import { useFigureLink } from './share/useFigureLink';
import { widgetLink } from './share/widgetLink';
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
  /** The widget's URL state (from frameBindings): the link shared and shown as a QR code, locks, export metadata. */
  state?: FigureState;
}

export interface FigureState {
  specs: ParamSpecs;
  values: Readonly<Record<string, unknown>>;
  locks: ControlLocks;
}

/**
 * The frame every widget of every chapter lives in: title, drawing, controls, seed, caption, keyboard, projector.
 * It owns the glue a widget would otherwise repeat: its id (from the registry), and whether it is on screen, which
 * it tells the animation it is given so the loop runs only while the reader can see it.
 */
export function Figure(props: FigureProps) {
  const t = useStrings(FRAME_STRINGS);
  const shareText = useStrings(SHARE_STRINGS);
  const id = useWidgetId();
  const link = useFigureLink(props.state);
  const [phoneQr, setPhoneQr] = useState(false);
  const figureRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const visible = useVisibility(figureRef);
  const setAnimationVisible = props.animation?.setVisible;
  useEffect(() => setAnimationVisible?.(visible), [setAnimationVisible, visible]);
  const titleId = useId();
  const mode = useFrameMode();
  const [projectorChosen, setProjector] = useState(false);
  // The deck shows every figure as on a projector; it owns full screen itself.
  const projector = mode === 'deck' || projectorChosen;

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
        if (mode === 'deck') return;
        if (projector) leaveProjector();
        else enterProjector();
        break;
      case 'leave-projector':
        if (!projectorChosen) return;
        leaveProjector();
        break;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const { animation, seed, notices } = props;
  const TitleTag = mode === 'embed' ? 'h1' : 'div';
  // The QR code carries the figure's own locks, so a student's phone opens what the screen shows.
  const phoneLink =
    link && projector && phoneQr ? widgetLink({ ...link, locks: props.state?.locks }) : undefined;

  return (
    <FigureContext.Provider value={{ projector, visible }}>
      <ControlLocksContext.Provider value={props.state?.locks ?? NO_LOCKS}>
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
            {/* Alone in an embed, the figure is the page, so its title is the page's heading. */}
            <TitleTag className="widget__title" id={titleId}>
              {props.title}
            </TitleTag>
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
            {link && <SharePanel link={link} figureRef={figureRef} bodyRef={bodyRef} title={props.title} />}
            {link && projector && (
              <button
                type="button"
                className="widget__phone-button"
                aria-pressed={phoneQr}
                onClick={() => setPhoneQr((shown) => !shown)}
              >
                {phoneQr ? shareText.phoneHide : shareText.phone}
              </button>
            )}
            {mode !== 'deck' && (
              <button
                type="button"
                className="widget__projector-button"
                aria-pressed={projector}
                onClick={projector ? leaveProjector : enterProjector}
              >
                {projector ? t.leaveProjector : t.projector}
              </button>
            )}
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

          {phoneLink && <PhoneQr link={phoneLink} />}

          <div className="widget__body" ref={bodyRef}>
            {props.children}
          </div>

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
            {seed && (
              <SeedField label={t.seed} newLabel={t.newSeed} invalidMessage={t.seedInvalid} {...seed} />
            )}
          </fieldset>

          <figcaption>{props.caption}</figcaption>
        </figure>
      </ControlLocksContext.Provider>
    </FigureContext.Provider>
  );
}
