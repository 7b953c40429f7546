import { OKABE_ITO } from '../../charts/palette';
import { sparklinePoints } from '../../analytics/shaping/caseload';

const WIDTH = 96;
const HEIGHT = 28;

/**
 * Weekly mean pain as a word-sized line (no axes: the table's columns carry the numbers). The
 * label says what it shows, so a screen reader does not meet an unnamed picture.
 */
export function Sparkline({ weeklyPain }: { weeklyPain: ReadonlyArray<{ week: number; meanPain: number }> }) {
  const points = sparklinePoints(weeklyPain, WIDTH, HEIGHT);
  if (!points) return <span className="muted">—</span>;
  const sorted = [...weeklyPain].sort((a, b) => a.week - b.week);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const label =
    first && last
      ? `Weekly pain from ${round(first.meanPain)} in week ${first.week} to ${round(last.meanPain)} in week ${last.week}`
      : '';
  const lastPoint = points.split(' ').pop()?.split(',').map(Number) ?? [0, 0];
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={points} fill="none" stroke={OKABE_ITO.blue} strokeWidth={1.75} strokeLinejoin="round" />
      <circle cx={lastPoint[0]} cy={lastPoint[1]} r={2.5} fill={OKABE_ITO.blue} />
    </svg>
  );
}

const round = (value: number): number => Math.round(value * 10) / 10;
