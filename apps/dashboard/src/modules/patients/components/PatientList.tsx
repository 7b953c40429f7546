import { Link } from 'react-router';
import { patientPath } from '../../shell/routes';
import type { PatientSummary } from '../hooks/usePatientList';

export interface PatientListProps {
  title: string;
  patients: readonly PatientSummary[];
  hasMore: boolean;
  loading: boolean;
  /** A sentence for the reader, or null. */
  errorMessage: string | null;
  onRetry: () => void;
}

export function PatientList({ title, patients, hasMore, loading, errorMessage, onRetry }: PatientListProps) {
  return (
    <section className="card" aria-labelledby="patient-list-title" aria-busy={loading}>
      <h2 id="patient-list-title">{title}</h2>
      {errorMessage ? (
        <div role="alert" className="alert alert-error">
          <p>Patients could not be loaded. {errorMessage}</p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : loading && patients.length === 0 ? (
        <p role="status" className="muted">
          Loading patients…
        </p>
      ) : patients.length === 0 ? (
        <p className="muted">No patients yet.</p>
      ) : (
        <>
          <ul className="patient-list">
            {patients.map((patient) => (
              <li key={patient.id}>
                <Link to={patientPath(patient.id)}>{patient.name}</Link>
              </li>
            ))}
          </ul>
          {hasMore && <p className="muted">Showing the first {patients.length} patients.</p>}
        </>
      )}
    </section>
  );
}
