import { BodyRegion, Position, RedFlag, Technique } from '@outcomes/models';
import {
  draftOfSession,
  sameDayReferralFlags,
  sessionFieldOf,
  toRecordSessionInput,
  toUpdateSessionInput,
  validateSession,
  type SessionDraft,
} from '../validation';

const episode = { startDate: '2025-03-03', endDate: null };
const TODAY = '2025-03-20';

function draft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    sessionDate: '2025-03-17',
    painBefore: 6,
    painAfter: null,
    techniques: [Technique.DEEP_TISSUE],
    regions: [BodyRegion.GLUTEALS],
    position: Position.PRONE,
    minutes: '60',
    redFlags: [],
    notes: '',
    ...overrides,
  };
}

describe('validateSession', () => {
  it('accepts a complete session', () => {
    expect(validateSession(draft(), episode, TODAY)).toEqual({});
  });

  it('accepts what the API leaves optional: pain after, position, techniques, regions, notes', () => {
    const minimal = draft({ painAfter: null, position: null, techniques: [], regions: [], notes: '' });
    expect(validateSession(minimal, episode, TODAY)).toEqual({});
  });

  it('requires pain before the session', () => {
    expect(validateSession(draft({ painBefore: null }), episode, TODAY)).toEqual({
      painBefore: 'Choose the pain before the session (0–10).',
    });
  });

  it.each([-1, 11, 6.5])('refuses pain %p with the API’s message', (pain) => {
    expect(validateSession(draft({ painBefore: pain, painAfter: pain }), episode, TODAY)).toEqual({
      painBefore: 'Pain is a whole number from 0 to 10.',
      painAfter: 'Pain is a whole number from 0 to 10.',
    });
  });

  it.each([0, 10])('accepts pain %p, the ends of the scale', (pain) => {
    expect(validateSession(draft({ painBefore: pain, painAfter: pain }), episode, TODAY)).toEqual({});
  });

  it.each([
    ['', 'Enter how many minutes the session lasted.'],
    ['4', 'A session lasts at least 5 minutes.'],
    ['241', 'A session lasts at most 240 minutes.'],
    ['45.5', 'Minutes are a whole number from 5 to 240.'],
    ['an hour', 'Minutes are a whole number from 5 to 240.'],
  ])('refuses %p minutes', (minutes, message) => {
    expect(validateSession(draft({ minutes }), episode, TODAY)).toEqual({ minutes: message });
  });

  it.each(['5', '240', ' 45 '])('accepts %p minutes', (minutes) => {
    expect(validateSession(draft({ minutes }), episode, TODAY)).toEqual({});
  });

  it.each([
    ['2025-03-02', 'The episode started on 2025-03-03; this date cannot be earlier.'],
    ['2025-03-21', 'This date is in the future (today is 2025-03-20).'],
    ['2025-02-30', 'A date is written YYYY-MM-DD and must exist on the calendar.'],
    ['', 'A date is written YYYY-MM-DD and must exist on the calendar.'],
  ])('refuses the date %p', (sessionDate, message) => {
    expect(validateSession(draft({ sessionDate }), episode, TODAY)).toEqual({ sessionDate: message });
  });

  it('accepts the start date and today', () => {
    expect(validateSession(draft({ sessionDate: '2025-03-03' }), episode, TODAY)).toEqual({});
    expect(validateSession(draft({ sessionDate: TODAY }), episode, TODAY)).toEqual({});
  });

  it('refuses a date after the end of an ended episode', () => {
    const ended = { startDate: '2025-03-03', endDate: '2025-03-14' };
    expect(validateSession(draft({ sessionDate: '2025-03-15' }), ended, TODAY)).toEqual({
      sessionDate: 'The episode ended on 2025-03-14; this date cannot be later.',
    });
  });

  it('refuses codes outside the enums and codes given twice', () => {
    const errors = validateSession(
      draft({
        techniques: ['REIKI' as Technique],
        regions: [BodyRegion.LUMBAR, BodyRegion.LUMBAR],
        position: 'HANDSTAND' as Position,
        redFlags: ['HEADACHE' as RedFlag],
      }),
      episode,
      TODAY,
    );
    expect(errors).toEqual({
      techniques: 'Unknown technique.',
      regions: 'Each region once.',
      position: 'Unknown position.',
      redFlags: 'Unknown red flag.',
    });
  });

  it('refuses notes over 10,000 characters', () => {
    expect(validateSession(draft({ notes: 'x'.repeat(10_001) }), episode, TODAY)).toEqual({
      notes: 'Notes are at most 10000 characters.',
    });
    expect(validateSession(draft({ notes: 'x'.repeat(10_000) }), episode, TODAY)).toEqual({});
  });
});

describe('sameDayReferralFlags', () => {
  it('picks the cauda equina signs out of the ticked flags', () => {
    expect(sameDayReferralFlags([RedFlag.NIGHT_PAIN, RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER, RedFlag.GAIT_DISTURBANCE])).toEqual([
      RedFlag.SADDLE_NUMBNESS,
      RedFlag.GAIT_DISTURBANCE,
    ]);
    expect(sameDayReferralFlags([RedFlag.NIGHT_PAIN, RedFlag.TRAUMA])).toEqual([]);
  });
});

describe('toRecordSessionInput', () => {
  it('sends numbers as numbers, blank notes as null, and the client request id', () => {
    expect(toRecordSessionInput(draft({ minutes: ' 45 ', notes: '   ' }), 'episode-1', '3b241101-e2bb-4255-8caf-4136c566a962')).toEqual({
      clientRequestId: '3b241101-e2bb-4255-8caf-4136c566a962',
      episodeId: 'episode-1',
      sessionDate: '2025-03-17',
      painBefore: 6,
      painAfter: null,
      techniques: [Technique.DEEP_TISSUE],
      regions: [BodyRegion.GLUTEALS],
      position: Position.PRONE,
      minutes: 45,
      redFlags: [],
      notes: null,
    });
  });

  it('refuses a client request id the API would refuse', () => {
    expect(() => toRecordSessionInput(draft(), 'episode-1', 'short')).toThrow('8-64 letters');
  });
});

describe('sessionFieldOf', () => {
  it.each([
    ['input.painBefore', 'painBefore'],
    ['input.techniques[1]', 'techniques'],
    ['input.sessionDate', 'sessionDate'],
    ['input.episodeId', null],
    ['input', null],
  ])('places %p on %p', (path, field) => {
    expect(sessionFieldOf(path)).toBe(field);
  });
});

describe('toUpdateSessionInput', () => {
  const read = draftOfSession({
    sessionDate: '2025-03-17',
    painBefore: 6,
    painAfter: null,
    techniques: [Technique.DEEP_TISSUE, Technique.SWEDISH],
    regions: [BodyRegion.GLUTEALS],
    position: Position.PRONE,
    minutes: 60,
    redFlags: [],
    notes: null,
  });

  it('sends nothing when nothing changed (techniques in another order are the same techniques)', () => {
    expect(toUpdateSessionInput({ ...read, techniques: [Technique.SWEDISH, Technique.DEEP_TISSUE], notes: '  ' }, read, 's-1', 4)).toBeNull();
  });

  it('sends only the changed fields, with the version read; cleared values as null', () => {
    const input = toUpdateSessionInput(
      { ...read, minutes: ' 45 ', position: null, redFlags: [RedFlag.NIGHT_PAIN], notes: 'Better sleep.' },
      read,
      's-1',
      4,
    );
    expect(input).toEqual({
      id: 's-1',
      expectedVersion: 4,
      minutes: 45,
      position: null,
      redFlags: [RedFlag.NIGHT_PAIN],
      notes: 'Better sleep.',
    });
  });
});
