import { EpisodePainCourse, classifyResponder, percentChange, summarizeResponders } from './responder';

/** Builder: an episode of `sessionCount` sessions from `baselinePain` to `latestPain`. */
function episode(overrides: Partial<EpisodePainCourse> = {}): EpisodePainCourse {
  return { sessionCount: 4, baselinePain: 8, latestPain: 4, ...overrides };
}

/*
 * Every expectation below is worked by hand from the product rule (DOMAIN.md):
 * responder ⇔ latest ≤ baseline − 2 AND latest ≤ 0.7·baseline; substantial ⇔ responder AND
 * latest ≤ 0.5·baseline; failure to progress ⇔ ≥ 4 sessions AND not a responder.
 */
describe('classifyResponder', () => {
  it.each([
    // baseline, latest, responder, substantial — the arithmetic in the title
    [10, 7, true, false], // 3 points; 7 ≤ 7.0 (exactly 30 %); 7 > 5
    [10, 5, true, true], // 5 points; 5 ≤ 5.0 (exactly 50 %)
    [6, 4, true, false], // 2 points; 4 ≤ 4.2; 4 > 3
    [4, 2, true, true], // 2 points; 2 ≤ 2.8; 2 ≤ 2.0 (exactly 50 %)
    [2, 0, true, true], // 2 points from the lowest eligible baseline; 0 ≤ 1.4; 0 ≤ 1
    [8, 6, false, false], // 2 points but 25 %: 6 > 5.6
    [3, 2, false, false], // 33 % but 1 point: 2 > 3 − 2
    [3, 1, true, true], // 2 points; 1 ≤ 2.1; 1 ≤ 1.5
    [10, 8, false, false], // 2 points, 20 %
    [5, 8, false, false], // worse
    [7, 7, false, false], // unchanged
  ])('baseline %i → latest %i: responder %p, substantial %p', (baselinePain, latestPain, responder, substantial) => {
    expect(classifyResponder(episode({ baselinePain, latestPain }))).toEqual({
      eligible: true,
      responder,
      substantialResponder: substantial,
      failureToProgress: !responder,
    });
  });

  it('2 → 1 halves the pain but drops 1 point: not a responder, so not substantial either', () => {
    const halved = classifyResponder(episode({ baselinePain: 2, latestPain: 1 }));
    expect(halved).toMatchObject({ eligible: true, responder: false, substantialResponder: false });
  });

  it('excludes a single-session episode, whatever its baseline (checked first)', () => {
    expect(classifyResponder(episode({ sessionCount: 1, baselinePain: 7, latestPain: 7 }))).toEqual({
      eligible: false,
      exclusion: 'SINGLE_SESSION',
    });
    expect(classifyResponder(episode({ sessionCount: 1, baselinePain: 1, latestPain: 1 }))).toEqual({
      eligible: false,
      exclusion: 'SINGLE_SESSION',
    });
  });

  it.each([0, 1])('excludes a baseline of %i: it cannot improve by 2 points', (baselinePain) => {
    expect(classifyResponder(episode({ sessionCount: 6, baselinePain, latestPain: 0 }))).toEqual({
      eligible: false,
      exclusion: 'BASELINE_BELOW_2',
    });
  });

  it('failure to progress needs 4 sessions: 3 sessions at 8 → 7 is not yet, 4 sessions is', () => {
    expect(classifyResponder(episode({ sessionCount: 3, baselinePain: 8, latestPain: 7 }))).toMatchObject({
      failureToProgress: false,
    });
    expect(classifyResponder(episode({ sessionCount: 4, baselinePain: 8, latestPain: 7 }))).toMatchObject({
      failureToProgress: true,
    });
  });

  it('a responder after 4 sessions has not failed to progress', () => {
    expect(classifyResponder(episode({ sessionCount: 9, baselinePain: 8, latestPain: 3 }))).toMatchObject({
      responder: true,
      failureToProgress: false,
    });
  });

  it.each([
    episode({ baselinePain: 11 }),
    episode({ latestPain: -1 }),
    episode({ latestPain: 5.5 }),
    episode({ sessionCount: 0 }),
    episode({ sessionCount: 2.5 }),
  ])('rejects an impossible pain course %p', (bad) => {
    expect(() => classifyResponder(bad)).toThrow(RangeError);
  });
});

describe('percentChange', () => {
  it('10 → 7 is −30 %', () => {
    // (7 − 10)/10 × 100 = −30
    expect(percentChange(10, 7)).toBeCloseTo(-30, 12);
  });

  it('4 → 6 is +50 % (worse)', () => {
    expect(percentChange(4, 6)).toBeCloseTo(50, 12);
  });

  it('6 → 4 is −33.33… %', () => {
    // −2/6 × 100 = −33.333333333333336
    expect(percentChange(6, 4)).toBeCloseTo(-100 / 3, 12);
  });

  it('is null from a baseline of 0', () => {
    expect(percentChange(0, 3)).toBeNull();
  });
});

describe('summarizeResponders', () => {
  it('scenario: a cohort of 8 episodes with drop-outs and low baselines counted, not dropped', () => {
    const cohort = [
      episode({ sessionCount: 4, baselinePain: 8, latestPain: 3 }), // responder, substantial (3 ≤ 4)
      episode({ sessionCount: 2, baselinePain: 10, latestPain: 7 }), // responder (exactly 30 %), not substantial
      episode({ sessionCount: 5, baselinePain: 6, latestPain: 5 }), // not responder; 5 sessions → failure to progress
      episode({ sessionCount: 4, baselinePain: 8, latestPain: 6 }), // 25 %: not responder → failure to progress
      episode({ sessionCount: 3, baselinePain: 3, latestPain: 2 }), // 1 point: not responder; 3 sessions → not failure
      episode({ sessionCount: 1, baselinePain: 7, latestPain: 7 }), // SINGLE_SESSION
      episode({ sessionCount: 6, baselinePain: 1, latestPain: 0 }), // BASELINE_BELOW_2
      episode({ sessionCount: 2, baselinePain: 0, latestPain: 0 }), // BASELINE_BELOW_2
    ];
    // eligible = 8 − 1 − 2 = 5; responders 2 → 2/5; substantial 1 → 1/5; failure 2 → 2/5
    expect(summarizeResponders(cohort)).toEqual({
      total: 8,
      eligible: 5,
      excluded: { SINGLE_SESSION: 1, BASELINE_BELOW_2: 2 },
      responders: 2,
      substantialResponders: 1,
      failureToProgress: 2,
      responderRate: 0.4,
      substantialResponderRate: 0.2,
      failureToProgressRate: 0.4,
    });
  });

  it('no eligible episode: counts reported, rates null', () => {
    const summary = summarizeResponders([episode({ sessionCount: 1 }), episode({ baselinePain: 1, latestPain: 1 })]);
    expect(summary).toMatchObject({
      total: 2,
      eligible: 0,
      excluded: { SINGLE_SESSION: 1, BASELINE_BELOW_2: 1 },
      responderRate: null,
      substantialResponderRate: null,
      failureToProgressRate: null,
    });
  });

  it('empty cohort: zeros and null rates', () => {
    expect(summarizeResponders([])).toEqual({
      total: 0,
      eligible: 0,
      excluded: { SINGLE_SESSION: 0, BASELINE_BELOW_2: 0 },
      responders: 0,
      substantialResponders: 0,
      failureToProgress: 0,
      responderRate: null,
      substantialResponderRate: null,
      failureToProgressRate: null,
    });
  });
});
