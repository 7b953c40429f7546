import { userMessage } from '../../../api/errors';
import { PATIENT_LIST_PAGE_SIZE } from '../graphql/patients';
import { usePatientList } from '../hooks/usePatientList';
import { PatientList } from './PatientList';

/** The patient list wired to the API: mounting it sends the `patients` query. */
export function PatientListSection({ title }: { title: string }) {
  const { patients, hasMore, loading, error, retry } = usePatientList(PATIENT_LIST_PAGE_SIZE);
  return (
    <PatientList
      title={title}
      patients={patients}
      hasMore={hasMore}
      loading={loading}
      errorMessage={error ? userMessage(error) : null}
      onRetry={retry}
    />
  );
}
