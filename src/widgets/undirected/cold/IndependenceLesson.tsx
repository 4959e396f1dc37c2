import { formatNumber, useStrings } from '../../common/lang';
import { type ColdEvidence, type PairTable, roommateHealthyGiven } from './model';
import { COLD_STRINGS } from './strings';

/** Equal up to rounding in the last bits (the two conditionals are computed by different sums). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The independence lesson in numbers: given h_y, P(h_r = 1 | h_y, h_c) is the same for both values of h_c; with h_y
 * unobserved, P(h_r = 1 | h_c) usually differs between them.
 */
export function IndependenceLesson(props: { yc: PairTable; yr: PairTable; evidence: ColdEvidence }) {
  const t = useStrings(COLD_STRINGS);
  const show = (p: number | null) => (p === null ? t.undefinedConditional : formatNumber(p, 4));
  const youValues: (0 | 1)[] = props.evidence.you === null ? [1, 0] : [props.evidence.you];
  const unobserved = ([0, 1] as const).map((c) => roommateHealthyGiven(props.yc, props.yr, { colleague: c }));
  const [u0, u1] = unobserved;
  return (
    <section className="cold-lesson" data-testid="cold-lesson" aria-live="polite">
      <p className="cold-lesson__title">{t.lessonTitle}</p>
      {youValues.map((you) => {
        const [p0, p1] = ([0, 1] as const).map((c) =>
          roommateHealthyGiven(props.yc, props.yr, { you, colleague: c }),
        );
        return (
          <p key={you} data-testid={`cold-given-you-${you}`}>
            {t.givenYou(you)} {t.roommateGiven(`h_y = ${you}, h_c = 0`)} = <b>{show(p0)}</b>,{' '}
            {t.roommateGiven(`h_y = ${you}, h_c = 1`)} = <b>{show(p1)}</b>
            {p0 !== null && p1 !== null && same(p0, p1) ? ` — ${t.sameVerdict}` : ''}
          </p>
        );
      })}
      <p data-testid="cold-given-nothing">
        {t.givenNothing} {t.roommateGiven('h_c = 0')} = <b>{show(u0)}</b>, {t.roommateGiven('h_c = 1')} ={' '}
        <b>{show(u1)}</b>
        {u0 !== null && u1 !== null
          ? ` — ${same(u0, u1) ? t.equalVerdictUnobserved : t.differentVerdict}`
          : ''}
      </p>
    </section>
  );
}
