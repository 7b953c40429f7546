import { CohortDimension } from '../../../gql/graphql';
import { filterFromParams, groupByFromParams, withoutFilter, withParam } from '../filters';

const THERAPIST_ID = '262439bb-388a-4147-be48-f0cf18def859';

describe('filterFromParams', () => {
  it('is null when the address filters nothing', () => {
    expect(filterFromParams(new URLSearchParams('by=CAUSE'))).toBeNull();
  });

  it('reads dates, lists (repeated keys, sorted, once each) and therapist ids', () => {
    const params = new URLSearchParams(
      `from=2025-01-01&to=2025-06-30&cause=STENOSIS&cause=PIRIFORMIS&cause=STENOSIS&frequency=WEEKLY&technique=HEAT&status=DROPPED_OUT&condition=SCIATICA&therapist=${THERAPIST_ID}`,
    );
    expect(filterFromParams(params)).toEqual({
      startedFrom: '2025-01-01',
      startedTo: '2025-06-30',
      conditions: ['SCIATICA'],
      causes: ['PIRIFORMIS', 'STENOSIS'],
      frequencies: ['WEEKLY'],
      techniques: ['HEAT'],
      statuses: ['DROPPED_OUT'],
      therapistIds: [THERAPIST_ID],
    });
  });

  it('drops values the API would refuse instead of sending them', () => {
    expect(filterFromParams(new URLSearchParams('from=2025-02-30&cause=TOOTHACHE&therapist=1 OR 1=1&frequency=TWICE_A_WEEK'))).toBeNull();
  });
});

describe('groupByFromParams', () => {
  it.each([
    ['by=FREQUENCY', CohortDimension.FREQUENCY],
    ['by=SYMPTOM_DURATION', CohortDimension.SYMPTOM_DURATION],
    ['by=SHOE_SIZE', CohortDimension.NONE],
    ['', CohortDimension.NONE],
  ])('reads %p as %p', (query, expected) => {
    expect(groupByFromParams(new URLSearchParams(query))).toBe(expected);
  });
});

describe('withParam / withoutFilter', () => {
  it('sets one key and keeps the others', () => {
    expect(withParam(new URLSearchParams('cause=A&cause=B&by=CAUSE'), 'cause', 'STENOSIS').toString()).toBe('by=CAUSE&cause=STENOSIS');
  });

  it('removes a key set to "" and the default cohort split', () => {
    expect(withParam(new URLSearchParams('cause=A&by=CAUSE'), 'cause', '').toString()).toBe('by=CAUSE');
    expect(withParam(new URLSearchParams('by=CAUSE'), 'by', CohortDimension.NONE).toString()).toBe('');
  });

  it('clears every filter but keeps the cohort split and other keys', () => {
    expect(withoutFilter(new URLSearchParams('from=2025-01-01&cause=A&by=CAUSE&episode=e1')).toString()).toBe('by=CAUSE&episode=e1');
  });
});
