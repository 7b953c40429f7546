import { CohortDimension } from '../../../gql/graphql';
import { KpiSection } from '../../analytics/components/AnalyticsSections';
import { PatientListSection } from '../../patients/components/PatientListSection';
import { RedFlagInbox } from '../../red-flags/components/RedFlagInbox';
import { PageHeading } from '../../shell/components/PageHeading';
import { APP_ROUTES } from '../../shell/routes';
import { CaseloadSection } from './CaseloadSection';

export function CaseloadPage() {
  return (
    <>
      <PageHeading>{APP_ROUTES.caseload.title}</PageHeading>
      <p className="muted lead">Who is improving, who is not, who is overdue and who has a red flag.</p>
      <div className="stack">
        <RedFlagInbox />
        <CaseloadSection />
        {/* The API scopes these figures to the therapist's own episodes. */}
        <KpiSection filter={null} groupBy={CohortDimension.NONE} title="Your outcomes" />
        <PatientListSection title="All your patients" />
      </div>
    </>
  );
}
