export { maxPoints } from './max-points';
export { questionPoints, type QuestionPoints, type QuestionStatus } from './question-points';
export { roundScore } from './round';
export { scoreAnswers, type AreaResult, type ScoreResult } from './score';
