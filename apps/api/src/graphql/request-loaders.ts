import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { AccessScope } from '../common/access-scope';
import { listsForKeys } from '../common/group-by';
import { scopedEpisodes, scopedPatients } from '../common/scoped-queries';
import type { TenantTransactions } from '../database/tenant-transactions';
import type { Episode } from '../episodes/episode.entity';
import { attachReportDetails } from '../medications/report-details';
import { MedicationReport } from '../medications/medication-report.entity';
import { OutcomeMeasure } from '../outcome-measures/outcome-measure.entity';
import type { Patient } from '../patients/patient.entity';
import { attachSessionDetails } from '../sessions/session-details';
import { TreatmentSession } from '../sessions/treatment-session.entity';
import { User } from '../users/user.entity';

/**
 * DataLoaders built per request, bound to the requesting user's scope: the tenant (and a
 * therapist's caseload) is part of every batch query, so a loader cannot return another
 * clinic's rows whatever ids it is given. Built lazily, after the guard has set the user.
 */
export class RequestLoaders {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly scope: AccessScope,
  ) {}

  readonly usersById = new DataLoader<string, User | null>((ids) =>
    this.transactions.run(this.scope.clinicId, async (manager) => {
      const users = await manager.find(User, { where: { clinicId: this.scope.clinicId, id: In([...ids]) } });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

  readonly patientsById = new DataLoader<string, Patient | null>((ids) =>
    this.transactions.run(this.scope.clinicId, async (manager) => {
      const patients = await scopedPatients(manager, this.scope).andWhere('patient.id IN (:...ids)', { ids }).getMany();
      const byId = new Map(patients.map((patient) => [patient.id, patient]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

  readonly episodesById = new DataLoader<string, Episode | null>((ids) =>
    this.transactions.run(this.scope.clinicId, async (manager) => {
      const episodes = await scopedEpisodes(manager, this.scope).andWhere('episode.id IN (:...ids)', { ids }).getMany();
      this.primeVisibleEpisodes(episodes);
      const byId = new Map(episodes.map((episode) => [episode.id, episode]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

  readonly episodesByPatient = new DataLoader<string, Episode[]>((patientIds) =>
    this.transactions.run(this.scope.clinicId, async (manager) => {
      const episodes = await scopedEpisodes(manager, this.scope)
        .andWhere('episode.patientId IN (:...patientIds)', { patientIds })
        .orderBy('episode.startDate', 'DESC')
        .addOrderBy('episode.id', 'ASC')
        .getMany();
      return listsForKeys(patientIds, episodes, (episode) => episode.patientId);
    }),
  );

  readonly sessionsByEpisode = new DataLoader<string, TreatmentSession[]>(async (episodeIds) => {
    // Resolved before the transaction opens: SQLite's transactions are queued, never nested.
    const visible = await this.visibleEpisodeIds(episodeIds);
    return this.transactions.run(this.scope.clinicId, async (manager) => {
      const sessions = visible.length
        ? await manager.find(TreatmentSession, {
            where: { clinicId: this.scope.clinicId, episodeId: In(visible) },
            order: { sessionDate: 'ASC', createdAt: 'ASC' },
          })
        : [];
      await attachSessionDetails(manager, this.scope.clinicId, sessions);
      return listsForKeys(episodeIds, sessions, (session) => session.episodeId);
    });
  });

  readonly medicationReportsByEpisode = new DataLoader<string, MedicationReport[]>(async (episodeIds) => {
    // Resolved before the transaction opens: SQLite's transactions are queued, never nested.
    const visible = await this.visibleEpisodeIds(episodeIds);
    return this.transactions.run(this.scope.clinicId, async (manager) => {
      const reports = visible.length
        ? await manager.find(MedicationReport, {
            where: { clinicId: this.scope.clinicId, episodeId: In(visible) },
            order: { reportDate: 'ASC' },
          })
        : [];
      await attachReportDetails(manager, this.scope.clinicId, reports);
      return listsForKeys(episodeIds, reports, (report) => report.episodeId);
    });
  });

  readonly outcomeMeasuresByEpisode = new DataLoader<string, OutcomeMeasure[]>(async (episodeIds) => {
    // Resolved before the transaction opens: SQLite's transactions are queued, never nested.
    const visible = await this.visibleEpisodeIds(episodeIds);
    return this.transactions.run(this.scope.clinicId, async (manager) => {
      const measures = visible.length
        ? await manager.find(OutcomeMeasure, {
            where: { clinicId: this.scope.clinicId, episodeId: In(visible) },
            order: { measuredOn: 'ASC' },
          })
        : [];
      return listsForKeys(episodeIds, measures, (measure) => measure.episodeId);
    });
  });

  /** The subset of episode ids in scope; cached per request by the loader below. */
  private readonly episodeVisible = new DataLoader<string, boolean>((episodeIds) =>
    this.transactions.run(this.scope.clinicId, async (manager) => {
      const episodes = await scopedEpisodes(manager, this.scope)
        .select(['episode.id'])
        .andWhere('episode.id IN (:...episodeIds)', { episodeIds })
        .getMany();
      const visible = new Set(episodes.map((episode) => episode.id));
      return episodeIds.map((id) => visible.has(id));
    }),
  );

  private async visibleEpisodeIds(episodeIds: readonly string[]): Promise<string[]> {
    const visible = await this.episodeVisible.loadMany(episodeIds);
    return episodeIds.filter((_, index) => visible[index] === true);
  }

  /** Episodes the request already read through a scoped query need no second check. */
  primeVisibleEpisodes(episodes: readonly Episode[]): void {
    for (const episode of episodes) this.episodeVisible.prime(episode.id, true);
  }
}
