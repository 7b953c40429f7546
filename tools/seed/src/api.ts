/** The seed tool's one door into the API's code. */
export { refreshEpisodeRollups } from '@outcomes/api/src/analytics/episode-rollups';
export { hashPassword } from '@outcomes/api/src/auth/auth.service';
export { Clinic } from '@outcomes/api/src/clinics/clinic.entity';
export { todayIn } from '@outcomes/api/src/common/dates';
export { loadConfig } from '@outcomes/api/src/config';
export { dataSourceOptions, type DatabaseTarget } from '@outcomes/api/src/database/data-source';
export { dialectOf, dialectOfDriver, type Dialect } from '@outcomes/api/src/database/dialect';
export { Episode } from '@outcomes/api/src/episodes/episode.entity';
export { MedicationItem, MedicationReport, NonOpioidUse } from '@outcomes/api/src/medications/medication-report.entity';
export { OutcomeInstrument, OutcomeMeasure } from '@outcomes/api/src/outcome-measures/outcome-measure.entity';
export { Patient } from '@outcomes/api/src/patients/patient.entity';
export { RedFlagAlert, Referral } from '@outcomes/api/src/red-flags/red-flag-alert.entity';
export {
  SessionRedFlag,
  SessionRegion,
  SessionTechnique,
  TreatmentSession,
} from '@outcomes/api/src/sessions/treatment-session.entity';
export { User } from '@outcomes/api/src/users/user.entity';
