// Axis titles always say the quantity and its unit: "Pain before the session (NPRS 0–10)".

export function axisTitle(quantity: string, unit?: string): string {
  return unit ? `${quantity} (${unit})` : quantity;
}

/** Recharts `label` props for a bottom x axis title. */
export function xAxisLabel(text: string) {
  return { value: text, position: 'insideBottom' as const, offset: -16, fill: '#1b2430' };
}

/** Recharts `label` props for a y axis title, rotated to read bottom to top. */
export function yAxisLabel(text: string, side: 'left' | 'right' = 'left') {
  return {
    value: text,
    angle: side === 'left' ? -90 : 90,
    position: side === 'left' ? ('insideLeft' as const) : ('insideRight' as const),
    style: { textAnchor: 'middle' as const },
    fill: '#1b2430',
  };
}

/** Room around the plot for the axis titles and the legend. */
export const CHART_MARGIN = { top: 16, right: 24, bottom: 28, left: 12 } as const;

/** One height for every full-size chart, so pages line up at 1024×768 and 1280×800. */
export const CHART_HEIGHT = 300;
