import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Lang } from '../widgets/common/languages';
import { highlightWhenReady } from './highlightInPage';
import { markSpans, type SnippetPart, snippet } from './match';
import { loadSearchEngine, type SearchEngine, type SearchHit } from './searchEngine';
import { SEARCH_STRINGS } from './strings';
import './search.css';

/** Characters of context per result: a Chinese character carries about as much as an English word. */
const SNIPPET_LENGTH: Record<Lang, number> = { en: 160, zh: 70 };

export interface SearchDialogProps {
  lang: Lang;
  /** `went`: the reader chose a result (focus then moves to it rather than back). */
  onClose: (went: boolean) => void;
}

/**
 * The search dialog: a modal `<dialog>` (the browser keeps focus inside and makes the page behind it inert) with a
 * combobox and its list of results (WAI-ARIA combobox pattern: focus stays in the field, ↑/↓ move the active
 * result, Enter goes there, Esc closes).
 */
export function SearchDialog({ lang, onClose: done }: SearchDialogProps) {
  const t = SEARCH_STRINGS[lang];
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    // The field, not the first button, gets focus: the reader opened search to type.
    inputRef.current?.focus();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    let current = true;
    loadSearchEngine(lang).then(
      (loaded) => current && setEngine(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [lang]);

  // Closed before the parent moves focus: the page behind an open modal dialog is inert and cannot take it.
  const onClose = (went: boolean) => {
    dialogRef.current?.close();
    done(went);
  };

  const hits = useMemo(() => engine?.search(query) ?? [], [engine, query]);
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-result-${index}`;
  const activeIndex = Math.min(active, hits.length - 1);

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(`${id}-result-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  const go = (hit: SearchHit) => {
    highlightWhenReady({ path: hit.document.path, target: hit.document.target, lang, needles: hit.needles });
    onClose(true);
    navigate(hit.document.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // A search field's own Esc would only clear it: one Esc closes, as everywhere else in the dialog.
      event.preventDefault();
      onClose(false);
      return;
    }
    if (hits.length === 0) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive((activeIndex + moves[event.key] + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(hits[activeIndex]);
    }
  };

  const status = failed
    ? t.failed
    : !engine
      ? t.loading
      : query.trim() === ''
        ? t.instructions
        : hits.length === 0
          ? t.none
          : t.count(hits.length);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click is on the backdrop; the keyboard's way out is Esc (onCancel)
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        // Esc: close through React, so focus goes back where it was.
        event.preventDefault();
        onClose(false);
      }}
      onClick={(event) => {
        // A click on the backdrop (outside the dialog's box) closes it.
        if (event.target === event.currentTarget) onClose(false);
      }}
    >
      <div className="search-dialog__box">
        <div className="search-dialog__top">
          <h2 id={`${id}-title`} className="search-dialog__title">
            {t.title}
          </h2>
          <button type="button" onClick={() => onClose(false)}>
            {t.close}
          </button>
        </div>
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {t.inputLabel}
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="search-dialog__input"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-status`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t.placeholder}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-status`} className="search-dialog__status" role="status">
          {status}
        </p>
        <div id={listId} role="listbox" aria-label={t.results} className="search-dialog__results">
          {hits.map((hit, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard chooses results in the combobox field (aria-activedescendant)
            <div
              key={hit.document.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              tabIndex={-1}
              className="search-hit"
              onClick={() => go(hit)}
              onPointerMove={() => index !== activeIndex && setActive(index)}
            >
              <span className="search-hit__group">{hit.document.group}</span>
              <span className="search-hit__title">
                <Marked parts={markSpans(hit.document.title, hit.titleSpans)} />
              </span>
              <span className="search-hit__snippet">
                <Marked parts={snippet(hit.document.text, hit.textSpans, SNIPPET_LENGTH[lang])} />
              </span>
            </div>
          ))}
        </div>
      </div>
    </dialog>
  );
}

function Marked(props: { parts: SnippetPart[] }) {
  return props.parts.map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order
    part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
}
