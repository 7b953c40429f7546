import { InitialSchema1763683200000 } from './1763683200000-initial-schema';
import { AnalyticsRollups1763769600000 } from './1763769600000-analytics-rollups';
import { CohortCube1764115200000 } from './1764115200000-cohort-cube';
import { CohortCubeVersion1764288000000 } from './1764288000000-cohort-cube-version';
import { EpisodeFactorTableReports1764460800000 } from './1764460800000-episode-factor-table-reports';
import { ExportPlanReleased1764374400000 } from './1764374400000-export-plan-released';
import { ExportPlanWithoutPeople1764547200000 } from './1764547200000-export-plan-without-people';
import { ExportRecordParts1764633600000 } from './1764633600000-export-record-parts';
import { ExportRuns1763942400000 } from './1763942400000-export-runs';
import { RowLevelSecurity1763856000000 } from './1763856000000-row-level-security';
import { SessionExport1764201600000 } from './1764201600000-session-export';
import { SessionExportBlock1764720000000 } from './1764720000000-session-export-block';

/** Every migration, in order. Run on both engines; never edited once released. */
export const MIGRATIONS = [InitialSchema1763683200000, AnalyticsRollups1763769600000, RowLevelSecurity1763856000000, ExportRuns1763942400000, CohortCube1764115200000, SessionExport1764201600000, CohortCubeVersion1764288000000, ExportPlanReleased1764374400000, EpisodeFactorTableReports1764460800000, ExportPlanWithoutPeople1764547200000, ExportRecordParts1764633600000, SessionExportBlock1764720000000];
