import { CohortCubePending, CohortCubeVersion, CohortDelta, CohortStat } from '../analytics/rollups/cohort-cube.entity';
import {
  EpisodeCohort,
  EpisodeGap,
  EpisodeOutcome,
  EpisodeTechnique,
  EpisodeWeekMedication,
  EpisodeWeekPain,
} from '../analytics/rollups/episode-outcome.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { UserSession } from '../auth/user-session.entity';
import { Clinic } from '../clinics/clinic.entity';
import { Episode } from '../episodes/episode.entity';
import { ExportEpisode, ExportRun } from '../exports/export-run.entity';
import { SessionExport } from '../exports/session-export.entity';
import { SessionExportBlock } from '../exports/session-export-block.entity';
import { MedicationItem, MedicationReport, NonOpioidUse } from '../medications/medication-report.entity';
import { OutcomeMeasure } from '../outcome-measures/outcome-measure.entity';
import { Patient } from '../patients/patient.entity';
import { RedFlagAlert, Referral } from '../red-flags/red-flag-alert.entity';
import {
  SessionRedFlag,
  SessionRegion,
  SessionTechnique,
  TreatmentSession,
} from '../sessions/treatment-session.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [
  Clinic,
  User,
  UserSession,
  Patient,
  Episode,
  TreatmentSession,
  SessionTechnique,
  SessionRegion,
  SessionRedFlag,
  MedicationReport,
  MedicationItem,
  NonOpioidUse,
  OutcomeMeasure,
  RedFlagAlert,
  Referral,
  AuditEvent,
  EpisodeOutcome,
  EpisodeWeekPain,
  EpisodeTechnique,
  EpisodeGap,
  EpisodeWeekMedication,
  EpisodeCohort,
  CohortStat,
  CohortDelta,
  CohortCubePending,
  CohortCubeVersion,
  ExportRun,
  ExportEpisode,
  SessionExport,
  SessionExportBlock,
];
