import { useMemo, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { MEDICATION_REDUCTION_BENCHMARK, PAIN_MAX, PAIN_MIN } from '@outcomes/models';
import type { AnalyticsFilter, CohortDimension } from '../../../gql/graphql';
import { axisTitle } from '../../charts/axes';
import { ChartFrame } from '../../charts/ChartFrame';
import type { ChartColumn } from '../../charts/ChartTable';
import { REFERENCE_COLOURS } from '../../charts/palette';
import { GROUP_BY_LABELS } from '../filters';
import { formatPercent, SUPPRESSED_TEXT } from '../format';
import { MEDICATION_TREND_QUERY, OUTCOME_SUMMARY_QUERY, TIME_TO_RESPONSE_QUERY, TRAJECTORY_QUERY } from '../graphql/analytics';
import { chartStatus } from '../hooks/chartStatus';
import {
  medicationTrendChart,
  reductionRows,
  responderRows,
  survivalChart,
  trajectoryChart,
  type MedicationTableRow,
  type ReductionRow,
  type ResponderRow,
  type SurvivalTableRow,
  type TrajectoryTableRow,
} from '../shaping/cohortCharts';
import { kpiTiles } from '../shaping/kpis';
import { CohortLineChart } from './CohortLineChart';
import { ResponderChart } from './ResponderChart';

export interface CohortSectionProps {
  filter: AnalyticsFilter | null;
  groupBy: CohortDimension;
}

const PAIN_TICKS = Array.from({ length: PAIN_MAX - PAIN_MIN + 1 }, (_, index) => PAIN_MIN + index);
const show = (value: number | null, suppressed: boolean, text: (value: number) => string = String): string =>
  suppressed ? SUPPRESSED_TEXT : value === null ? '—' : text(value);

function suppressedNote(labels: readonly string[]): ReactNode {
  return labels.length > 0 ? ` Not drawn, ${SUPPRESSED_TEXT}: ${labels.join(', ')}.` : '';
}

/** The headline figures (KPI tiles) of the filtered episodes. */
export function KpiSection({ filter, groupBy, title = 'Outcomes' }: CohortSectionProps & { title?: string }) {
  const { data, loading, error, refetch } = useQuery(OUTCOME_SUMMARY_QUERY, { variables: { filter, groupBy } });
  const summary = data?.outcomeSummary;
  const tiles = useMemo(() => (summary ? kpiTiles(summary.total, summary.openRedFlags) : []), [summary]);
  const status = chartStatus(loading, error, refetch);
  return (
    <section aria-labelledby="kpi-title" aria-busy={loading} className="kpi-section">
      <h2 id="kpi-title" className="visually-hidden">
        {title}
      </h2>
      {status.errorMessage ? (
        <div role="alert" className="alert alert-error">
          <p>The outcome figures could not be loaded. {status.errorMessage}</p>
          <button type="button" className="button" onClick={status.onRetry}>
            Try again
          </button>
        </div>
      ) : loading && tiles.length === 0 ? (
        <p role="status" className="muted">
          Loading outcome figures…
        </p>
      ) : (
        <ul className="kpi-tiles">
          {tiles.map((tile) => (
            <li key={tile.id} className="kpi-tile">
              <p className="kpi-label">{tile.label}</p>
              <p className="kpi-value">{tile.value}</p>
              <p className="kpi-detail">{tile.detail}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const TRAJECTORY_COLUMNS: ChartColumn<TrajectoryTableRow>[] = [
  { header: 'Cohort', cell: (row) => row.cohort },
  { header: 'Week', cell: (row) => row.week ?? '—', numeric: true },
  { header: 'Episodes (n)', cell: (row) => show(row.n, row.suppressed), numeric: true },
  { header: 'Mean pain (0–10)', cell: (row) => show(row.mean, row.suppressed), numeric: true },
  {
    header: '95 % CI',
    cell: (row) => (row.suppressed ? SUPPRESSED_TEXT : row.ciLow === null || row.ciHigh === null ? '—' : `${row.ciLow}–${row.ciHigh}`),
    numeric: true,
  },
];

/** Mean pre-session pain by week since the start, per cohort, with 95 % interval bands. */
export function TrajectorySection({ filter, groupBy }: CohortSectionProps) {
  const { data, loading, error, refetch } = useQuery(TRAJECTORY_QUERY, { variables: { filter, groupBy } });
  const chart = useMemo(() => trajectoryChart(data?.trajectory.cohorts ?? []), [data]);
  return (
    <ChartFrame
      title="Pain trajectory by week"
      description={
        <>
          Mean pre-session pain (NPRS 0–10) by week since the episode started; each episode counts once a week. Shaded: 95 %
          confidence interval (t-distribution). Drop-outs count for the weeks they attended.
          {suppressedNote(chart.suppressedCohorts)}
        </>
      }
      status={chartStatus(loading, error, refetch)}
      rows={chart.tableRows}
      emptyMessage="No sessions match this filter."
      columns={TRAJECTORY_COLUMNS}
      rowKey={(row) => row.id}
    >
      <CohortLineChart
        series={chart.series}
        rows={chart.rows}
        xLabel={axisTitle('Time since the episode started', 'weeks')}
        yLabel={axisTitle('Mean pain', 'NPRS 0–10')}
        yDomain={[PAIN_MIN, PAIN_MAX]}
        yTicks={PAIN_TICKS}
        unit="/10"
        bands
      />
    </ChartFrame>
  );
}

const RESPONDER_COLUMNS: ChartColumn<ResponderRow>[] = [
  { header: 'Cohort', cell: (row) => row.cohort },
  { header: 'Episodes', cell: (row) => show(row.episodes, row.suppressed), numeric: true },
  { header: 'Eligible', cell: (row) => show(row.eligible, row.suppressed), numeric: true },
  { header: 'Dropped out', cell: (row) => show(row.droppedOut, row.suppressed), numeric: true },
  { header: '≥ 30 % responders (%)', cell: (row) => show(row.rate30, row.suppressed), numeric: true },
  { header: '≥ 50 % responders (%)', cell: (row) => show(row.rate50, row.suppressed), numeric: true },
];

/** Responder rates per cohort, ≥ 30 % and ≥ 50 % side by side. */
export function ResponderSection({ filter, groupBy }: CohortSectionProps) {
  const { data, loading, error, refetch } = useQuery(OUTCOME_SUMMARY_QUERY, { variables: { filter, groupBy } });
  const rows = useMemo(() => responderRows(data?.outcomeSummary.cohorts ?? []), [data]);
  const suppressed = rows.filter((row) => row.suppressed).map((row) => row.cohort);
  return (
    <ChartFrame
      title="Responder rates"
      description={
        <>
          Share of eligible episodes whose latest pain is at least 2 points and 30 % (or 50 %) below baseline. Eligible: a
          baseline of 2 or more and at least 2 sessions; drop-outs stay in the denominator.
          {suppressedNote(suppressed)}
        </>
      }
      status={chartStatus(loading, error, refetch)}
      rows={rows}
      emptyMessage="No episodes match this filter."
      columns={RESPONDER_COLUMNS}
      rowKey={(row) => row.id}
    >
      <ResponderChart rows={rows} cohortTitle={GROUP_BY_LABELS[groupBy]} />
    </ChartFrame>
  );
}

const MEDICATION_COLUMNS: ChartColumn<MedicationTableRow>[] = [
  { header: 'Cohort', cell: (row) => row.cohort },
  { header: 'Week', cell: (row) => row.week ?? '—', numeric: true },
  { header: 'Episodes (n)', cell: (row) => show(row.n, row.suppressed), numeric: true },
  { header: 'Median reduction (%)', cell: (row) => show(row.median, row.suppressed), numeric: true },
  { header: 'Mean reduction (%)', cell: (row) => show(row.mean, row.suppressed), numeric: true },
];

/** Opioid reduction by week against the field's benchmark, and each cohort's overall reduction. */
export function MedicationTrendSection({ filter, groupBy }: CohortSectionProps) {
  const { data, loading, error, refetch } = useQuery(MEDICATION_TREND_QUERY, { variables: { filter, groupBy } });
  const trend = data?.medicationTrend;
  const benchmark = trend?.benchmark ?? MEDICATION_REDUCTION_BENCHMARK;
  const chart = useMemo(() => medicationTrendChart(trend?.cohorts ?? []), [trend]);
  const summary = useMemo(() => reductionRows(trend?.cohorts ?? [], benchmark), [trend, benchmark]);
  return (
    <ChartFrame
      title="Pain-medication reduction"
      description={
        <>
          Median reduction in opioid use (MME/day) from each episode’s first report, by week since the start, among
          episodes with opioids at baseline. Dashed: the field’s benchmark, a third less ({formatPercent(benchmark)}).
          {suppressedNote(chart.suppressedCohorts)}
        </>
      }
      status={chartStatus(loading, error, refetch)}
      rows={chart.tableRows}
      emptyMessage="No medication reports with opioids match this filter."
      columns={MEDICATION_COLUMNS}
      rowKey={(row) => row.id}
      footer={summary.length > 0 ? <ReductionTable rows={summary} benchmark={benchmark} /> : null}
    >
      <CohortLineChart
        series={chart.series}
        rows={chart.rows}
        xLabel={axisTitle('Time since the episode started', 'weeks')}
        yLabel={axisTitle('Median reduction', '%')}
        yDomain={[-50, 100]}
        yTicks={[-50, -25, 0, 25, 50, 75, 100]}
        unit=" %"
        references={[{ y: Math.round(benchmark * 100), label: `Benchmark ${formatPercent(benchmark)}`, colour: REFERENCE_COLOURS.benchmark }]}
      />
    </ChartFrame>
  );
}

function ReductionTable({ rows, benchmark }: { rows: readonly ReductionRow[]; benchmark: number }) {
  return (
    <div className="table-scroll reduction-table">
      <table className="data-table">
        <caption>First report to latest, per cohort</caption>
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            <th scope="col" className="numeric">
              Episodes on opioids
            </th>
            <th scope="col" className="numeric">
              Median opioid reduction
            </th>
            <th scope="col" className="numeric">
              Reduced ≥ 30 %
            </th>
            <th scope="col" className="numeric">
              Stopped
            </th>
            <th scope="col" className="numeric">
              Median non-opioid reduction
            </th>
            <th scope="col">Against {formatPercent(benchmark)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.cohort}</th>
              {row.suppressed ? (
                <td colSpan={6} className="suppressed">
                  {SUPPRESSED_TEXT}
                </td>
              ) : (
                <>
                  <td className="numeric">{row.n ?? '—'}</td>
                  <td className="numeric">{formatPercent(row.medianReduction)}</td>
                  <td className="numeric">{formatPercent(row.shareReducedAtLeast30)}</td>
                  <td className="numeric">{formatPercent(row.shareStopped)}</td>
                  <td className="numeric">{formatPercent(row.nonOpioidMedianReduction)}</td>
                  <td>{row.meetsBenchmark === null ? '—' : row.meetsBenchmark ? 'At or above' : 'Below'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const SURVIVAL_COLUMNS: ChartColumn<SurvivalTableRow>[] = [
  { header: 'Cohort', cell: (row) => row.cohort },
  { header: 'Day', cell: (row) => row.day ?? '—', numeric: true },
  { header: 'At risk', cell: (row) => show(row.atRisk, row.suppressed), numeric: true },
  { header: 'Responded', cell: (row) => show(row.events, row.suppressed), numeric: true },
  { header: 'Censored', cell: (row) => show(row.censored, row.suppressed), numeric: true },
  { header: 'Not yet responded (%)', cell: (row) => show(row.survival, row.suppressed), numeric: true },
  {
    header: '95 % CI',
    cell: (row) => (row.suppressed ? SUPPRESSED_TEXT : row.ciLow === null || row.ciHigh === null ? '—' : `${row.ciLow}–${row.ciHigh}`),
    numeric: true,
  },
];

/** Kaplan–Meier time to response, drop-outs censored. */
export function SurvivalSection({ filter, groupBy }: CohortSectionProps) {
  const { data, loading, error, refetch } = useQuery(TIME_TO_RESPONSE_QUERY, { variables: { filter, groupBy } });
  const cohorts = data?.timeToResponse.cohorts;
  const chart = useMemo(() => survivalChart(cohorts ?? []), [cohorts]);
  const medians = (cohorts ?? [])
    .filter((cohort) => !cohort.suppressed)
    .map((cohort) => `${cohort.label}: ${cohort.medianDays === null || cohort.medianDays === undefined ? 'not reached' : `${cohort.medianDays} days`}`)
    .join('; ');
  return (
    <ChartFrame
      title="Time to response"
      description={
        <>
          Kaplan–Meier estimate of the share not yet responding (≥ 2 points and ≥ 30 %) by day since the start; episodes that
          stopped or have not responded yet are censored, not dropped. Shaded: 95 % CI.{medians ? ` Median time: ${medians}.` : ''}
          {suppressedNote(chart.suppressedCohorts)}
        </>
      }
      status={chartStatus(loading, error, refetch)}
      rows={chart.tableRows}
      emptyMessage="No eligible episodes match this filter."
      columns={SURVIVAL_COLUMNS}
      rowKey={(row) => row.id}
    >
      <CohortLineChart
        series={chart.series}
        rows={chart.rows}
        xLabel={axisTitle('Time since the episode started', 'days')}
        yLabel={axisTitle('Not yet responded', '%')}
        yDomain={[0, 100]}
        yTicks={[0, 25, 50, 75, 100]}
        unit=" %"
        curve="stepAfter"
        bands
      />
    </ChartFrame>
  );
}

/**
 * The outcome figures of a cohort in the page grid (KPIs, trajectory, responders, time to response,
 * medication), as the owner's overview and the research page both show them; `children` are
 * further grid cells of the page.
 */
export function OutcomeSections({ filter, groupBy, children }: CohortSectionProps & { children?: ReactNode }) {
  return (
    <>
      <KpiSection filter={filter} groupBy={groupBy} />
      <div className="page-grid">
        <div className="span-2">
          <TrajectorySection filter={filter} groupBy={groupBy} />
        </div>
        <ResponderSection filter={filter} groupBy={groupBy} />
        <SurvivalSection filter={filter} groupBy={groupBy} />
        <div className="span-2">
          <MedicationTrendSection filter={filter} groupBy={groupBy} />
        </div>
        {children}
      </div>
    </>
  );
}
