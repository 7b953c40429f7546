/**
 * Field-level rules for identifiable data (HIPAA Safe Harbor identifiers the API holds: names,
 * dates of birth, postal codes, emails, and free-text notes that may contain any of them).
 *
 * - A RESEARCHER never selects an identifiable field, whatever operation leads to it: a query
 *   that names one is refused before anything runs, and the field itself refuses at run time.
 *   The one exception is the researcher's own login (`me { email displayName }`).
 * - A RESEARCHER never resolves any field of a row-level clinical type: researchers see figures.
 * - Every identifiable value sent to anyone else is recorded and audited with the request.
 *
 * A test scans the schema for fields that look identifiable (…name, email, birth…, postal…,
 * notes, address, phone) and fails unless each is listed here or in NOT_IDENTIFIABLE.
 */
export interface IdentifiableField {
  /** The audit event's objectType for a read of this field. */
  objectType: string;
  /** The property of the parent object holding that object's id. */
  idProperty: string;
}

const patient = (idProperty = 'id'): IdentifiableField => ({ objectType: 'patient', idProperty });
const user = (idProperty = 'id'): IdentifiableField => ({ objectType: 'user', idProperty });

export const IDENTIFIABLE_FIELDS: Readonly<Record<string, Readonly<Record<string, IdentifiableField>>>> = {
  Patient: { name: patient(), birthDate: patient(), postalCode: patient() },
  TreatmentSession: { notes: { objectType: 'treatment_session', idProperty: 'id' } },
  Referral: { notes: { objectType: 'referral', idProperty: 'id' } },
  User: { email: user(), displayName: user() },
  CaseloadEntry: { patientName: patient('patientId') },
  TherapistOutcome: { displayName: user('therapistId') },
};

/** Fields whose names look identifiable but are not (why, in a word each). */
export const NOT_IDENTIFIABLE: ReadonlySet<string> = new Set([
  'Clinic.name', // the business's name
  'RegressionCoefficient.name', // a model term: intercept, baseline, cause:…, therapist:<id>
]);

/** Row-level clinical types: no field of these reaches a researcher. */
export const ROW_LEVEL_TYPES: ReadonlySet<string> = new Set([
  'Patient',
  'PatientConnection',
  'PatientEdge',
  'Episode',
  'TreatmentSession',
  'MedicationReport',
  'OutcomeMeasure',
  'RedFlagAlert',
  'Referral',
  'CaseloadEntry',
  'AuditEvent',
]);

/** The root field through which a user reads their own login, identifiable fields included. */
export const OWN_LOGIN_ROOT_FIELD = 'me';

/** Root fields whose User is the caller's own login: `me`, and the user `login` just logged in. */
export const OWN_LOGIN_ROOT_FIELDS: Readonly<Record<'query' | 'mutation', readonly string[]>> = {
  query: [OWN_LOGIN_ROOT_FIELD],
  mutation: ['login'],
};

export function identifiableField(typeName: string, fieldName: string): IdentifiableField | undefined {
  return IDENTIFIABLE_FIELDS[typeName]?.[fieldName];
}

/** Field names that look like identifiers; used by the schema scan in the tests. */
export const LOOKS_IDENTIFIABLE = /(name|email|birth|postal|zip|notes?|address|phone|ssn)$/i;
