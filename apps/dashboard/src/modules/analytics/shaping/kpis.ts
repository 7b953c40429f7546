import { SUPPRESSED_TEXT, formatPercent, formatWithInterval } from '../format';
import type { CohortOutcome } from './cohortCharts';

export interface KpiTile {
  id: string;
  label: string;
  value: string;
  detail: string;
}

const count = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : String(value));

/** The headline figures of a set of episodes, honest about who is counted and who is not. */
export function kpiTiles(total: CohortOutcome, openRedFlags: number | null | undefined): KpiTile[] {
  if (total.suppressed) {
    return [{ id: 'episodes', label: 'Episodes', value: SUPPRESSED_TEXT, detail: 'Too few episodes match this filter to show figures.' }];
  }
  const excluded = (total.excludedLowBaseline ?? 0) + (total.excludedSingleSession ?? 0);
  const tiles: KpiTile[] = [
    {
      id: 'episodes',
      label: 'Episodes',
      value: count(total.episodes),
      detail: `${count(total.active)} active · ${count(total.discharged)} discharged · ${count(total.droppedOut)} dropped out`,
    },
    {
      id: 'responders',
      label: 'Responders (≥ 30 % and ≥ 2 points)',
      value: formatPercent(total.responderRate),
      detail: `${count(total.responders)} of ${count(total.eligible)} eligible; ${excluded} not eligible (baseline below 2 or a single session), drop-outs included`,
    },
    {
      id: 'substantial',
      label: 'Substantial (≥ 50 %)',
      value: formatPercent(total.substantialRate),
      detail: `${count(total.substantialResponders)} of ${count(total.eligible)} eligible`,
    },
    {
      id: 'pain-change',
      label: 'Mean pain change (NPRS points)',
      value: formatWithInterval(total.painChange?.mean, null, null),
      detail:
        total.painChange?.ciLow != null && total.painChange.ciHigh != null
          ? `95 % CI ${formatWithInterval(total.painChange.ciLow, null, null)} to ${formatWithInterval(total.painChange.ciHigh, null, null)}, n = ${total.painChange.n}`
          : `n = ${count(total.painChange?.n)}`,
    },
    {
      id: 'failure-to-progress',
      label: 'Failure to progress',
      value: formatPercent(total.failureToProgressRate),
      detail: `${count(total.failureToProgress)} not responding after 4 or more sessions`,
    },
    {
      id: 'overdue',
      label: 'Overdue',
      value: count(total.overdue),
      detail: 'Active episodes past their planned visit + 3 days',
    },
  ];
  if (openRedFlags !== null && openRedFlags !== undefined) {
    tiles.push({ id: 'red-flags', label: 'Open red flags', value: String(openRedFlags), detail: 'Alerts waiting for a referral' });
  }
  return tiles;
}
