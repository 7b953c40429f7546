import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PAIN_MAX, PAIN_MIN } from '@outcomes/models';
import { axisTitle, CHART_HEIGHT, CHART_MARGIN, xAxisLabel, yAxisLabel } from '../../charts/axes';
import { CHART_INK, REFERENCE_COLOURS, seriesStyle } from '../../charts/palette';
import { formatDate, formatShortDate } from '../../clinical/dates';
import { trajectoryTick, type PainPoint, type PainThresholds, type TrajectoryScale } from '../shaping/painTrajectory';

export interface PainTrajectoryChartProps {
  rows: readonly PainPoint[];
  thresholds: PainThresholds | null;
  scale: TrajectoryScale;
  startDate: string;
  /** Fixed size for tests (jsdom cannot measure a responsive container). */
  width?: number;
}

const PAIN_TICKS = Array.from({ length: PAIN_MAX - PAIN_MIN + 1 }, (_, index) => PAIN_MIN + index);
const before = seriesStyle(0);
const after = seriesStyle(1);

/** Pre- and post-session NPRS over the episode, with the MCID and −30 % thresholds drawn. */
export function PainTrajectoryChart({ rows, thresholds, scale, startDate, width }: PainTrajectoryChartProps) {
  const tick = (x: number): string =>
    scale === 'date' ? formatShortDate(trajectoryTick(scale, startDate, x)) : trajectoryTick(scale, startDate, x);
  const tooltipLabel = (x: number): string =>
    scale === 'date' ? formatDate(trajectoryTick(scale, startDate, x)) : `Week ${x} since the start`;
  // Two thresholds less than about half a point apart would print their labels on top of each other.
  const showMcid = thresholds !== null && thresholds.mcidPoints >= PAIN_MIN;
  const labelsClash = thresholds !== null && showMcid && Math.abs(thresholds.mcidPoints - thresholds.thirtyPercent) < 0.6;
  const percentAbove = thresholds !== null && thresholds.thirtyPercent >= thresholds.mcidPoints;
  const nudge = (up: boolean): number => (labelsClash ? (up ? -7 : 7) : 0);
  const chart = (
    <LineChart data={[...rows]} margin={{ ...CHART_MARGIN, right: 112 }} width={width} height={width ? CHART_HEIGHT : undefined}>
      <CartesianGrid stroke={CHART_INK.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="x"
        type="number"
        domain={['dataMin', 'dataMax']}
        allowDecimals={false}
        tickFormatter={tick}
        stroke={CHART_INK.axis}
        label={xAxisLabel(scale === 'date' ? 'Session date' : axisTitle('Time since the episode started', 'weeks'))}
      />
      <YAxis
        type="number"
        domain={[PAIN_MIN, PAIN_MAX]}
        ticks={PAIN_TICKS}
        allowDecimals={false}
        stroke={CHART_INK.axis}
        width={56}
        label={yAxisLabel(axisTitle('Pain', 'NPRS 0–10'))}
      />
      <Tooltip
        labelFormatter={(_label, payload) => {
          const x = payload[0]?.payload?.x;
          return typeof x === 'number' ? tooltipLabel(x) : '';
        }}
        formatter={(value) => (typeof value === 'number' ? `${value} / 10` : '—')}
      />
      <Legend verticalAlign="top" height={32} itemSorter={null} />
      {thresholds && showMcid && (
        <ReferenceLine
          y={thresholds.mcidPoints}
          stroke={REFERENCE_COLOURS.mcid}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          // Outside the plot, right of its line, where no data point can cover it.
          label={{ value: 'MCID (−2 points)', position: 'right', fill: '#a63c00', fontSize: 12, dy: nudge(!percentAbove) }}
        />
      )}
      {thresholds && (
        <ReferenceLine
          y={thresholds.thirtyPercent}
          stroke={REFERENCE_COLOURS.percent}
          strokeDasharray="2 3"
          strokeWidth={1.5}
          label={{ value: '−30 %', position: 'right', fill: '#8a3a6b', fontSize: 12, dy: nudge(percentAbove) }}
        />
      )}
      <Line
        type="linear"
        dataKey="painBefore"
        name="Pain before the session"
        stroke={before.colour}
        strokeDasharray={before.dash}
        strokeWidth={2.5}
        dot={{ r: 4 }}
        isAnimationActive={false}
      />
      <Line
        type="linear"
        dataKey="painAfter"
        name="Pain after the session"
        stroke={after.colour}
        strokeDasharray={after.dash}
        strokeWidth={2}
        dot={{ r: 3, strokeDasharray: '' }}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={CHART_HEIGHT}>{chart}</ResponsiveContainer>;
}
