import type { Lang } from '../lang';

/** The frame's own words; widgets bring theirs. */
export const FRAME_STRINGS: Record<
  Lang,
  {
    play: string;
    pause: string;
    step: string;
    reset: string;
    seed: string;
    newSeed: string;
    seedInvalid: string;
    projector: string;
    leaveProjector: string;
    keys: string;
    keyList: [string, string][];
    controls: string;
    dismiss: string;
    noticeIntro: string;
    reasons: Record<string, string>;
    /** Beside a control a locked link froze. */
    locked: string;
    lockedExplained: string;
  }
> = {
  en: {
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    seed: 'Seed',
    newSeed: 'New seed',
    seedInvalid: 'A seed is a whole number from 0 to 4294967295; the previous seed is kept.',
    projector: 'Projector mode',
    leaveProjector: 'Leave projector mode',
    keys: 'Keyboard shortcuts',
    keyList: [
      ['Space', 'play / pause'],
      ['→', 'one step'],
      ['R', 'reset'],
      ['F', 'projector mode (full screen)'],
      ['Esc', 'leave projector mode'],
    ],
    controls: 'Controls',
    dismiss: 'Dismiss',
    noticeIntro: 'The link asked for values this figure cannot use:',
    locked: 'Locked',
    lockedExplained: 'The link you opened fixes this control; open the chapter afresh to change it.',
    reasons: {
      'not-a-number': 'is not a number',
      'below-minimum': 'is below the smallest allowed value',
      'above-maximum': 'is above the largest allowed value',
      'not-an-option': 'is not one of the options',
      'too-long': 'is too long',
      'not-boolean': 'is not on/off',
      'bad-entries': 'cannot be used and were dropped',
      'unknown-control': 'names no control of this figure and was ignored',
    },
  },
  zh: {
    play: '播放',
    pause: '暂停',
    step: '单步',
    reset: '重置',
    seed: '随机种子',
    newSeed: '换一个种子',
    seedInvalid: '种子须为 0 到 4294967295 之间的整数；仍沿用原来的种子。',
    projector: '投影模式',
    leaveProjector: '退出投影模式',
    keys: '键盘快捷键',
    keyList: [
      ['空格', '播放 / 暂停'],
      ['→', '前进一步'],
      ['R', '重置'],
      ['F', '投影模式（全屏）'],
      ['Esc', '退出投影模式'],
    ],
    controls: '控件',
    dismiss: '知道了',
    noticeIntro: '链接中的以下取值无法直接使用：',
    locked: '已锁定',
    lockedExplained: '你打开的链接固定了这个控件；若要修改，请重新打开本章。',
    reasons: {
      'not-a-number': '不是数字',
      'below-minimum': '小于允许的最小值',
      'above-maximum': '大于允许的最大值',
      'not-an-option': '不在可选项中',
      'too-long': '过长',
      'not-boolean': '不是开/关',
      'bad-entries': '无法使用，已舍去',
      'unknown-control': '不是本图的控件，已忽略',
    },
  },
};
