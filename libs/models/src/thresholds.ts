/** Published thresholds the figures follow (shared/DOMAIN.md gives the sources). */

/** NPRS is an integer from 0 (no pain) to 10 (worst imaginable). LOINC 72514-3. */
export const PAIN_MIN = 0;
export const PAIN_MAX = 10;

/** Minimal clinically important change in NPRS: 2 points and 30 % (Farrar 2001; Childs 2005). */
export const PAIN_MCID_POINTS = 2;
export const PAIN_MCID_FRACTION = 0.3;
/** IMMPACT (Dworkin 2008): >= 50 % is a substantial improvement. */
export const PAIN_SUBSTANTIAL_FRACTION = 0.5;
/** A baseline below this cannot show a 2-point improvement; such episodes are reported apart. */
export const PAIN_MIN_RESPONSIVE_BASELINE = 2;
/** Failure to progress: this many sessions or more and still not a responder. */
export const FAILURE_TO_PROGRESS_SESSIONS = 4;

/** ODI MCID: 10 points or 30 % (Ostelo 2008). */
export const ODI_MCID_POINTS = 10;
export const ODI_MCID_FRACTION = 0.3;
export const ODI_SECTIONS = 10;
export const ODI_SECTION_MAX = 5;

/** The field's headline: massage patients reduced pain-medication intake by about a third. */
export const MEDICATION_REDUCTION_BENCHMARK = 0.33;

/** Product rule: a patient is overdue when the last session is older than the planned gap plus this. */
export const OVERDUE_GRACE_DAYS = 3;

/** CMS cell-size policy: any researcher-facing aggregate with n <= this is suppressed. */
export const SMALL_CELL_MAX = 10;
/** Default k for k-anonymity in research exports. */
export const DEFAULT_K_ANONYMITY = 5;

/** Session length bounds in minutes, a product rule against typos. */
export const SESSION_MINUTES_MIN = 5;
export const SESSION_MINUTES_MAX = 240;
