import type { MockLink } from '@apollo/client/testing';
import type { SignedInUser } from '../modules/auth/signedInUser';
import { PatientPage } from '../modules/patients/components/PatientPage';
import { openAlertsMock, patientDetailMock } from './factories';
import { renderAt, type RenderedApp } from './renderApp';

type PatientDetail = Parameters<typeof patientDetailMock>[0];
type OpenAlert = Parameters<typeof openAlertsMock>[0][number];

export interface PatientPageOptions {
  /** The clinic's open red-flag alerts; none by default. */
  alerts?: OpenAlert[];
  /** What the page sends after its two queries, in order. */
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
}

/** The patient page of `patient` as `me` sees it, with its two queries (the patient, the open alerts) answered. */
export function renderPatientPage(patient: PatientDetail, me: SignedInUser, { alerts = [], mocks = [] }: PatientPageOptions = {}): RenderedApp {
  return renderAt(`/patients/${patient.id}`, [patientDetailMock(patient), openAlertsMock(alerts), ...mocks], {
    ui: <PatientPage />,
    routePath: '/patients/:patientId',
    me,
  });
}
