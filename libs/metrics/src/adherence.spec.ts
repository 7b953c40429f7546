import { PLANNED_GAP_DAYS, Frequency } from '@outcomes/models';
import { dayIndex, isOverdue, medianGapDays, nextDueDate, weekIndex, addDays, overdueCutoff } from './adherence';

/* Calendar arithmetic by hand (2024 is a leap year; 2023 is not). */
describe('dayIndex', () => {
  it.each([
    ['2024-03-01', '2024-03-01', 0],
    ['2024-03-01', '2024-03-08', 7],
    ['2024-02-26', '2024-03-04', 7], // Feb 26 → 29 is 3 days (leap year), + 4 to Mar 4
    ['2023-02-26', '2023-03-05', 7], // Feb 26 → 28 is 2, + 5 to Mar 5
    ['2023-12-28', '2024-01-04', 7], // across the new year
    ['2024-03-30', '2024-04-02', 3], // across the EU clock change of 31 March: still 3 whole days
    ['2024-11-02', '2024-11-04', 2], // across the US clock change of 3 November
    ['2024-01-01', '2024-12-31', 365], // leap year: day 366 of the year is index 365
    ['2024-01-10', '2024-01-03', -7], // before the episode start
  ])('%s → %s is %d days', (start, session, expected) => {
    expect(dayIndex(start, session)).toBe(expected);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-3-1', '2024-13-01', '01/03/2024', ''])('rejects %p', (bad) => {
    expect(() => dayIndex('2024-01-01', bad)).toThrow(RangeError);
    expect(() => dayIndex(bad, '2024-01-01')).toThrow(RangeError);
  });
});

describe('weekIndex', () => {
  it.each([
    [0, 0],
    [6, 0],
    [7, 1],
    [13, 1],
    [14, 2],
    [48, 6], // 48/7 = 6.86
    [-1, -1],
  ])('day %d is in week %d', (day, week) => {
    expect(weekIndex(day)).toBe(week);
  });

  it('rejects a fractional day', () => {
    expect(() => weekIndex(2.5)).toThrow(RangeError);
  });
});

describe('medianGapDays', () => {
  it.each([
    [[0, 7, 14, 21], 7], // weekly: gaps 7, 7, 7
    [[0, 14, 28], 14], // biweekly = every other week: gaps 14, 14
    [[0, 7, 21, 28], 7], // gaps 7, 14, 7 → sorted 7, 7, 14 → 7
    [[0, 7, 21, 35, 42], 10.5], // gaps 7, 14, 14, 7 → sorted 7, 7, 14, 14 → (7 + 14)/2
    [[14, 0, 7], 7], // unsorted input: sorted 0, 7, 14 → gaps 7, 7
    [[0, 0, 7], 3.5], // two sessions on day 0: gaps 0, 7 → 3.5
    [[3, 10], 7],
  ])('sessions on days %p → %p', (days, expected) => {
    expect(medianGapDays(days)).toBe(expected);
  });

  it('is null with fewer than 2 sessions', () => {
    expect(medianGapDays([])).toBeNull();
    expect(medianGapDays([5])).toBeNull();
  });
});

describe('isOverdue', () => {
  const weekly = PLANNED_GAP_DAYS[Frequency.WEEKLY];
  const biweekly = PLANNED_GAP_DAYS[Frequency.BIWEEKLY];

  it('weekly plan: overdue after 7 + 3 = 10 days', () => {
    expect(isOverdue('2024-03-01', '2024-03-08', weekly)).toBe(false); // 7 days
    expect(isOverdue('2024-03-01', '2024-03-11', weekly)).toBe(false); // 10 days: not > 10
    expect(isOverdue('2024-03-01', '2024-03-12', weekly)).toBe(true); // 11 days
  });

  it('biweekly (every other week) plan: overdue after 14 + 3 = 17 days', () => {
    expect(isOverdue('2024-02-20', '2024-03-08', biweekly)).toBe(false); // Feb 20 → Mar 8 = 9 + 8 = 17 days
    expect(isOverdue('2024-02-20', '2024-03-09', biweekly)).toBe(true); // 18 days
  });

  it('not overdue on the day of the session', () => {
    expect(isOverdue('2024-03-01', '2024-03-01', weekly)).toBe(false);
  });

  it('rejects a planned gap that is not a positive whole number of days', () => {
    expect(() => isOverdue('2024-03-01', '2024-03-12', 0)).toThrow(RangeError);
    expect(() => isOverdue('2024-03-01', '2024-03-12', 3.5)).toThrow(RangeError);
  });
});

describe('nextDueDate', () => {
  it.each([
    ['2024-02-22', 7, '2024-02-29'], // leap day
    ['2023-02-22', 7, '2023-03-01'],
    ['2024-12-25', 14, '2025-01-08'], // 6 days to Dec 31, 8 more
    ['2024-03-28', 7, '2024-04-04'], // across the EU clock change
  ])('%s + %d days = %s', (last, gap, expected) => {
    expect(nextDueDate(last, gap)).toBe(expected);
  });

  it('rejects a malformed date', () => {
    expect(() => nextDueDate('2024-02-31', 7)).toThrow(RangeError);
  });
});

describe('overdueCutoff', () => {
  it('agrees with isOverdue for every last-session date around the cutoff (weekly and biweekly)', () => {
    // Hand-computed: weekly, today 2026-03-20 → cutoff 2026-03-10 (20 − 10); last seen on the 9th is
    // 11 days ago (overdue), on the 10th 10 days ago (not).
    expect(overdueCutoff('2026-03-20', 7)).toBe('2026-03-10');
    expect(overdueCutoff('2026-03-20', 14)).toBe('2026-03-03');
    for (const gap of [7, 14]) {
      for (let daysAgo = 0; daysAgo <= 30; daysAgo += 1) {
        const last = addDays('2026-03-20', -daysAgo);
        expect(last < overdueCutoff('2026-03-20', gap)).toBe(isOverdue(last, '2026-03-20', gap));
      }
    }
  });

  it('moves dates across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});
