import { OVERDUE_GRACE_DAYS } from '@outcomes/models';
import { describeValueCounts, toValueCounts } from './value-counts';

const MS_PER_DAY = 86_400_000;
const DAYS_PER_WEEK = 7;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whole days from `startDate` to `sessionDate` (calendar dates 'YYYY-MM-DD', counted in UTC so
 * daylight-saving changes cannot shift them): 0 on the start day, negative before it.
 * Throws RangeError on a malformed or impossible date (e.g. '2024-02-30').
 */
export function dayIndex(startDate: string, sessionDate: string): number {
  return Math.round((utcMidnight(sessionDate) - utcMidnight(startDate)) / MS_PER_DAY);
}

/**
 * Week of the episode a day falls in: floor(daysSinceStart / 7), where daysSinceStart is a
 * {@link dayIndex}; days 0–6 are week 0, days 7–13 week 1, day −1 week −1. Throws RangeError when
 * daysSinceStart is not an integer.
 */
export function weekIndex(daysSinceStart: number): number {
  if (!Number.isInteger(daysSinceStart)) {
    throw new RangeError(`the day index must be an integer, got ${daysSinceStart}`);
  }
  return Math.floor(daysSinceStart / DAYS_PER_WEEK);
}

/**
 * Typical spacing of an episode's sessions: the median of the gaps between consecutive sessions,
 * in days, after sorting the session day indexes ascending (two sessions on one day make a gap of 0;
 * an even number of gaps gives the mean of the two middle gaps). Null with fewer than 2 sessions.
 */
export function medianGapDays(sessionDayIndexes: readonly number[]): number | null {
  const days = [...sessionDayIndexes].sort((a, b) => a - b);
  const gaps = days.slice(1).map((day, i) => day - days[i]);
  return describeValueCounts(toValueCounts(gaps)).median;
}

/**
 * Whether a patient is overdue on `today`: days since the last session > plannedGapDays +
 * OVERDUE_GRACE_DAYS (3). With a weekly plan (7 days) a patient last seen 10 days ago is not
 * overdue, 11 days ago is. Dates are 'YYYY-MM-DD', compared in UTC.
 */
export function isOverdue(lastSessionDate: string, today: string, plannedGapDays: number): boolean {
  assertGap(plannedGapDays);
  return dayIndex(lastSessionDate, today) > plannedGapDays + OVERDUE_GRACE_DAYS;
}

/** The planned date of the next session: lastSessionDate + plannedGapDays, as 'YYYY-MM-DD' (UTC). */
export function nextDueDate(lastSessionDate: string, plannedGapDays: number): string {
  assertGap(plannedGapDays);
  return addDays(lastSessionDate, plannedGapDays);
}

/**
 * The same rule as {@link isOverdue} in the form a database query needs: a patient is overdue on
 * `today` exactly when the last session date is before today − (plannedGapDays + 3).
 */
export function overdueCutoff(today: string, plannedGapDays: number): string {
  assertGap(plannedGapDays);
  return addDays(today, -(plannedGapDays + OVERDUE_GRACE_DAYS));
}

/** A calendar date moved by whole days, 'YYYY-MM-DD' in UTC. */
export function addDays(isoDate: string, days: number): string {
  return new Date(utcMidnight(isoDate) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

function utcMidnight(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) {
    throw new RangeError(`expected a date as YYYY-MM-DD, got '${isoDate}'`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`'${isoDate}' is not a calendar date`);
  }
  return time;
}

function assertGap(plannedGapDays: number): void {
  if (!Number.isInteger(plannedGapDays) || plannedGapDays < 1) {
    throw new RangeError(`plannedGapDays must be a positive integer, got ${plannedGapDays}`);
  }
}
