import { ODI_SECTION_MAX, ODI_SECTIONS } from '@outcomes/models';

/** Oswestry disability bands (Fairbank & Pynsent 2000). */
export type OdiBand = 'MINIMAL' | 'MODERATE' | 'SEVERE' | 'CRIPPLING' | 'BED_BOUND';

/** Most sections that may be left unanswered for the questionnaire still to be scored (the common rule). */
export const ODI_MAX_MISSING_SECTIONS = 2;

/** Upper bound (inclusive) of each band but the last, in order. */
const BAND_UPPER_BOUNDS: readonly [number, OdiBand][] = [
  [20, 'MINIMAL'],
  [40, 'MODERATE'],
  [60, 'SEVERE'],
  [80, 'CRIPPLING'],
];

/**
 * Oswestry Disability Index from the 10 section answers (each 0–5, or null when unanswered):
 * score = Σ answered / (5 × number answered) × 100, a percentage 0–100. Up to 2 sections may be
 * missing; with 3 or more missing the questionnaire is not scored and the result is null.
 * Throws RangeError when there are not exactly 10 entries or an answer is not an integer 0–5.
 */
export function odiScore(answers: readonly (number | null)[]): number | null {
  if (answers.length !== ODI_SECTIONS) {
    throw new RangeError(`ODI has ${ODI_SECTIONS} sections, got ${answers.length} answers`);
  }
  const answered = answers.filter((answer): answer is number => answer !== null);
  for (const answer of answered) {
    if (!Number.isInteger(answer) || answer < 0 || answer > ODI_SECTION_MAX) {
      throw new RangeError(`an ODI answer must be an integer 0–${ODI_SECTION_MAX}, got ${answer}`);
    }
  }
  if (ODI_SECTIONS - answered.length > ODI_MAX_MISSING_SECTIONS) {
    return null;
  }
  const sum = answered.reduce((total, answer) => total + answer, 0);
  // Multiply before dividing: one rounding, so whole-number scores (e.g. 20) come out exact.
  return (sum * 100) / (ODI_SECTION_MAX * answered.length);
}

/**
 * Band of an ODI score: 0–20 minimal, over 20 to 40 moderate, over 40 to 60 severe, over 60 to 80
 * crippling, over 80 to 100 bed-bound. Each upper bound belongs to the lower band, so a
 * non-integer score from a questionnaire with missing sections (e.g. 20.5) falls in the higher band.
 * Throws RangeError when the score is outside 0–100.
 */
export function odiBand(score: number): OdiBand {
  if (!(score >= 0 && score <= 100)) {
    throw new RangeError(`an ODI score is 0–100, got ${score}`);
  }
  return BAND_UPPER_BOUNDS.find(([upperBound]) => score <= upperBound)?.[1] ?? 'BED_BOUND';
}
