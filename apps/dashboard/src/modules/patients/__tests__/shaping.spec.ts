import { NonOpioidClass } from '@outcomes/models';
import { medicationRows, mmeChange, reportedNonOpioidClasses } from '../shaping/medication';
import { odiRows } from '../shaping/odi';
import { painThresholds, painTrajectoryRows, trajectoryTick, type SessionPain } from '../shaping/painTrajectory';

// An episode that started on 2025-03-03 (a Monday). Listed out of order on purpose.
const sessions: SessionPain[] = [
  { sessionDate: '2025-03-12', dayIndex: 9, painBefore: 6, painAfter: 4 },
  { sessionDate: '2025-03-03', dayIndex: 0, painBefore: 8, painAfter: 6 },
  { sessionDate: '2025-03-07', dayIndex: 4, painBefore: 7, painAfter: null },
  { sessionDate: '2025-03-24', dayIndex: 21, painBefore: 4 },
];

describe('painTrajectoryRows by date', () => {
  it('gives one row per session in day order, post-session pain null where not asked', () => {
    expect(painTrajectoryRows(sessions, 'date')).toEqual([
      { x: 0, label: '2025-03-03', painBefore: 8, painAfter: 6, sessions: 1 },
      { x: 4, label: '2025-03-07', painBefore: 7, painAfter: null, sessions: 1 },
      { x: 9, label: '2025-03-12', painBefore: 6, painAfter: 4, sessions: 1 },
      { x: 21, label: '2025-03-24', painBefore: 4, painAfter: null, sessions: 1 },
    ]);
  });

  it('is empty without sessions', () => {
    expect(painTrajectoryRows([], 'date')).toEqual([]);
  });
});

describe('painTrajectoryRows by week', () => {
  it('averages the sessions of each week (week 0 = days 0–6), skipping weeks without one', () => {
    // Week 0: days 0 and 4 → before (8 + 7) / 2 = 7.5; after only 6 recorded → 6.
    // Week 1: day 9 → 6 and 4. Week 2: none. Week 3: day 21 → 4, after not asked.
    expect(painTrajectoryRows(sessions, 'week')).toEqual([
      { x: 0, label: 'Week 0', painBefore: 7.5, painAfter: 6, sessions: 2 },
      { x: 1, label: 'Week 1', painBefore: 6, painAfter: 4, sessions: 1 },
      { x: 3, label: 'Week 3', painBefore: 4, painAfter: null, sessions: 1 },
    ]);
  });

  it('rounds weekly means to one decimal', () => {
    const week = [
      { sessionDate: '2025-03-03', dayIndex: 0, painBefore: 7 },
      { sessionDate: '2025-03-04', dayIndex: 1, painBefore: 7 },
      { sessionDate: '2025-03-05', dayIndex: 2, painBefore: 6 },
    ];
    // (7 + 7 + 6) / 3 = 6.666… → 6.7
    expect(painTrajectoryRows(week, 'week')[0]?.painBefore).toBe(6.7);
  });
});

describe('painThresholds', () => {
  it('draws MCID at baseline − 2 and −30 % at 70 % of the first pre-session score', () => {
    // Baseline is the earliest session's pain (8 on day 0), whatever the input order.
    expect(painThresholds(sessions)).toEqual({ baseline: 8, mcidPoints: 6, thirtyPercent: 5.6 });
  });

  it('gives a negative MCID line for a baseline of 1 (the chart then leaves it out)', () => {
    expect(painThresholds([{ sessionDate: '2025-03-03', dayIndex: 0, painBefore: 1 }])).toEqual({
      baseline: 1,
      mcidPoints: -1,
      thirtyPercent: 0.7,
    });
  });

  it('is null before the first session', () => {
    expect(painThresholds([])).toBeNull();
  });
});

describe('trajectoryTick', () => {
  it('turns a day index into the calendar date, across a month end', () => {
    expect(trajectoryTick('date', '2025-03-03', 29)).toBe('2025-04-01');
  });

  it('labels weeks', () => {
    expect(trajectoryTick('week', '2025-03-03', 3)).toBe('Wk 3');
  });
});

describe('medicationRows', () => {
  const later = {
    reportDate: '2025-03-17',
    dayIndex: 14,
    dailyMme: 15,
    nonOpioids: [{ drugClass: NonOpioidClass.NSAID, dosesPerWeek: 7 }],
  };
  const first = {
    reportDate: '2025-03-03',
    dayIndex: 0,
    dailyMme: 30.004,
    nonOpioids: [
      { drugClass: NonOpioidClass.NSAID, dosesPerWeek: 14 },
      { drugClass: NonOpioidClass.ACETAMINOPHEN, dosesPerWeek: 21 },
    ],
  };
  // Listed out of date order on purpose.
  const reports = [later, first];

  it('gives one row per report in date order with doses per class and in total', () => {
    expect(medicationRows(reports)).toEqual([
      {
        x: 0,
        label: '2025-03-03',
        dailyMme: 30,
        nonOpioid: { NSAID: 14, ACETAMINOPHEN: 21, GABAPENTINOID: 0, MUSCLE_RELAXANT: 0 },
        nonOpioidTotal: 35,
      },
      {
        x: 14,
        label: '2025-03-17',
        dailyMme: 15,
        nonOpioid: { NSAID: 7, ACETAMINOPHEN: 0, GABAPENTINOID: 0, MUSCLE_RELAXANT: 0 },
        nonOpioidTotal: 7,
      },
    ]);
  });

  it('lists only the non-opioid classes that were reported, in catalogue order', () => {
    expect(reportedNonOpioidClasses(medicationRows(reports))).toEqual([NonOpioidClass.NSAID, NonOpioidClass.ACETAMINOPHEN]);
  });

  it('measures the opioid change from the first report to the last', () => {
    // 30 → 15 MME/day: (15 − 30) / 30 = −0.5.
    expect(mmeChange(medicationRows(reports))).toBe(-0.5);
  });

  it('has no opioid change without a baseline dose or with a single report', () => {
    expect(mmeChange(medicationRows([{ ...later, dailyMme: 0 }, { ...first, dailyMme: 0 }]))).toBeNull();
    expect(mmeChange(medicationRows([later]))).toBeNull();
  });
});

describe('odiRows', () => {
  it('bands each score and measures the change from the first questionnaire', () => {
    const rows = odiRows([
      { id: 'b', measuredOn: '2025-04-01', dayIndex: 29, score: 20 },
      { id: 'a', measuredOn: '2025-03-03', dayIndex: 0, score: 42 },
    ]);
    expect(rows).toEqual([
      { id: 'a', measuredOn: '2025-03-03', dayIndex: 0, score: 42, band: 'Severe disability (41–60)', changeFromFirst: null },
      { id: 'b', measuredOn: '2025-04-01', dayIndex: 29, score: 20, band: 'Minimal disability (0–20)', changeFromFirst: -22 },
    ]);
  });
});
