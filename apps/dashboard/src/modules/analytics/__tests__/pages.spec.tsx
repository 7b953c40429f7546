import { fireEvent, screen, within } from '@testing-library/react';
import { Role, SuspectedCause } from '@outcomes/models';
import { CohortDimension } from '../../../gql/graphql';
import {
  analyticsMocks,
  CaseloadEntryFactory,
  caseloadPageMocks,
  CohortOutcomeFactory,
  MeFactory,
  openAlertsMock,
  patientsMock,
  researchMocks,
  therapistComparisonMock,
  therapistOptionsMock,
} from '../../../testing/factories';
import { renderAt, settle } from '../../../testing/renderApp';
import { CaseloadPage } from '../../caseload/components/CaseloadPage';
import { OverviewPage } from '../../overview/components/OverviewPage';
import { ResearchPage } from '../../research/components/ResearchPage';

const THERAPIST_ID = '262439bb-388a-4147-be48-f0cf18def859';

describe('OverviewPage', () => {
  const owner = MeFactory.build({ role: Role.OWNER });
  const weekly = CohortOutcomeFactory.build({ cohort: 'WEEKLY', label: 'Weekly', responderRate: 0.6, substantialRate: 0.3 });
  const biweekly = CohortOutcomeFactory.build({ cohort: 'BIWEEKLY', label: 'Every other week', responderRate: 0.45, substantialRate: 0.2 });

  it('takes the filter and split from the address and changes the address when they change', async () => {
    const filter = { causes: [SuspectedCause.PIRIFORMIS] };
    const app = renderAt(
      '/overview?cause=PIRIFORMIS',
      [
        ...analyticsMocks({ filter, groupBy: CohortDimension.NONE }),
        therapistComparisonMock(filter),
        therapistOptionsMock([{ id: THERAPIST_ID, displayName: 'Ana Silva' }]),
        openAlertsMock([]),
        patientsMock([]),
        ...analyticsMocks({ filter, groupBy: CohortDimension.FREQUENCY }, { cohorts: [weekly, biweekly] }),
      ],
      { ui: <OverviewPage />, me: owner },
    );

    expect((await screen.findAllByText('50 %')).length).toBeGreaterThan(0);
    const tiles = within(screen.getByRole('region', { name: 'Outcomes' }));
    expect(tiles.getByText('Responders (≥ 30 % and ≥ 2 points)')).toBeTruthy();
    expect((screen.getByLabelText('Suspected cause') as HTMLSelectElement).value).toBe('PIRIFORMIS');
    expect(await screen.findByRole('option', { name: 'Ana Silva' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Compare cohorts by'), { target: { value: CohortDimension.FREQUENCY } });
    await settle();

    expect(app.href()).toBe('/overview?cause=PIRIFORMIS&by=FREQUENCY');
    const responders = screen.getByRole('region', { name: 'Responder rates' });
    fireEvent.click(within(responders).getByRole('button', { name: 'Show as table' }));
    const rows = await within(responders).findAllByRole('row');
    expect(rows.map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([
      ['Cohort', 'Episodes', 'Eligible', 'Dropped out', '≥ 30 % responders (%)', '≥ 50 % responders (%)'],
      ['Weekly', '40', '36', '8', '60', '30'],
      ['Every other week', '40', '36', '8', '45', '20'],
    ]);
    // The split changed only the cohort queries; the therapist comparison keeps its variables.
    expect(app.operations.filter((name) => name === 'TherapistComparison')).toHaveLength(1);
    expect(app.operations.filter((name) => name === 'CohortTrajectory')).toHaveLength(2);
  });

  it('clears the filter', async () => {
    const app = renderAt(
      '/overview?cause=PIRIFORMIS&by=CAUSE',
      [
        ...analyticsMocks({ filter: { causes: [SuspectedCause.PIRIFORMIS] }, groupBy: CohortDimension.CAUSE }),
        therapistComparisonMock({ causes: [SuspectedCause.PIRIFORMIS] }),
        therapistOptionsMock(),
        openAlertsMock([]),
        patientsMock([]),
        ...analyticsMocks({ filter: null, groupBy: CohortDimension.CAUSE }),
        therapistComparisonMock(null),
      ],
      { ui: <OverviewPage />, me: owner },
    );
    await screen.findAllByText('50 %');

    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));

    expect(app.href()).toBe('/overview?by=CAUSE');
  });
});

describe('CaseloadPage', () => {
  const therapist = MeFactory.build({ role: Role.THERAPIST });
  const ruth = CaseloadEntryFactory.build({ patientName: 'Ruth Okafor', redFlag: true, nextDueDate: '2025-03-20' });
  const leo = CaseloadEntryFactory.build({ patientName: 'Leo Brandt', overdue: true, nextDueDate: '2025-03-01', latestPain: 8, painChange: 0 });
  const ana = CaseloadEntryFactory.build({ patientName: 'Ana Silva', nextDueDate: '2025-03-18', weeklyPain: [] });

  function tableNames(): string[] {
    const table = screen.getByRole('table', { name: /Your active episodes/ });
    return within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent ?? '');
  }

  it('lists the caseload with sparklines and flags, red flags first', async () => {
    renderAt('/caseload', caseloadPageMocks([ana, leo, ruth]), { ui: <CaseloadPage />, me: therapist });

    await screen.findByRole('table', { name: /Your active episodes/ });
    expect(tableNames()).toEqual(['Ruth Okafor', 'Leo Brandt', 'Ana Silva']);
    const ruthRow = screen.getByRole('rowheader', { name: 'Ruth Okafor' }).closest('tr') as HTMLElement;
    expect(within(ruthRow).getByRole('img', { name: 'Weekly pain from 7 in week 0 to 5 in week 1' })).toBeTruthy();
    expect(within(ruthRow).getByText('Red flag')).toBeTruthy();
    expect(within(ruthRow).getByRole('link', { name: 'Ruth Okafor' }).getAttribute('href')).toBe(
      `/patients/${ruth.patientId}?episode=${ruth.episodeId}`,
    );
  });

  it('sorts by a column (aria-sort says how) and filters by flag and name, in the address', async () => {
    const app = renderAt('/caseload', caseloadPageMocks([ana, leo, ruth]), { ui: <CaseloadPage />, me: therapist });
    await screen.findByRole('table', { name: /Your active episodes/ });

    fireEvent.click(screen.getByRole('button', { name: 'Next due' }));
    expect(tableNames()).toEqual(['Leo Brandt', 'Ana Silva', 'Ruth Okafor']);
    expect(screen.getByRole('columnheader', { name: /Next due/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(app.href()).toBe('/caseload?sort=nextDue&dir=ascending');

    fireEvent.click(screen.getByRole('button', { name: /Next due/ }));
    expect(tableNames()).toEqual(['Ruth Okafor', 'Ana Silva', 'Leo Brandt']);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Overdue (1)' }));
    expect(tableNames()).toEqual(['Leo Brandt']);
    expect(screen.getByText('1 of 3 active episodes shown.')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Overdue (1)' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a patient' }), { target: { value: 'ana' } });
    expect(tableNames()).toEqual(['Ana Silva']);
  });
});

describe('ResearchPage', () => {
  const researcher = MeFactory.build({ role: Role.RESEARCHER });

  it('shows suppressed cells as "suppressed (n ≤ 10)" and never asks for patients or therapists', async () => {
    const app = renderAt(
      '/research',
      researchMocks({
        cohorts: [CohortOutcomeFactory.build({ cohort: 'ALL', label: 'All episodes' }), CohortOutcomeFactory.suppressed('PREGNANCY', 'Pregnancy')],
        openRedFlags: null,
      }),
      { ui: <ResearchPage />, me: researcher },
    );

    const responders = await screen.findByRole('region', { name: 'Responder rates' });
    await within(responders).findByRole('button', { name: 'Show as table' });
    expect(responders.textContent).toContain('Not drawn, suppressed (n ≤ 10): Pregnancy.');
    fireEvent.click(within(responders).getByRole('button', { name: 'Show as table' }));
    const pregnancy = within(responders).getByRole('rowheader', { name: 'Pregnancy' }).closest('tr') as HTMLElement;
    expect(within(pregnancy).getAllByText('suppressed (n ≤ 10)')).toHaveLength(5);
    expect(screen.queryByRole('option', { name: 'Therapist' })).toBeNull();
    await settle();
    expect([...new Set(app.operations)].sort()).toEqual(['CohortTrajectory', 'MedicationTrend', 'OutcomeSummary', 'TimeToResponse']);
  });
});
