import type { Lang } from '../../widgets/common/lang';

/** The exercises' words in both languages (the contents page's count is in solvedCounts.ts). */
export const EXERCISE_UI: Record<
  Lang,
  {
    exercise: string;
    solved: string;
    answer: string;
    check: string;
    right: string;
    wrong: string;
    notANumber: string;
    within: (tolerance: string, unit?: string) => string;
    exact: string;
    pickOne: string;
    widgetTask: string;
    widgetDone: string;
    widgetNotYet: string;
    widgetNow: (readout: string) => string;
  }
> = {
  en: {
    exercise: 'Exercise',
    solved: '✓ Solved',
    answer: 'Your answer',
    check: 'Check',
    right: '✓ Right.',
    wrong: '✗ Not quite.',
    notANumber: 'Type a number, such as 0.582, 1.8e19 or 3/4.',
    within: (tolerance, unit) => `Counted right within ±${tolerance}${unit ? ` ${unit}` : ''}.`,
    exact: 'Only the exact value counts.',
    pickOne: 'Pick one answer, then check it.',
    widgetTask: 'Set the widget',
    widgetDone: '✓ Right: the widget is set.',
    widgetNotYet: '○ Not yet: move the widget’s controls above.',
    widgetNow: (readout) => `The widget now: ${readout}.`,
  },
  zh: {
    exercise: '练习',
    solved: '✓ 已解出',
    answer: '你的答案',
    check: '检查',
    right: '✓ 正确。',
    wrong: '✗ 不太对。',
    notANumber: '请输入一个数，例如 0.582、1.8e19 或 3/4。',
    within: (tolerance, unit) => `误差在 ±${tolerance}${unit ? ` ${unit}` : ''} 以内即算正确。`,
    exact: '只有精确值才算正确。',
    pickOne: '选一个答案，再点“检查”。',
    widgetTask: '调节交互图',
    widgetDone: '✓ 正确：交互图已调好。',
    widgetNotYet: '○ 还没有：请调节上方交互图的控件。',
    widgetNow: (readout) => `交互图当前：${readout}。`,
  },
};
