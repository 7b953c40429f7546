import { PageHeading } from '../../shell/components/PageHeading';
import { APP_ROUTES } from '../../shell/routes';

// No patient list here: a researcher never reads an identifiable field.
export function ResearchPage() {
  return (
    <>
      <PageHeading>{APP_ROUTES.research.title}</PageHeading>
      <p className="muted lead">
        The cohort builder, aggregate charts with small cells suppressed and the anonymized export
        will appear here.
      </p>
    </>
  );
}
