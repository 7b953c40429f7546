import type { GeneratedClinic } from './generate';

/**
 * The clinical tables a generated clinic fills, in foreign-key order (every row's parents come
 * before it), each with the generated rows bound for it. Free of TypeORM and of the API's code so
 * that the generation worker can load it.
 */
export const CLINIC_TABLES = [
  'clinic',
  'app_user',
  'patient',
  'episode',
  'treatment_session',
  'session_technique',
  'session_region',
  'session_red_flag',
  'medication_report',
  'medication_item',
  'non_opioid_use',
  'outcome_measure',
  'red_flag_alert',
  'referral',
] as const;

export type ClinicTable = (typeof CLINIC_TABLES)[number];

export function clinicRows(generated: GeneratedClinic): Record<ClinicTable, readonly object[]> {
  return {
    clinic: [generated.clinic],
    app_user: generated.users,
    patient: generated.patients,
    episode: generated.episodes,
    treatment_session: generated.treatmentSessions,
    session_technique: generated.sessionTechniques,
    session_region: generated.sessionRegions,
    session_red_flag: generated.sessionRedFlags,
    medication_report: generated.medicationReports,
    medication_item: generated.medicationItems,
    non_opioid_use: generated.nonOpioidUses,
    outcome_measure: generated.outcomeMeasures,
    red_flag_alert: generated.redFlagAlerts,
    referral: generated.referrals,
  };
}

/** Rows per table name of a generated clinic (what loading it will write). */
export function countRows(generated: GeneratedClinic): Record<ClinicTable, number> {
  const rows = clinicRows(generated);
  return Object.fromEntries(CLINIC_TABLES.map((table) => [table, rows[table].length])) as Record<ClinicTable, number>;
}
