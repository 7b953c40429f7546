import { waitFor } from '@testing-library/react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { createMemoryRouter } from 'react-router';
import { Role, SuspectedCause } from '@outcomes/models';
import { createCache } from '../api/client';
import { CohortDimension } from '../gql/graphql';
import { TRAJECTORY_QUERY } from '../modules/analytics/graphql/analytics';
import { ME_QUERY } from '../modules/auth/graphql/auth';
import { PAGES, preloadPage, startPagePreloading } from '../pages';
import {
  analyticsMocks,
  caseloadPageMocks,
  MeFactory,
  meMock,
  meUnauthenticatedMock,
  openAlertsMock,
  patientsMock,
  researchMocks,
  therapistComparisonMock,
  therapistOptionsMock,
} from '../testing/factories';

const PIRIFORMIS = { causes: [SuspectedCause.PIRIFORMIS] };

/** A client whose link answers from `mocks` (each once, without delay) and records what reached it. */
function recordingClient(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  const sent: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const recorder = new ApolloLink((operation, forward) => {
    sent.push({ operation: operation.operationName ?? '(anonymous)', variables: operation.variables });
    return forward(operation);
  });
  const client = new ApolloClient({ link: ApolloLink.from([recorder, new MockLink(mocks, { defaultOptions: { delay: 0 } })]), cache: createCache() });
  return { client, sent, operations: () => sent.map((request) => request.operation) };
}

/** Long enough for a query that would be sent to be sent: for checking that none was. */
const answered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
const byOperation = (a: { operation: string }, b: { operation: string }): number => a.operation.localeCompare(b.operation);

describe('preloadPage', () => {
  let loads: jest.SpyInstance[];

  beforeEach(() => {
    // The chunks themselves are not loaded here (Recharts compiles for seconds under Jest).
    loads = Object.values(PAGES).map((page) => jest.spyOn(page, 'load').mockResolvedValue(() => null));
  });

  afterEach(() => {
    for (const load of loads) load.mockRestore();
  });

  it("sends an owner's overview queries once Me is known, with the address's filter and split", async () => {
    const owner = MeFactory.build({ role: Role.OWNER });
    const { client, sent } = recordingClient([
      meMock(owner),
      ...analyticsMocks({ filter: PIRIFORMIS, groupBy: CohortDimension.CAUSE }),
      therapistComparisonMock(PIRIFORMIS),
      therapistOptionsMock(),
      openAlertsMock([]),
      patientsMock([]),
    ]);

    preloadPage(client, { pathname: '/overview', search: '?cause=PIRIFORMIS&by=CAUSE&cause=NOT_A_CAUSE' });

    expect(PAGES.overview.load).toHaveBeenCalledTimes(1);
    // The chunk does not wait for Me; the queries do.
    expect(sent.map((request) => request.operation)).toEqual(['Me']);
    await waitFor(() => expect(sent).toHaveLength(9));
    const cohort = { filter: PIRIFORMIS, groupBy: CohortDimension.CAUSE };
    expect(sent.slice(1).sort(byOperation)).toEqual([
      { operation: 'CohortTrajectory', variables: cohort },
      { operation: 'MedicationTrend', variables: cohort },
      { operation: 'OpenRedFlagAlerts', variables: {} },
      { operation: 'OutcomeSummary', variables: cohort },
      { operation: 'Patients', variables: { first: 20 } },
      // The comparison follows the filter, not the split.
      { operation: 'TherapistComparison', variables: { filter: PIRIFORMIS } },
      { operation: 'TherapistOptions', variables: {} },
      { operation: 'TimeToResponse', variables: cohort },
    ]);
    // Cached for the page's own query to read.
    await waitFor(() => expect(client.readQuery({ query: TRAJECTORY_QUERY, variables: cohort })).not.toBeNull());
  });

  it.each([Role.THERAPIST, Role.RESEARCHER])('sends a %s nothing of the overview but Me, though the chunk loads', async (role) => {
    const { client, operations } = recordingClient([meMock(MeFactory.build({ role })), ...analyticsMocks({ filter: null, groupBy: CohortDimension.NONE })]);

    preloadPage(client, { pathname: '/overview', search: '' });
    await waitFor(() => expect(client.readQuery({ query: ME_QUERY })).not.toBeNull());
    await answered();

    expect(PAGES.overview.load).toHaveBeenCalledTimes(1);
    expect(operations()).toEqual(['Me']);
  });

  it("sends a therapist's caseload queries", async () => {
    const { client, sent } = recordingClient([meMock(MeFactory.build({ role: Role.THERAPIST })), ...caseloadPageMocks()]);

    preloadPage(client, { pathname: '/caseload', search: '' });
    await waitFor(() => expect(sent).toHaveLength(5));

    expect(sent.sort(byOperation)).toEqual([
      { operation: 'Caseload', variables: {} },
      { operation: 'Me', variables: {} },
      { operation: 'OpenRedFlagAlerts', variables: {} },
      { operation: 'OutcomeSummary', variables: { filter: null, groupBy: CohortDimension.NONE } },
      { operation: 'Patients', variables: { first: 20 } },
    ]);
  });

  it("sends a researcher's cohort queries and nothing identifiable", async () => {
    const { client, operations } = recordingClient([meMock(MeFactory.build({ role: Role.RESEARCHER })), ...researchMocks()]);

    preloadPage(client, { pathname: '/research/', search: '' });
    await waitFor(() => expect(operations()).toHaveLength(5));

    expect([...operations()].sort()).toEqual(['CohortTrajectory', 'Me', 'MedicationTrend', 'OutcomeSummary', 'TimeToResponse']);
  });

  it('sends no page query when nobody is signed in', async () => {
    const { client, operations } = recordingClient([meUnauthenticatedMock()]);

    preloadPage(client, { pathname: '/overview', search: '' });
    await answered();

    expect(operations()).toEqual(['Me']);
  });

  it('asks Me once with the shell: one request answers both', async () => {
    const therapist = MeFactory.build({ role: Role.THERAPIST });
    const { client, operations } = recordingClient([meMock(therapist)]);

    preloadPage(client, { pathname: '/overview', search: '' });
    const shellsMe = client.query({ query: ME_QUERY });

    await expect(shellsMe).resolves.toMatchObject({ data: { me: { id: therapist.id } } });
    await answered();
    expect(operations()).toEqual(['Me']);
  });

  it('only starts the chunk of a page with nothing to prefetch', async () => {
    const { client, operations } = recordingClient([]);

    preloadPage(client, { pathname: '/team', search: '' });
    preloadPage(client, { pathname: '/patients/patient-42', search: '?episode=episode-1' });
    await answered();

    expect(PAGES.team.load).toHaveBeenCalledTimes(1);
    expect(PAGES.patient.load).toHaveBeenCalledTimes(1);
    expect(operations()).toEqual([]);
  });

  it('does nothing for an address that is no page', async () => {
    const { client, operations } = recordingClient([]);

    preloadPage(client, { pathname: '/login', search: '?next=%2Foverview' });
    await answered();

    expect(operations()).toEqual([]);
    for (const load of loads) expect(load).not.toHaveBeenCalled();
  });
});

describe('startPagePreloading', () => {
  it('preloads the first page, then each page the app navigates to, not a change of the filter', async () => {
    const load = jest.spyOn(PAGES.overview, 'load').mockResolvedValue(() => null);
    const teamLoad = jest.spyOn(PAGES.team, 'load').mockResolvedValue(() => null);
    try {
      const router = createMemoryRouter([{ path: '*', element: null }], { initialEntries: ['/overview'] });
      const { client, operations } = recordingClient([
        meMock(MeFactory.build({ role: Role.OWNER })),
        ...analyticsMocks({ filter: null, groupBy: CohortDimension.NONE }),
        therapistComparisonMock(null),
        therapistOptionsMock(),
        openAlertsMock([]),
        patientsMock([]),
      ]);

      const stop = startPagePreloading(router, client);
      expect(load).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(operations()).toHaveLength(9));

      await router.navigate('/overview?by=FREQUENCY');
      await router.navigate('/team');
      await answered();
      expect(load).toHaveBeenCalledTimes(1);
      expect(teamLoad).toHaveBeenCalledTimes(1);
      // Back on the overview: its answers are cached, so nothing is sent again.
      await router.navigate('/overview');
      await answered();
      expect(load).toHaveBeenCalledTimes(2);
      expect(operations()).toHaveLength(9);

      stop();
      await router.navigate('/team');
      expect(teamLoad).toHaveBeenCalledTimes(1);
    } finally {
      load.mockRestore();
      teamLoad.mockRestore();
    }
  });
});

describe('PAGES', () => {
  it('downloads a chunk once however often it is asked for', async () => {
    const first = PAGES.team.load();
    expect(PAGES.team.load()).toBe(first);
    await expect(first).resolves.toBeInstanceOf(Function);
  });
});
