import { Injectable } from '@nestjs/common';
import { classifyResponder, isOverdue, nextDueDate } from '@outcomes/metrics';
import { EpisodeStatus, type Frequency, PLANNED_GAP_DAYS } from '@outcomes/models';
import { AuditService } from '../audit/audit.service';
import type { AccessScope } from '../common/access-scope';
import { groupByKey } from '../common/group-by';
import { queryRows, type SqlValue, toNumber, toNumberOrNull } from '../database/sql';
import { TenantTransactions } from '../database/tenant-transactions';
import { clinicToday } from '../episodes/episode-dates';
import type { CaseloadEntry } from './analytics.types';
import { CohortDimension } from './cohort-dimension';
import { cohortSql } from './cohort-query';

type Row = Record<string, SqlValue>;

/**
 * A therapist's active episodes with what they need between sessions: latest pain and change, a
 * weekly sparkline, the next due date, and flags (open red flag, failure to progress, overdue).
 * Patient names are identifiable: the read is audited.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async caseload(scope: AccessScope): Promise<CaseloadEntry[]> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const cohorts = cohortSql(scope, { statuses: [EpisodeStatus.ACTIVE] }, CohortDimension.NONE);
      const episodes = await queryRows<Row>(
        manager,
        `SELECT e.id AS episode_id, e.patient_id AS patient_id, p.name AS patient_name, e.planned_frequency AS frequency,
           e.start_date AS start_date, o.session_count AS sessions, o.baseline_pain AS baseline, o.latest_pain AS latest,
           o.last_session_date AS last_session_date,
           (SELECT COUNT(*) FROM red_flag_alert a WHERE a.clinic_id = e.clinic_id AND a.episode_id = e.id AND a.resolved_at IS NULL) AS open_alerts
         FROM ${cohorts.from} JOIN patient p ON p.clinic_id = e.clinic_id AND p.id = e.patient_id
         WHERE ${cohorts.where}
         ORDER BY p.name, e.start_date`,
        cohorts.parameters,
      );
      const weeks = await queryRows<Row>(
        manager,
        `SELECT w.episode_id AS episode_id, w.week AS week, w.pain_sum AS pain_sum, w.pain_count AS pain_count
         FROM ${cohorts.from} JOIN episode_week_pain w ON w.clinic_id = e.clinic_id AND w.episode_id = e.id
         WHERE ${cohorts.where} ORDER BY w.week`,
        cohorts.parameters,
      );
      const weeksByEpisode = groupByKey(weeks, (row) => String(row['episode_id']));
      const today = await clinicToday(manager, scope.clinicId);

      const entries = episodes.map((row): CaseloadEntry => {
        const episodeId = String(row['episode_id']);
        const plannedGap = PLANNED_GAP_DAYS[String(row['frequency']) as Frequency];
        const baseline = toNumberOrNull(row['baseline']);
        const latest = toNumberOrNull(row['latest']);
        const sessionCount = toNumber(row['sessions']);
        const lastSessionDate = row['last_session_date'] === null ? null : String(row['last_session_date']);
        const lastSeen = lastSessionDate ?? String(row['start_date']);
        const classification =
          baseline !== null && latest !== null ? classifyResponder({ sessionCount, baselinePain: baseline, latestPain: latest }) : null;
        return {
          patientId: String(row['patient_id']),
          patientName: String(row['patient_name']),
          episodeId,
          plannedFrequency: String(row['frequency']) as Frequency,
          sessionCount,
          baselinePain: baseline,
          latestPain: latest,
          painChange: baseline !== null && latest !== null ? latest - baseline : null,
          lastSessionDate,
          nextDueDate: nextDueDate(lastSeen, plannedGap),
          redFlag: toNumber(row['open_alerts']) > 0,
          failureToProgress: classification?.eligible === true && classification.failureToProgress,
          overdue: isOverdue(lastSeen, today, plannedGap),
          weeklyPain: (weeksByEpisode.get(episodeId) ?? []).map((week) => ({
            week: toNumber(week['week']),
            meanPain: toNumber(week['pain_sum']) / toNumber(week['pain_count']),
          })),
        };
      });
      await this.audit.record(manager, scope, {
        action: 'caseload.read',
        objectType: 'episode',
        detail: { episodeIds: entries.map((entry) => entry.episodeId) },
      });
      return entries;
    });
  }
}
