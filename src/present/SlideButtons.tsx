import type { PRESENT_STRINGS } from './strings';

/** ← Previous and Next →, the same in the deck and in the notes window (either moves both, over the channel). */
export function SlideButtons(props: {
  t: (typeof PRESENT_STRINGS)['en'];
  index: number;
  go: (index: number) => void;
}) {
  const { t, index, go } = props;
  return (
    <>
      <button type="button" onClick={() => go(index - 1)}>
        ← {t.previous}
      </button>
      <button type="button" onClick={() => go(index + 1)}>
        {t.next} →
      </button>
    </>
  );
}
