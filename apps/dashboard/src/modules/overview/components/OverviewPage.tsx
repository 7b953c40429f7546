import { PatientListSection } from '../../patients/components/PatientListSection';
import { PageHeading } from '../../shell/components/PageHeading';
import { APP_ROUTES } from '../../shell/routes';

export function OverviewPage() {
  return (
    <>
      <PageHeading>{APP_ROUTES.overview.title}</PageHeading>
      <p className="muted lead">
        Cohort outcomes, responder rates, medication reduction and red flags for the whole clinic will
        appear here.
      </p>
      <PatientListSection title="Patients" />
    </>
  );
}
