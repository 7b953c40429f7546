import { odiBand, type OdiBand } from '@outcomes/metrics';

export interface OdiMeasureInput {
  id: string;
  measuredOn: string;
  dayIndex: number;
  score: number;
}

export interface OdiRow {
  id: string;
  measuredOn: string;
  dayIndex: number;
  score: number;
  band: string;
  /** Points since the first questionnaire of the episode; null on the first. */
  changeFromFirst: number | null;
}

export const ODI_BAND_LABELS: Readonly<Record<OdiBand, string>> = {
  MINIMAL: 'Minimal disability (0–20)',
  MODERATE: 'Moderate disability (21–40)',
  SEVERE: 'Severe disability (41–60)',
  CRIPPLING: 'Crippling back pain (61–80)',
  BED_BOUND: 'Bed-bound or exaggerating (81–100)',
};

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** ODI scores in date order with their band and the change from the first. */
export function odiRows(measures: readonly OdiMeasureInput[]): OdiRow[] {
  const ordered = [...measures].sort((a, b) => a.dayIndex - b.dayIndex);
  const first = ordered[0];
  return ordered.map((measure, index) => ({
    id: measure.id,
    measuredOn: measure.measuredOn,
    dayIndex: measure.dayIndex,
    score: round1(measure.score),
    band: ODI_BAND_LABELS[odiBand(measure.score)],
    changeFromFirst: index === 0 || !first ? null : round1(measure.score - first.score),
  }));
}
