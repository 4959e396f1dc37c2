import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../../lang';
import { downloadBlob } from './download';
import { canExportSvg } from './drawings';
import { ExportError } from './exportError';
import { type ExportMetadata, exportFileStem } from './exportMetadata';
import { EXPORT_STRINGS } from './exportStrings';
import './exportButtons.css';

export interface ExportButtonsProps {
  /** The figure's `.widget__body` (the drawing), read at click time. */
  body: () => HTMLElement | null;
  /** The export record, built at click time so it holds the parameters and seed of that moment. */
  meta: () => ExportMetadata;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'error'; text: string };

/** How long the drawing must stay unchanged before "can it be SVG?" is asked again (animations change it often). */
const RECHECK_DELAY_MS = 300;

/**
 * Whether the SVG button is offered: checked on mount and again when elements are added or removed in the body (a
 * widget may switch between a canvas and an SVG view). Only this component re-renders, never the widget.
 */
function useSvgAvailable(body: () => HTMLElement | null): boolean {
  const [available, setAvailable] = useState(false);
  const bodyRef = useRef(body);
  bodyRef.current = body;
  useEffect(() => {
    const element = bodyRef.current();
    if (!element) return;
    setAvailable(canExportSvg(element));
    if (typeof MutationObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => setAvailable(canExportSvg(element)), RECHECK_DELAY_MS);
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return available;
}

/**
 * "Save PNG" (every figure: canvas and SVG layers, at 2×) and "Save SVG" (figures drawn entirely in SVG), with a
 * status line that names the saved file or says why nothing was saved. The picture code is loaded on first use, so
 * the chapter pages do not carry it.
 */
export function ExportButtons(props: ExportButtonsProps) {
  const t = useStrings(EXPORT_STRINGS);
  const svgAvailable = useSvgAvailable(props.body);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';
  // A second click before the re-render must not start a second export.
  const working = useRef(false);

  const fail = (error: unknown) => {
    const text =
      error instanceof ExportError
        ? t.failed[error.reason]
        : t.other(error instanceof Error ? error.message : String(error));
    setStatus({ kind: 'error', text });
  };

  const savePng = async () => {
    const body = props.body();
    if (working.current || !body) return;
    working.current = true;
    setStatus({ kind: 'busy' });
    try {
      const meta = props.meta();
      const { composePng } = await import('./composePng');
      const blob = await composePng(body, meta);
      const fileName = `${exportFileStem(meta)}.png`;
      downloadBlob(blob, fileName);
      setStatus({ kind: 'saved', fileName });
    } catch (error) {
      fail(error);
    } finally {
      working.current = false;
    }
  };

  const saveSvg = async () => {
    const body = props.body();
    if (working.current || !body) return;
    // Asked again now: the drawing may have gained a canvas since the button was shown.
    if (!canExportSvg(body)) {
      setStatus({ kind: 'error', text: t.noSvg });
      return;
    }
    working.current = true;
    setStatus({ kind: 'busy' });
    try {
      const meta = props.meta();
      const { svgDocumentOf } = await import('./svgExport');
      const text = svgDocumentOf(body, meta);
      const fileName = `${exportFileStem(meta)}.svg`;
      downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), fileName);
      setStatus({ kind: 'saved', fileName });
    } catch (error) {
      fail(error);
    } finally {
      working.current = false;
    }
  };

  const message =
    status.kind === 'busy'
      ? t.saving
      : status.kind === 'saved'
        ? t.saved(status.fileName)
        : status.kind === 'error'
          ? status.text
          : '';

  return (
    <fieldset className="export-buttons" aria-busy={busy}>
      <legend className="visually-hidden">{t.group}</legend>
      <button type="button" onClick={savePng} aria-disabled={busy}>
        {t.savePng}
      </button>
      {svgAvailable && (
        <button type="button" onClick={saveSvg} aria-disabled={busy}>
          {t.saveSvg}
        </button>
      )}
      <span
        role="status"
        className={
          status.kind === 'error'
            ? 'export-buttons__status export-buttons__status--error'
            : 'export-buttons__status'
        }
      >
        {message}
      </span>
    </fieldset>
  );
}
