import { PatientListSection } from '../../patients/components/PatientListSection';
import { PageHeading } from '../../shell/components/PageHeading';
import { APP_ROUTES } from '../../shell/routes';

export function CaseloadPage() {
  return (
    <>
      <PageHeading>{APP_ROUTES.caseload.title}</PageHeading>
      <p className="muted lead">
        Who is improving, who is not, who is overdue and who has a red flag will appear here.
      </p>
      <PatientListSection title="Your patients" />
    </>
  );
}
