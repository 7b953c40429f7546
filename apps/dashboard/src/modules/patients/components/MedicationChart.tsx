import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { NonOpioidClass } from '@outcomes/models';
import { axisTitle, CHART_HEIGHT, CHART_MARGIN, xAxisLabel, yAxisLabel } from '../../charts/axes';
import { CHART_INK, seriesStyle } from '../../charts/palette';
import { addDays, formatDate, formatShortDate } from '../../clinical/dates';
import { NON_OPIOID_LABELS } from '../../clinical/labels';
import type { MedicationPoint } from '../shaping/medication';

export interface MedicationChartProps {
  rows: readonly MedicationPoint[];
  nonOpioidClasses: readonly NonOpioidClass[];
  startDate: string;
  width?: number;
}

const mme = seriesStyle(0);

/** Opioids as MME/day (line, left axis) and non-opioid doses per week by class (bars, right axis). */
export function MedicationChart({ rows, nonOpioidClasses, startDate, width }: MedicationChartProps) {
  const chart = (
    <ComposedChart data={[...rows]} margin={CHART_MARGIN} width={width} height={width ? CHART_HEIGHT : undefined}>
      <CartesianGrid stroke={CHART_INK.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="x"
        type="number"
        domain={['dataMin - 3', 'dataMax + 3']}
        allowDecimals={false}
        tickFormatter={(x: number) => formatShortDate(addDays(startDate, x))}
        stroke={CHART_INK.axis}
        label={xAxisLabel('Report date')}
      />
      <YAxis
        yAxisId="mme"
        allowDecimals={false}
        stroke={CHART_INK.axis}
        width={56}
        label={yAxisLabel(axisTitle('Opioids', 'MME/day'))}
      />
      <YAxis
        yAxisId="doses"
        orientation="right"
        allowDecimals={false}
        stroke={CHART_INK.axis}
        width={56}
        label={yAxisLabel(axisTitle('Non-opioids', 'doses/week'), 'right')}
      />
      <Tooltip
        labelFormatter={(_label, payload) => {
          const x = payload[0]?.payload?.x;
          return typeof x === 'number' ? formatDate(addDays(startDate, x)) : '';
        }}
      />
      <Legend verticalAlign="top" height={32} itemSorter={null} />
      {nonOpioidClasses.map((drugClass, index) => (
        <Bar
          key={drugClass}
          yAxisId="doses"
          dataKey={(row: MedicationPoint) => row.nonOpioid[drugClass]}
          name={`${NON_OPIOID_LABELS[drugClass]} (doses/week)`}
          stackId="non-opioids"
          fill={seriesStyle(index + 1).colour}
          maxBarSize={28}
          isAnimationActive={false}
        />
      ))}
      <Line
        yAxisId="mme"
        type="linear"
        dataKey="dailyMme"
        name="Opioids (MME/day)"
        stroke={mme.colour}
        strokeWidth={2.5}
        dot={{ r: 4 }}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={CHART_HEIGHT}>{chart}</ResponsiveContainer>;
}
