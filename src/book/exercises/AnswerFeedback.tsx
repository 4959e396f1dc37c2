import { useLang } from '../../widgets/common/lang';
import { EXERCISE_UI } from './strings';

/** Right or wrong in words and symbols (never colour alone), with the hint for the typical wrong answer. */
export function AnswerFeedback(props: { verdict?: 'right' | 'wrong' | 'invalid'; wrongHint?: string }) {
  const t = EXERCISE_UI[useLang()];
  const { verdict, wrongHint } = props;
  return (
    <p className="exercise__feedback" role="status" data-verdict={verdict} data-testid="answer-feedback">
      {verdict === 'right' && t.right}
      {verdict === 'wrong' && (
        <>
          {t.wrong}
          {wrongHint && <span className="exercise__hint"> {wrongHint}</span>}
        </>
      )}
      {verdict === 'invalid' && t.notANumber}
    </p>
  );
}
