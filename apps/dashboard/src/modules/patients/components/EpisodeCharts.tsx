import { useId, useMemo, type ReactNode } from 'react';
import { formatDate } from '../../clinical/dates';
import { NON_OPIOID_LABELS } from '../../clinical/labels';
import { ChartFrame, type ChartStatus } from '../../charts/ChartFrame';
import type { ChartColumn } from '../../charts/ChartTable';
import type { PatientEpisode } from '../hooks/usePatientDetail';
import { medicationRows, mmeChange, reportedNonOpioidClasses, type MedicationPoint } from '../shaping/medication';
import { painThresholds, painTrajectoryRows, type PainPoint, type TrajectoryScale } from '../shaping/painTrajectory';
import { MedicationChart } from './MedicationChart';
import { PainTrajectoryChart } from './PainTrajectoryChart';

const READY: ChartStatus = { loading: false, errorMessage: null };

export interface PainTrajectorySectionProps {
  episode: PatientEpisode;
  scale: TrajectoryScale;
  onScaleChange: (scale: TrajectoryScale) => void;
}

export function PainTrajectorySection({ episode, scale, onScaleChange }: PainTrajectorySectionProps) {
  const id = useId();
  const rows = useMemo(() => painTrajectoryRows(episode.sessions, scale), [episode.sessions, scale]);
  const thresholds = useMemo(() => painThresholds(episode.sessions), [episode.sessions]);
  const columns = useMemo(
    (): ChartColumn<PainPoint>[] => [
      { header: scale === 'date' ? 'Date' : 'Week since the start', cell: (row) => (scale === 'date' ? formatDate(row.label) : row.label) },
      { header: 'Pain before (0–10)', cell: (row) => row.painBefore, numeric: true },
      { header: 'Pain after (0–10)', cell: (row) => row.painAfter ?? '—', numeric: true },
      ...(scale === 'week' ? [{ header: 'Sessions', cell: (row: PainPoint) => row.sessions, numeric: true }] : []),
    ],
    [scale],
  );

  const description = thresholds ? (
    <>
      Baseline {thresholds.baseline}/10.{' '}
      {thresholds.mcidPoints >= 0
        ? `An improvement that matters clinically reaches both dashed lines: ${thresholds.mcidPoints} (MCID, −2 points) and ${thresholds.thirtyPercent} (−30 %).`
        : 'A baseline below 2 cannot show a 2-point improvement; only the −30 % line is drawn.'}
      {scale === 'week' ? ' Weekly values are means of the week’s sessions.' : ''}
    </>
  ) : (
    'Pain before and after each session, on the 0–10 numeric rating scale.'
  );

  return (
    <ChartFrame
      title="Pain trajectory"
      description={description}
      status={READY}
      rows={rows}
      emptyMessage="No sessions recorded yet: the trajectory starts with the first pain score."
      columns={columns}
      rowKey={(row) => `${row.x}-${row.label}`}
      controls={
        <div className="segmented" role="group" aria-labelledby={`${id}-scale`}>
          <span id={`${id}-scale`} className="visually-hidden">
            Time axis
          </span>
          <button type="button" className="button button-small" aria-pressed={scale === 'date'} onClick={() => onScaleChange('date')}>
            By date
          </button>
          <button type="button" className="button button-small" aria-pressed={scale === 'week'} onClick={() => onScaleChange('week')}>
            By week
          </button>
        </div>
      }
    >
      <PainTrajectoryChart rows={rows} thresholds={thresholds} scale={scale} startDate={episode.startDate} />
    </ChartFrame>
  );
}

/** The episode's medication chart; `footer` goes below it (the form that adds a report). */
export function MedicationSection({ episode, footer }: { episode: PatientEpisode; footer?: ReactNode }) {
  const rows = useMemo(() => medicationRows(episode.medicationReports), [episode.medicationReports]);
  const classes = useMemo(() => reportedNonOpioidClasses(rows), [rows]);
  const change = mmeChange(rows);
  const columns = useMemo(
    (): ChartColumn<MedicationPoint>[] => [
      { header: 'Report date', cell: (row) => formatDate(row.label) },
      { header: 'Opioids (MME/day)', cell: (row) => row.dailyMme, numeric: true },
      ...classes.map((drugClass) => ({
        header: `${NON_OPIOID_LABELS[drugClass]} (doses/week)`,
        cell: (row: MedicationPoint) => row.nonOpioid[drugClass],
        numeric: true,
      })),
    ],
    [classes],
  );
  return (
    <ChartFrame
      title="Pain medication"
      description={
        <>
          Opioids as morphine milligram equivalents per day; other pain medicines as doses per week.
          {change !== null && ` Opioid use ${change <= 0 ? 'down' : 'up'} ${Math.abs(Math.round(change * 100))} % since the first report (benchmark: a third less).`}
        </>
      }
      status={READY}
      rows={rows}
      emptyMessage="No medication reports in this episode."
      columns={columns}
      rowKey={(row) => `${row.x}`}
      footer={footer}
    >
      <MedicationChart rows={rows} nonOpioidClasses={classes} startDate={episode.startDate} />
    </ChartFrame>
  );
}
