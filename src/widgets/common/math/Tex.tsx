import { useEffect, useRef, useState } from 'react';
import { loadKatex, typeset } from './renderTex';

export interface TexProps {
  /** The formula, in TeX (KaTeX's subset). */
  tex: string;
  /** A displayed formula (centred, on its own line) rather than one in running text. */
  display?: boolean;
  /** Shown until KaTeX has arrived, and if it cannot be fetched: the formula in plain words or symbols. */
  fallback: string;
  testId?: string;
}

/**
 * A formula that changes at run time, typeset by KaTeX fetched on first use. Until then (and if the fetch fails) the
 * fallback text stands in, so the widget never shows raw TeX and never waits on the formula to be usable.
 */
export function Tex(props: TexProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const [ready, setReady] = useState(false);
  const { tex, display = false } = props;

  useEffect(() => {
    let current = true;
    loadKatex().then(
      (katex) => {
        const element = ref.current;
        if (!current || !element) return;
        element.replaceChildren(typeset(katex, tex, display));
        setReady(true);
      },
      () => undefined, // the fallback stays
    );
    return () => {
      current = false;
    };
  }, [tex, display]);

  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      className={display ? 'tex tex--display' : 'tex'}
      data-testid={props.testId}
      data-typeset={ready ? 'yes' : 'no'}
    >
      <span ref={ref} hidden={!ready} />
      {!ready && <span className="tex__fallback">{props.fallback}</span>}
    </Tag>
  );
}
