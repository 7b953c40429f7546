import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Role } from '@outcomes/models';
import { OutcomeSections } from '../../analytics/components/AnalyticsSections';
import { FilterBar, OWNER_DIMENSIONS } from '../../analytics/components/FilterBar';
import { TherapistSection } from '../../analytics/components/TherapistSection';
import { THERAPIST_OPTIONS_QUERY } from '../../analytics/graphql/analytics';
import { useAnalyticsParams } from '../../analytics/hooks/useAnalyticsParams';
import { PatientListSection } from '../../patients/components/PatientListSection';
import { RedFlagInbox } from '../../red-flags/components/RedFlagInbox';
import { PageHeading } from '../../shell/components/PageHeading';
import { APP_ROUTES } from '../../shell/routes';

export function OverviewPage() {
  const analytics = useAnalyticsParams();
  const { filter, groupBy } = analytics;
  const { data } = useQuery(THERAPIST_OPTIONS_QUERY);
  const therapists = useMemo(
    () => (data?.users ?? []).filter((user) => user.role === Role.THERAPIST).map(({ id, displayName }) => ({ id, displayName })),
    [data],
  );

  return (
    <>
      <PageHeading>{APP_ROUTES.overview.title}</PageHeading>
      <p className="muted lead">Outcomes of the clinic’s episodes of care. The filter and the cohort split are kept in the address.</p>
      <FilterBar analytics={analytics} therapists={therapists} dimensions={OWNER_DIMENSIONS} />
      <div className="stack">
        <OutcomeSections filter={filter} groupBy={groupBy}>
          <div className="span-2">
            <TherapistSection filter={filter} />
          </div>
          <RedFlagInbox />
          <PatientListSection title="Patients" />
        </OutcomeSections>
      </div>
    </>
  );
}
