import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { GLOSSARY, type GlossaryTerm, TERM_TIP_ID } from '../../content/glossary';
import type { Lang } from '../widgets/common/lang';

/**
 * The glossary's definitions in a chapter: one tooltip element and one set of delegated listeners for every term
 * the build marked (`<dfn class="term" data-term="…" tabindex="0" aria-describedby="term-tip">`, see
 * scripts/mdx/rehypeGlossaryTerms.ts). Shown on hover and on keyboard focus, hidden by Esc, by leaving the term
 * (the pointer may move onto the tooltip itself, WCAG 1.4.13) or by moving focus. Plain DOM rather than React:
 * the text must be in place in the same task as the focus, so a screen reader reads it as the term's description.
 * Loaded lazily by src/book/useReadingAids.ts.
 */

const BY_ID = new Map<string, GlossaryTerm>(GLOSSARY.map((term) => [term.id, term]));

function termOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest<HTMLElement>('.term[data-term]') ?? null) : null;
}

/** "配分函数（partition function）" / "partition function (配分函数)", then the definition. */
function fill(tip: HTMLElement, term: GlossaryTerm, lang: Lang): void {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const name = document.createElement('strong');
  name.textContent = term[lang].term;
  const otherName = document.createElement('span');
  otherName.lang = other === 'zh' ? 'zh-Hans' : 'en';
  otherName.textContent = term[other].term;
  const open = lang === 'zh' ? '（' : ' (';
  const close = lang === 'zh' ? '）：' : '): ';
  tip.replaceChildren(name, open, otherName, close, term[lang].definition);
}

export function installTermTips(lang: Lang): () => void {
  const tip = document.createElement('div');
  tip.id = TERM_TIP_ID;
  tip.className = 'term-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);

  let anchor: HTMLElement | null = null;
  let stopFollowing: (() => void) | undefined;

  const place = () => {
    const current = anchor;
    if (!current) return;
    computePosition(current, tip, {
      placement: 'top',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      // Through the CSSOM, which the Content-Security-Policy allows (style attributes in markup it refuses).
      if (anchor === current) Object.assign(tip.style, { left: `${x}px`, top: `${y}px` });
    });
  };

  const show = (element: HTMLElement) => {
    const term = BY_ID.get(element.dataset.term ?? '');
    if (!term) return;
    if (anchor === element && !tip.hidden) return;
    stopFollowing?.();
    anchor = element;
    fill(tip, term, lang);
    tip.hidden = false;
    stopFollowing = autoUpdate(element, tip, place);
  };

  const hide = () => {
    stopFollowing?.();
    stopFollowing = undefined;
    anchor = null;
    tip.hidden = true;
  };

  const onPointerOver = (event: PointerEvent) => {
    const element = termOf(event.target);
    if (element) show(element);
  };
  const onPointerOut = (event: PointerEvent) => {
    if (!anchor) return;
    const to = event.relatedTarget;
    if (to instanceof Node && (anchor.contains(to) || tip.contains(to))) return;
    if (document.activeElement === anchor) return;
    if (termOf(event.target) === anchor || tip.contains(event.target as Node)) hide();
  };
  const onFocusIn = (event: FocusEvent) => {
    const element = termOf(event.target);
    if (element) show(element);
    else if (anchor) hide();
  };
  const onFocusOut = (event: FocusEvent) => {
    if (
      termOf(event.target) === anchor &&
      !(event.relatedTarget instanceof Node && tip.contains(event.relatedTarget))
    )
      hide();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !tip.hidden) {
      hide();
      event.stopPropagation();
    }
  };

  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('keydown', onKeyDown);
  // If the pointer is already on a term when this loads, or focus already sits on one.
  const focused = termOf(document.activeElement);
  if (focused) show(focused);

  return () => {
    hide();
    document.removeEventListener('pointerover', onPointerOver);
    document.removeEventListener('pointerout', onPointerOut);
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('focusout', onFocusOut);
    document.removeEventListener('keydown', onKeyDown);
    tip.remove();
  };
}
