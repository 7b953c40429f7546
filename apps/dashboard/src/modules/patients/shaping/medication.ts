import { NonOpioidClass } from '@outcomes/models';
import { thinRows } from '../../charts/limits';

export interface MedicationReportInput {
  reportDate: string;
  dayIndex: number;
  dailyMme: number;
  nonOpioids: ReadonlyArray<{ drugClass: NonOpioidClass; dosesPerWeek: number }>;
}

export interface MedicationPoint {
  x: number;
  label: string;
  /** Opioids, morphine milligram equivalents per day. */
  dailyMme: number;
  /** Non-opioid analgesic doses per week, by class (0 when the class was not reported). */
  nonOpioid: Readonly<Record<NonOpioidClass, number>>;
  /** All non-opioid classes together, doses per week. */
  nonOpioidTotal: number;
}

const NO_DOSES: Readonly<Record<NonOpioidClass, number>> = {
  [NonOpioidClass.NSAID]: 0,
  [NonOpioidClass.ACETAMINOPHEN]: 0,
  [NonOpioidClass.GABAPENTINOID]: 0,
  [NonOpioidClass.MUSCLE_RELAXANT]: 0,
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** One row per medication report, in date order. */
export function medicationRows(reports: readonly MedicationReportInput[]): MedicationPoint[] {
  const ordered = [...reports].sort((a, b) => a.dayIndex - b.dayIndex);
  return thinRows(
    ordered.map((report) => {
      const nonOpioid = { ...NO_DOSES };
      for (const doses of report.nonOpioids) nonOpioid[doses.drugClass] += doses.dosesPerWeek;
      const total = Object.values(nonOpioid).reduce((sum, value) => sum + value, 0);
      return {
        x: report.dayIndex,
        label: report.reportDate,
        dailyMme: round2(report.dailyMme),
        nonOpioid,
        nonOpioidTotal: round2(total),
      };
    }),
  );
}

/** The non-opioid classes that appear in any report, so the chart draws no empty series. */
export function reportedNonOpioidClasses(rows: readonly MedicationPoint[]): NonOpioidClass[] {
  return (Object.keys(NO_DOSES) as NonOpioidClass[]).filter((drugClass) => rows.some((row) => row.nonOpioid[drugClass] > 0));
}

/**
 * Change in opioid use from the first report to the last, as a fraction (−0.4 = 40 % less).
 * Null with fewer than two reports or a first report without opioids.
 */
export function mmeChange(rows: readonly MedicationPoint[]): number | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || rows.length < 2 || first.dailyMme === 0) return null;
  return (last.dailyMme - first.dailyMme) / first.dailyMme;
}
