/** The exercise components a chapter's MDX imports: `import { Exercise, NumericAnswer, … } from '…/exercises';` */
export { ChoiceAnswer } from './ChoiceAnswer';
export { Exercise } from './Exercise';
export { NumericAnswer } from './NumericAnswer';
export { WidgetAnswer } from './WidgetAnswer';
