import { defineStrings } from '../../common/lang';
import type { Observation } from './model';

type Person = 'you' | 'roommate' | 'colleague';

/** The cold widget's words. Tests import these labels, so renaming one here cannot break a test. */
export const COLD_STRINGS = defineStrings({
  en: {
    title: 'Who catches the cold',
    caption:
      'You meet your roommate and your colleague; they never meet each other. Each table is a clique potential φ ≥ 0 (healthy = 1, sick = 0): a bigger entry makes that pair of states more likely together, but no entry is a probability. The bars are P(h_y, h_r, h_c), the product of the two tables divided by Z. Click a person (or focus them and press Enter) to observe them healthy, then sick, then not at all: the bars become the conditional distribution.',
    person: { you: 'You', roommate: 'Roommate', colleague: 'Colleague' } satisfies Record<Person, string>,
    symbol: { you: 'h_y', roommate: 'h_r', colleague: 'h_c' } satisfies Record<Person, string>,
    observation: (o: Observation): string => (o === null ? 'not observed' : o === 1 ? 'healthy' : 'sick'),
    personButton: (name: string, o: Observation) =>
      `${name}: ${o === null ? 'not observed' : o === 1 ? 'observed healthy' : 'observed sick'}. Press to change.`,
    graphTitle: 'The three people: you in the middle, linked to your colleague and to your roommate.',
    tableYC: 'φ(h_y, h_c): you and your colleague',
    tableYR: 'φ(h_y, h_r): you and your roommate',
    entryLabel: (first: string, a: number, second: string, b: number) =>
      `φ(${first} = ${a}, ${second} = ${b})`,
    entryErrors: {
      empty: 'Enter a number: an empty entry is not a potential.',
      notANumber: 'Not a number: enter a value such as 2 or 0.5.',
      negative: 'A potential cannot be negative (φ ≥ 0).',
      tooLarge: 'At most 1000000 here, so the products stay exact.',
    },
    kept: (value: string) => `still using ${value}`,
    Z: 'Z (sum of p̃ over all 8 states)',
    Zevidence: 'Σ p̃ over the states that match what is observed',
    zeroZ:
      'Every state has p̃ = 0, so Z = 0: these tables define no probability distribution at all. Make at least one product of entries positive.',
    impossibleEvidence:
      'What you observed has p̃ = 0 in every state that matches it: under these tables it cannot happen, so there is no conditional distribution.',
    barsLabel: (observed: boolean): string =>
      observed
        ? 'Bar chart of the conditional probability of each of the 8 states given the observations.'
        : 'Bar chart of the probability of each of the 8 states.',
    yAxis: (observed: boolean): string => (observed ? 'P(state | observed)' : 'P(state)'),
    xAxis: 'state (h_y h_r h_c)',
    stateTable: 'Every state',
    stateColumn: 'h_y h_r h_c',
    unnormalisedColumn: 'p̃',
    probabilityColumn: (observed: boolean): string => (observed ? 'P(· | observed)' : 'P'),
    lessonTitle: 'Does the colleague tell us anything about the roommate?',
    givenYou: (hy: number) => `Given you (h_y = ${hy}):`,
    givenNothing: 'You not observed:',
    roommateGiven: (condition: string) => `P(h_r = 1 | ${condition})`,
    undefinedConditional: 'undefined (that condition has probability 0)',
    sameVerdict: 'the same for both values of h_c: given you, the colleague tells nothing more.',
    differentVerdict: 'different: without knowing about you, the colleague is evidence about the roommate.',
    equalVerdictUnobserved: 'equal here: with these tables, h_c carries no information about h_r.',
  },
  zh: {
    title: '谁会得感冒',
    caption:
      '你会见到室友和同事，但他们两人互不见面。每张表都是一个团势能 φ ≥ 0（健康 = 1，生病 = 0）：某个取值组合的数越大，这两人一起处于这组状态的可能性就越大，但表里的数都不是概率。柱子表示 P(h_y, h_r, h_c)，即两张表的乘积再除以 Z。点击某个人（或用键盘选中后按 Enter）即可观测他：依次为“健康”“生病”“不观测”，柱状图随之变成条件分布。',
    person: { you: '你', roommate: '室友', colleague: '同事' } satisfies Record<Person, string>,
    symbol: { you: 'h_y', roommate: 'h_r', colleague: 'h_c' } satisfies Record<Person, string>,
    observation: (o: Observation) => (o === null ? '未观测' : o === 1 ? '健康' : '生病'),
    personButton: (name: string, o: Observation) =>
      `${name}：${o === null ? '未观测' : o === 1 ? '观测为健康' : '观测为生病'}。按下可切换。`,
    graphTitle: '三个人：你在中间，分别与同事和室友相连。',
    tableYC: 'φ(h_y, h_c)：你和同事',
    tableYR: 'φ(h_y, h_r)：你和室友',
    entryLabel: (first: string, a: number, second: string, b: number) =>
      `φ(${first} = ${a}, ${second} = ${b})`,
    entryErrors: {
      empty: '请输入一个数：空着的格子不是势能。',
      notANumber: '这不是一个数：请输入 2 或 0.5 这样的值。',
      negative: '势能不能为负（φ ≥ 0）。',
      tooLarge: '这里最大只能填 1000000，以保证乘积精确。',
    },
    kept: (value: string) => `仍使用 ${value}`,
    Z: 'Z（全部 8 个状态的 p̃ 之和）',
    Zevidence: '与观测一致的状态的 p̃ 之和',
    zeroZ: '所有状态的 p̃ 都是 0，所以 Z = 0：这两张表根本定义不出概率分布。请让至少一个乘积为正。',
    impossibleEvidence:
      '与你的观测一致的每个状态 p̃ 都是 0：在这两张表下这种观测不可能出现，因此不存在条件分布。',
    barsLabel: (observed: boolean) =>
      observed ? '柱状图：给定观测时 8 个状态各自的条件概率。' : '柱状图：8 个状态各自的概率。',
    yAxis: (observed: boolean) => (observed ? 'P(状态 | 观测)' : 'P(状态)'),
    xAxis: '状态（h_y h_r h_c）',
    stateTable: '全部状态',
    stateColumn: 'h_y h_r h_c',
    unnormalisedColumn: 'p̃',
    probabilityColumn: (observed: boolean) => (observed ? 'P(· | 观测)' : 'P'),
    lessonTitle: '同事的情况能告诉我们室友的什么吗？',
    givenYou: (hy: number) => `已知你的状态（h_y = ${hy}）：`,
    givenNothing: '不观测你：',
    roommateGiven: (condition: string) => `P(h_r = 1 | ${condition})`,
    undefinedConditional: '无定义（该条件的概率为 0）',
    sameVerdict: '对 h_c 的两个取值都相同：知道了你的状态，同事不再提供任何关于室友的信息。',
    differentVerdict: '不同：在不知道你的状态时，同事的情况是关于室友的证据。',
    equalVerdictUnobserved: '这里恰好相等：在这两张表下，h_c 不含关于 h_r 的信息。',
  },
});
