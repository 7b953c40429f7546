import { type Figure, formatGoal, formatValue, renderReport, renderTable, tableRow, verdict } from './report';

const L_POSTGRES = { size: 'L', engine: 'postgres' } as const;
const overview: Figure = {
  id: 'overview.p50.c1',
  label: 'overview p50',
  unit: 'ms',
  values: [25, 31, 29],
  goal: { comparator: '<=', value: 30, appliesTo: { size: 'L', engine: 'postgres' } },
};

describe('verdict', () => {
  it('compares the median over runs with the goal', () => {
    // Median of 25, 29, 31 is 29: within 30 ms even though one run was over.
    expect(verdict(overview, L_POSTGRES)).toBe('met');
    expect(verdict({ ...overview, values: [31, 35, 20] }, L_POSTGRES)).toBe('missed');
    // Exactly on the goal meets it.
    expect(verdict({ ...overview, values: [30] }, L_POSTGRES)).toBe('met');
  });

  it('reads ≥ goals the other way round', () => {
    const writes: Figure = { id: 'writes', label: 'writes', unit: 'req/s', values: [790, 810, 805], goal: { comparator: '>=', value: 800 } };
    expect(verdict(writes, { size: 'S', engine: 'sqlite' })).toBe('met');
    expect(verdict({ ...writes, values: [790, 799, 805] }, { size: 'S', engine: 'sqlite' })).toBe('missed');
  });

  it('is missed when requests failed, whatever the median', () => {
    expect(verdict({ ...overview, values: [10, 12, 11], failures: 1 }, L_POSTGRES)).toBe('missed');
  });

  it('is n/a where the goal does not hold, without a goal, or without a number', () => {
    expect(verdict(overview, { size: 'S', engine: 'postgres' })).toBe('n/a');
    expect(verdict(overview, { size: 'L', engine: 'sqlite' })).toBe('n/a');
    expect(verdict({ ...overview, goal: undefined }, L_POSTGRES)).toBe('n/a');
    expect(verdict({ ...overview, values: [] }, L_POSTGRES)).toBe('n/a');
    expect(verdict({ ...overview, unavailable: 'no such route' }, L_POSTGRES)).toBe('n/a');
  });
});

describe('number formats', () => {
  it.each([
    [3.14159, 'ms', '3.14 ms'],
    [31.26, 'ms', '31.3 ms'],
    [1234.5, 'ms', '1,234.5 ms'],
    [61.04, 's', '61.0 s'],
    [123456.7, 'rows/s', '123,457 rows/s'],
    [812.4, 'req/s', '812 req/s'],
    [149.96, 'MB', '150.0 MB'],
    [3.456, 'ratio', '×3.46'],
    [12.34, 'ratio', '×12.3'],
    [1, 'yes/no', 'yes'],
    [0, 'yes/no', 'no'],
    [Number.NaN, 'ms', '—'],
  ] as const)('%d %s prints as %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('prints a goal with where it holds', () => {
    expect(formatGoal(overview.goal, 'ms')).toBe('≤ 30.0 ms (L, PostgreSQL)');
    expect(formatGoal({ comparator: '>=', value: 300_000 }, 'rows/s')).toBe('≥ 300,000 rows/s');
    expect(formatGoal({ comparator: '>=', value: 1 }, 'yes/no')).toBe('yes');
    expect(formatGoal(undefined, 'ms')).toBe('—');
  });
});

describe('the table', () => {
  const exporting: Figure = {
    id: 'export',
    label: 'export',
    unit: 'rows/s',
    values: [],
    goal: { comparator: '>=', value: 300_000 },
    unavailable: 'GET /exports/sessions.csv answered 404.',
  };

  it('has a row per figure: runs, min, median, p95, goal and verdict', () => {
    expect(tableRow(overview, L_POSTGRES)).toEqual({
      figure: 'overview p50',
      runs: '3',
      min: '25.0 ms',
      median: '29.0 ms',
      // Sorted 25, 29, 31: rank 1.9 lies nine tenths of the way from 29 to 31.
      p95: '30.8 ms',
      goal: '≤ 30.0 ms (L, PostgreSQL)',
      verdict: 'met',
    });
    expect(tableRow(exporting, L_POSTGRES)).toMatchObject({ runs: '0', median: 'not available', verdict: 'n/a' });
  });

  it('is a padded Markdown table, numbers right-aligned', () => {
    expect(renderTable([tableRow(overview, L_POSTGRES), tableRow(exporting, L_POSTGRES)]).split('\n')).toEqual([
      '| figure       | runs | min     | median        | p95     | goal                      | verdict |',
      '|--------------|-----:|--------:|--------------:|--------:|---------------------------|---------|',
      '| overview p50 |    3 | 25.0 ms |       29.0 ms | 30.8 ms | ≤ 30.0 ms (L, PostgreSQL) | met     |',
      '| export       |    0 |       — | not available |       — | ≥ 300,000 rows/s          | n/a     |',
    ]);
  });

  it('lists under the table why a figure has no number and how others were measured', () => {
    const report = renderReport([{ ...overview, note: 'one request with three fields.' }, exporting], L_POSTGRES);
    expect(report.split('\n').slice(-2)).toEqual([
      '- overview p50: one request with three fields.',
      '- export: GET /exports/sessions.csv answered 404.',
    ]);
  });
});
