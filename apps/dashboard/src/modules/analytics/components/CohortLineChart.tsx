import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_HEIGHT, CHART_MARGIN, xAxisLabel, yAxisLabel } from '../../charts/axes';
import { CHART_INK, seriesStyle } from '../../charts/palette';
import type { ChartRow, Series } from '../shaping/cohortCharts';

export interface ReferenceMark {
  y: number;
  label: string;
  colour: string;
}

export interface CohortLineChartProps {
  series: readonly Series[];
  rows: readonly ChartRow[];
  xLabel: string;
  yLabel: string;
  yDomain: [number, number];
  yTicks?: number[];
  /** Appended to values in the tooltip: "/10", " %". */
  unit: string;
  /** Step curves for survival; straight segments otherwise. */
  curve?: 'linear' | 'stepAfter';
  /** Draw each series' 95 % interval as a shaded band. */
  bands?: boolean;
  references?: readonly ReferenceMark[];
  width?: number;
}

function formatTooltipValue(value: unknown, unit: string): string {
  if (typeof value === 'number') return `${value}${unit}`;
  if (Array.isArray(value) && value.length === 2) return `${String(value[0])}–${String(value[1])}${unit}`;
  return '—';
}

/**
 * One line per cohort over a numeric x axis, with optional 95 % bands and reference lines. Series
 * differ in colour (Okabe–Ito) and dash pattern; bands take the series colour, lightly.
 */
export function CohortLineChart({
  series,
  rows,
  xLabel,
  yLabel,
  yDomain,
  yTicks,
  unit,
  curve = 'linear',
  bands = false,
  references = [],
  width,
}: CohortLineChartProps) {
  const chart = (
    <ComposedChart
      data={[...rows]}
      margin={{ ...CHART_MARGIN, right: references.length > 0 ? 104 : CHART_MARGIN.right }}
      width={width}
      height={width ? CHART_HEIGHT : undefined}
    >
      <CartesianGrid stroke={CHART_INK.grid} strokeDasharray="3 3" />
      <XAxis dataKey="x" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} stroke={CHART_INK.axis} label={xAxisLabel(xLabel)} />
      <YAxis type="number" domain={yDomain} ticks={yTicks} allowDataOverflow stroke={CHART_INK.axis} width={56} label={yAxisLabel(yLabel)} />
      <Tooltip formatter={(value) => formatTooltipValue(value, unit)} labelFormatter={(label) => `${xLabel.replace(/ \(.*\)$/, '')}: ${String(label)}`} />
      {/* No fixed height: a legend of many cohorts wraps, and the plot moves down to make room. */}
      <Legend verticalAlign="top" itemSorter={null} wrapperStyle={{ paddingBottom: 8 }} />
      {references.map((reference) => (
        <ReferenceLine
          key={reference.label}
          y={reference.y}
          stroke={reference.colour}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          label={{ value: reference.label, position: 'right', fill: reference.colour, fontSize: 12 }}
        />
      ))}
      {bands &&
        series.map((item, index) => (
          <Area
            key={`${item.key}Band`}
            type={curve}
            dataKey={`${item.key}Band`}
            name={`${item.label} (95 % CI)`}
            stroke="none"
            fill={seriesStyle(index).colour}
            fillOpacity={0.14}
            legendType="none"
            connectNulls={false}
            isAnimationActive={false}
            activeDot={false}
          />
        ))}
      {series.map((item, index) => {
        const style = seriesStyle(index);
        return (
          <Line
            key={item.key}
            type={curve}
            dataKey={item.key}
            name={item.label}
            stroke={style.colour}
            strokeDasharray={style.dash}
            strokeWidth={2.5}
            dot={curve === 'linear' ? { r: 3, strokeDasharray: '' } : false}
            connectNulls
            isAnimationActive={false}
          />
        );
      })}
    </ComposedChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={CHART_HEIGHT}>{chart}</ResponsiveContainer>;
}
