import { ageOn, today } from '../../clinical/dates';
import { SEX_LABELS } from '../../clinical/labels';
import { PageHeading } from '../../shell/components/PageHeading';
import type { PatientDetail } from '../hooks/usePatientDetail';

export function PatientHeader({ patient }: { patient: PatientDetail }) {
  return (
    <header className="patient-header">
      <PageHeading>{patient.name}</PageHeading>
      <dl className="facts">
        <div>
          <dt>Age</dt>
          <dd>{ageOn(patient.birthDate, today())}</dd>
        </div>
        <div>
          <dt>Sex</dt>
          <dd>{SEX_LABELS[patient.sex]}</dd>
        </div>
        {patient.primaryTherapist && (
          <div>
            <dt>Therapist</dt>
            <dd>{patient.primaryTherapist.displayName}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
