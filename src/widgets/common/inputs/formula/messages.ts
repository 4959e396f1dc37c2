/** FormulaError → a sentence the reader can act on, in English or Chinese. */

import { formatNumber, type Lang } from '../../lang';
import type { ForbiddenConstruct, FormulaError } from './errors';
import { FUNCTIONS } from './whitelist';

const FUNCTION_LIST = Object.keys(FUNCTIONS).join(', ');

const CONSTRUCTS: Record<Lang, Record<ForbiddenConstruct, string>> = {
  en: {
    'property-access': 'property access (a.b, a[…])',
    assignment: 'assignment (=)',
    'function-definition': 'defining functions',
    matrix: 'matrices and lists ([…])',
    object: 'objects ({…})',
    string: 'text in quotes',
    condition: 'conditions (a ? b : c)',
    range: 'ranges (a:b)',
    'several-expressions': 'several expressions (;)',
    comparison: 'comparisons (==, <, >)',
    other: 'this construct',
  },
  zh: {
    'property-access': '属性访问（a.b、a[…]）',
    assignment: '赋值(=)',
    'function-definition': '定义函数',
    matrix: '矩阵和列表([…])',
    object: '对象({…})',
    string: '引号中的文本',
    condition: '条件表达式(a ? b : c)',
    range: '区间(a:b)',
    'several-expressions': '多个表达式(;)',
    comparison: '比较（==、<、>）',
    other: '这种写法',
  },
};

function at(x: number, y: number | undefined): string {
  return y === undefined
    ? `x = ${formatNumber(x, 4)}`
    : `(x, y) = (${formatNumber(x, 4)}, ${formatNumber(y, 4)})`;
}

export function formulaMessage(error: FormulaError, lang: Lang): string {
  const en = lang === 'en';
  switch (error.code) {
    case 'empty':
      return en ? 'Type a formula.' : '请输入一个公式。';
    case 'too-long':
      return en
        ? `Too long: ${error.length} characters (at most ${error.max}).`
        : `太长了：${error.length} 个字符(最多 ${error.max} 个)。`;
    case 'too-deep':
      return en ? `Nested too deeply (at most ${error.max} levels).` : `嵌套太深(最多 ${error.max} 层)。`;
    case 'too-many-nodes':
      return en ? `Too complicated (at most ${error.max} terms).` : `公式太复杂(最多 ${error.max} 项)。`;
    case 'syntax':
      return en
        ? `Cannot read the formula${error.position !== null ? ` near character ${error.position}` : ''}.`
        : `无法解析公式${error.position !== null ? `(第 ${error.position} 个字符附近)` : ''}。`;
    case 'forbidden':
      return en
        ? `Not allowed: ${CONSTRUCTS.en[error.construct]}. Use numbers, variables, + − * / ^ and ( ).`
        : `不允许：${CONSTRUCTS.zh[error.construct]}。只能使用数字、变量、+ − * / ^ 和括号。`;
    case 'unknown-symbol':
      return en
        ? `Unknown name “${error.name}”: use ${error.allowed.join(', ')}.`
        : `未知名称“${error.name}”：只能使用 ${error.allowed.join('、')}。`;
    case 'function-as-symbol':
      return en
        ? `${error.name} is a function: write ${error.name}(…).`
        : `${error.name} 是函数，请写成 ${error.name}(…)。`;
    case 'unknown-function':
      return en
        ? `Unknown function “${error.name}”. Allowed: ${FUNCTION_LIST}.`
        : `未知函数“${error.name}”。可用的函数：${FUNCTION_LIST}。`;
    case 'wrong-arity':
      return en
        ? `${error.name} takes ${error.expected} argument(s), got ${error.got}.`
        : `${error.name} 需要 ${error.expected} 个参数，实际给了 ${error.got} 个。`;
    case 'operator':
      return en
        ? `The operator “${error.op}” is not allowed: use + − * / ^.`
        : `不允许使用运算符“${error.op}”：只能使用 + − * / ^。`;
    case 'implicit-multiplication':
      return en ? 'Write multiplication with *, e.g. 2*x.' : '乘法请写出 *，例如 2*x。';
    case 'bad-number':
      return en ? 'A number in the formula is too large.' : '公式中的某个数太大了。';
    case 'negative':
      return en
        ? `Negative at ${at(error.x, error.y)} (value ${formatNumber(error.value, 3)}): a density must be ≥ 0.`
        : `在 ${at(error.x, error.y)} 处为负(值 ${formatNumber(error.value, 3)})：密度必须 ≥ 0。`;
    case 'not-finite':
      return en
        ? `Not a finite number at ${at(error.x, error.y)} (division by zero, log of ≤ 0, overflow…).`
        : `在 ${at(error.x, error.y)} 处不是有限的数（除以零、对非正数取对数、溢出……）。`;
    case 'all-zero':
      return en ? 'The formula is 0 everywhere on the plotted range.' : '该公式在绘图范围内处处为 0。';
    case 'bad-value-while-sampling':
      return en
        ? `Negative or not finite at ${at(error.x, error.y)}, between grid points; treated as 0 there.`
        : `在网格点之间的 ${at(error.x, error.y)} 处为负或不是有限的数；该处按 0 处理。`;
  }
}
