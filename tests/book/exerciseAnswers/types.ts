/**
 * A chapter's answer computations: for each exercise id and numeric part, a function that computes the answer
 * from the core, a closed form or enumeration (never by restating the number in the MDX).
 */
export type AnswerComputations = Record<string, Record<string, () => number>>;
