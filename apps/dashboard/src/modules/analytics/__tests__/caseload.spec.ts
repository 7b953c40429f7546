import { Frequency } from '@outcomes/models';
import {
  caseloadRows,
  caseloadViewFromParams,
  caseloadViewToParams,
  DEFAULT_CASELOAD_VIEW,
  sparklinePoints,
  type CaseloadEntry,
} from '../shaping/caseload';

function entry(patientName: string, overrides: Partial<CaseloadEntry> = {}): CaseloadEntry {
  return {
    episodeId: `episode-${patientName}`,
    patientId: `patient-${patientName}`,
    patientName,
    plannedFrequency: Frequency.WEEKLY,
    sessionCount: 3,
    baselinePain: 7,
    latestPain: 5,
    painChange: -2,
    lastSessionDate: '2025-03-10',
    nextDueDate: '2025-03-17',
    overdue: false,
    redFlag: false,
    failureToProgress: false,
    weeklyPain: [],
    ...overrides,
  };
}

const ruth = entry('Ruth Okafor', { redFlag: true, nextDueDate: '2025-03-20', latestPain: 6 });
const leo = entry('Leo Brandt', { overdue: true, failureToProgress: true, nextDueDate: '2025-03-01', latestPain: 8, painChange: 0, sessionCount: 6 });
const ana = entry('Ana Silva', { nextDueDate: '2025-03-18', latestPain: null, painChange: null, sessionCount: 0 });
const mia = entry('Mia Chen', { overdue: true, nextDueDate: '2025-03-05', latestPain: 3, painChange: -5 });
const all = [ana, mia, ruth, leo];
const names = (rows: CaseloadEntry[]) => rows.map((row) => row.patientName);

describe('caseloadRows', () => {
  it('puts red flags first, then failure to progress, then overdue, by default', () => {
    // Weights: Ruth 4 (red flag), Leo 2 + 1 = 3, Mia 1, Ana 0.
    expect(names(caseloadRows(all, DEFAULT_CASELOAD_VIEW))).toEqual(['Ruth Okafor', 'Leo Brandt', 'Mia Chen', 'Ana Silva']);
  });

  it('sorts by next due date, soonest first', () => {
    expect(names(caseloadRows(all, { ...DEFAULT_CASELOAD_VIEW, sortBy: 'nextDue', direction: 'ascending' }))).toEqual([
      'Leo Brandt',
      'Mia Chen',
      'Ana Silva',
      'Ruth Okafor',
    ]);
  });

  it('keeps patients without a score last in either direction', () => {
    expect(names(caseloadRows(all, { ...DEFAULT_CASELOAD_VIEW, sortBy: 'latestPain', direction: 'descending' }))).toEqual([
      'Leo Brandt',
      'Ruth Okafor',
      'Mia Chen',
      'Ana Silva',
    ]);
    expect(names(caseloadRows(all, { ...DEFAULT_CASELOAD_VIEW, sortBy: 'latestPain', direction: 'ascending' }))).toEqual([
      'Mia Chen',
      'Ruth Okafor',
      'Leo Brandt',
      'Ana Silva',
    ]);
  });

  it('filters by part of the name, any case, and by flags (all of them)', () => {
    expect(names(caseloadRows(all, { ...DEFAULT_CASELOAD_VIEW, search: '  CHEN ' }))).toEqual(['Mia Chen']);
    expect(names(caseloadRows(all, { ...DEFAULT_CASELOAD_VIEW, flags: ['overdue'] }))).toEqual(['Leo Brandt', 'Mia Chen']);
    expect(names(caseloadRows(all, { ...DEFAULT_CASELOAD_VIEW, flags: ['overdue', 'failureToProgress'] }))).toEqual(['Leo Brandt']);
  });

  it('does not reorder the query’s own array', () => {
    const answer = [...all];
    caseloadRows(answer, DEFAULT_CASELOAD_VIEW);
    expect(answer).toEqual(all);
  });
});

describe('caseload view in the address', () => {
  it('reads search, flags and sort, with the default sort left out of the address', () => {
    const view = caseloadViewFromParams(new URLSearchParams('q=ru&flag=overdue&flag=bogus&sort=nextDue&dir=ascending'));
    expect(view).toEqual({ search: 'ru', flags: ['overdue'], sortBy: 'nextDue', direction: 'ascending' });
    expect(caseloadViewToParams(view, new URLSearchParams('by=CAUSE')).toString()).toBe('by=CAUSE&q=ru&flag=overdue&sort=nextDue&dir=ascending');
    expect(caseloadViewToParams(DEFAULT_CASELOAD_VIEW, new URLSearchParams('q=x&sort=patient')).toString()).toBe('');
  });
});

describe('sparklinePoints', () => {
  it('maps weeks across and pain 10 → top, 0 → bottom of the box, inside the padding', () => {
    // 100 × 24 box, pad 2: x from 2 to 98 over weeks 0–4; y = 2 + (1 − pain / 10) × 20.
    expect(
      sparklinePoints(
        [
          { week: 4, meanPain: 2 },
          { week: 0, meanPain: 10 },
          { week: 2, meanPain: 5 },
        ],
        100,
        24,
      ),
    ).toBe('2,2 50,12 98,18');
  });

  it('centres a single week and draws nothing without data', () => {
    expect(sparklinePoints([{ week: 3, meanPain: 0 }], 100, 24)).toBe('50,22');
    expect(sparklinePoints([], 100, 24)).toBe('');
  });
});
