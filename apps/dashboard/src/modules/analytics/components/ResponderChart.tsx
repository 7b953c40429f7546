import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTitle, CHART_HEIGHT, CHART_MARGIN, xAxisLabel, yAxisLabel } from '../../charts/axes';
import { CHART_INK, seriesStyle } from '../../charts/palette';
import type { ResponderRow } from '../shaping/cohortCharts';

/** ≥ 30 % and ≥ 50 % responder rates side by side for each cohort (DOMAIN: report both). */
export function ResponderChart({ rows, cohortTitle, width }: { rows: readonly ResponderRow[]; cohortTitle: string; width?: number }) {
  const shown = rows.filter((row) => !row.suppressed);
  const chart = (
    <BarChart data={shown} margin={CHART_MARGIN} width={width} height={width ? CHART_HEIGHT : undefined}>
      <CartesianGrid stroke={CHART_INK.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="cohort" stroke={CHART_INK.axis} interval={0} tick={{ fontSize: 12 }} label={xAxisLabel(cohortTitle)} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke={CHART_INK.axis} width={56} label={yAxisLabel(axisTitle('Responders', '% of eligible'))} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? `${value} %` : '—')} />
      <Legend verticalAlign="top" height={32} itemSorter={null} />
      <Bar dataKey="rate30" name="≥ 30 % and ≥ 2 points" fill={seriesStyle(0).colour} maxBarSize={48} isAnimationActive={false} />
      <Bar dataKey="rate50" name="≥ 50 %" fill={seriesStyle(1).colour} maxBarSize={48} isAnimationActive={false} />
    </BarChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={CHART_HEIGHT}>{chart}</ResponsiveContainer>;
}
