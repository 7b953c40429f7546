import { weekIndex } from '@outcomes/metrics';
import { PAIN_MCID_FRACTION, PAIN_MCID_POINTS } from '@outcomes/models';
import { addDays } from '../../clinical/dates';
import { thinRows } from '../../charts/limits';

/** What the trajectory needs of a session (the generated query type has more). */
export interface SessionPain {
  sessionDate: string;
  dayIndex: number;
  painBefore: number;
  painAfter?: number | null;
}

/** By session date, or by week since the episode started (week 0 = days 0–6, as the API counts). */
export type TrajectoryScale = 'date' | 'week';

export interface PainPoint {
  /** Day index (by date) or week index (by week): the numeric x position. */
  x: number;
  /** The date, or "Week n", for the table and the tooltip. */
  label: string;
  /** Pre-session NPRS; by week, the mean of the week's sessions. */
  painBefore: number;
  /** Post-session NPRS; by week, the mean of the week's recorded values; null when none recorded. */
  painAfter: number | null;
  sessions: number;
}

export interface PainThresholds {
  /** The first pre-session score of the episode. */
  baseline: number;
  /** baseline − 2: the minimal clinically important change in points. */
  mcidPoints: number;
  /** 70 % of baseline: a 30 % reduction. */
  thirtyPercent: number;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const round1 = (value: number): number => Math.round(value * 10) / 10;

function byDay(sessions: readonly SessionPain[]): SessionPain[] {
  return [...sessions].sort((a, b) => a.dayIndex - b.dayIndex || a.sessionDate.localeCompare(b.sessionDate));
}

/**
 * The episode's pain course as chart rows. By date: one row per session at its day index. By
 * week: one row per week with sessions, means rounded to one decimal.
 */
export function painTrajectoryRows(sessions: readonly SessionPain[], scale: TrajectoryScale): PainPoint[] {
  const ordered = byDay(sessions);
  if (scale === 'date') {
    return thinRows(
      ordered.map((session) => ({
        x: session.dayIndex,
        label: session.sessionDate,
        painBefore: session.painBefore,
        painAfter: session.painAfter ?? null,
        sessions: 1,
      })),
    );
  }
  const weeks = new Map<number, SessionPain[]>();
  for (const session of ordered) {
    const week = weekIndex(session.dayIndex);
    weeks.set(week, [...(weeks.get(week) ?? []), session]);
  }
  return thinRows(
    [...weeks.entries()].map(([week, inWeek]) => {
      const after = inWeek.flatMap((session) => (session.painAfter == null ? [] : [session.painAfter]));
      return {
        x: week,
        label: `Week ${week}`,
        painBefore: round1(mean(inWeek.map((session) => session.painBefore))),
        painAfter: after.length > 0 ? round1(mean(after)) : null,
        sessions: inWeek.length,
      };
    }),
  );
}

/** The reference lines: null before the first session. */
export function painThresholds(sessions: readonly SessionPain[]): PainThresholds | null {
  const first = byDay(sessions)[0];
  if (!first) return null;
  const baseline = first.painBefore;
  return {
    baseline,
    mcidPoints: baseline - PAIN_MCID_POINTS,
    thirtyPercent: round1(baseline * (1 - PAIN_MCID_FRACTION)),
  };
}

/** The x axis tick text: the calendar date of a day index, or "Wk n". */
export function trajectoryTick(scale: TrajectoryScale, startDate: string, x: number): string {
  return scale === 'date' ? addDays(startDate, x) : `Wk ${x}`;
}
