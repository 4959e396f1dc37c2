import { type ComponentType, useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../widgets/common/languages';
import type { SearchDialogProps } from './SearchDialog';
import { isSearchShortcut } from './shortcut';
import { SEARCH_STRINGS } from './strings';
import './searchButton.css';

type Dialog = ComponentType<SearchDialogProps>;

let dialogModule: Promise<Dialog> | undefined;

/** The dialog and MiniSearch are a chunk of their own, fetched when the reader first reaches for search. */
function loadDialog(): Promise<Dialog> {
  dialogModule ??= import('./SearchDialog').then((module) => module.SearchDialog);
  dialogModule.catch(() => {
    dialogModule = undefined;
  });
  return dialogModule;
}

/**
 * The header's Search button, and the `/` and Ctrl+K shortcuts anywhere in the book. Only this small piece ships
 * with the page; the dialog, the search library and each language's index load on first use.
 */
export function SearchButton(props: { lang: Lang }) {
  const t = SEARCH_STRINGS[props.lang];
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [Dialog, setDialog] = useState<Dialog>();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);

  const show = useCallback(() => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setFailed(false);
    loadDialog().then(
      (loaded) => {
        setDialog(() => loaded);
        setOpen(true);
      },
      () => setFailed(true),
    );
  }, []);

  useEffect(() => {
    if (open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isSearchShortcut(event)) return;
      event.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, show]);

  /** Back to where the reader was, unless they went to a result (the page then moves focus there itself). */
  const close = useCallback((went: boolean) => {
    setOpen(false);
    if (went) return;
    const previous = returnFocus.current;
    (previous?.isConnected ? previous : buttonRef.current)?.focus({ preventScroll: true });
  }, []);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="search-button"
        aria-label={t.button}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K"
        title={t.shortcut}
        onClick={show}
        onPointerEnter={() => void loadDialog().catch(() => undefined)}
      >
        {t.button}
        <kbd className="search-button__key">/</kbd>
      </button>
      {failed && (
        <span role="alert" className="search-button__failed">
          {t.failed}
        </span>
      )}
      {open && Dialog && <Dialog lang={props.lang} onClose={close} />}
    </>
  );
}
