// Okabe & Ito (2008), "Color Universal Design": eight colours that stay distinct under the common
// colour-vision deficiencies. Series also differ by dash pattern, so no reading depends on hue.

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series colours in the order series take them; yellow is left out (too light on white). */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
];

/** SVG stroke-dasharray per series: solid first, then patterns a reader can tell apart in grey. */
export const SERIES_DASHES: readonly string[] = ['', '6 3', '2 3', '10 3 2 3', '4 4', '1 2', '12 4'];

export interface SeriesStyle {
  colour: string;
  dash: string;
}

/** The colour and dash of the nth series; after seven they repeat. */
export function seriesStyle(index: number): SeriesStyle {
  const at = ((index % SERIES_COLOURS.length) + SERIES_COLOURS.length) % SERIES_COLOURS.length;
  return { colour: SERIES_COLOURS[at] ?? OKABE_ITO.black, dash: SERIES_DASHES[at] ?? '' };
}

/** Threshold and benchmark lines: drawn dashed, in colours no data series takes first. */
export const REFERENCE_COLOURS = {
  mcid: OKABE_ITO.vermillion,
  percent: OKABE_ITO.reddishPurple,
  benchmark: OKABE_ITO.black,
} as const;

/** The plot's furniture: grid and axes in greys with ≥ 4.5:1 contrast for text. */
export const CHART_INK = {
  grid: '#d5dbe3',
  axis: '#4f5b6b',
} as const;
