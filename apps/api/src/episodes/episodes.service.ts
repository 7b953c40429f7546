import { Injectable } from '@nestjs/common';
import { EpisodeStatus, Role } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import { refreshEpisodeRollups } from '../analytics/episode-rollups';
import { AuditService } from '../audit/audit.service';
import type { AccessScope } from '../common/access-scope';
import { ConflictError, ForbiddenError, InvalidInputError } from '../common/errors';
import { accessibleEpisode, accessiblePatient, scopedEpisodes } from '../common/scoped-queries';
import { TenantTransactions } from '../database/tenant-transactions';
import { activeTherapist } from '../patients/patients.service';
import { TreatmentSession } from '../sessions/treatment-session.entity';
import type { EndEpisodeInput, OpenEpisodeInput, UpdateEpisodeInput } from './dto/episode.inputs';
import { checkNotFuture } from './episode-dates';
import { Episode } from './episode.entity';

@Injectable()
export class EpisodesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async open(scope: AccessScope, input: OpenEpisodeInput): Promise<Episode> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const patient = await accessiblePatient(manager, scope, input.patientId);
      let therapistId = scope.userId;
      if (scope.role === Role.OWNER) {
        if (!input.therapistId) throw InvalidInputError.field('input.therapistId', 'Choose the episode’s therapist.');
        therapistId = (await activeTherapist(manager, scope.clinicId, input.therapistId, 'input.therapistId')).id;
      } else if (input.therapistId && input.therapistId !== scope.userId) {
        throw new ForbiddenError('A therapist opens episodes they treat.');
      }
      await checkNotFuture(manager, scope.clinicId, input.startDate, 'input.startDate');
      const now = new Date();
      const episode = Object.assign(new Episode(), {
        clinicId: scope.clinicId,
        id: randomUUID(),
        patientId: patient.id,
        therapistId,
        condition: input.condition,
        suspectedCause: input.suspectedCause,
        plannedFrequency: input.plannedFrequency,
        startDate: input.startDate,
        symptomDurationWeeks: input.symptomDurationWeeks,
        status: EpisodeStatus.ACTIVE,
        endDate: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(Episode, episode);
      await refreshEpisodeRollups(manager, { clinicId: scope.clinicId, episodeIds: [episode.id] });
      await this.audit.record(manager, scope, {
        action: 'episode.open',
        objectType: 'episode',
        objectId: episode.id,
        detail: { patientId: patient.id },
      });
      return episode;
    });
  }

  async update(scope: AccessScope, input: UpdateEpisodeInput): Promise<Episode> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const episode = await accessibleEpisode(manager, scope, input.id);
      if (input.therapistId !== undefined && input.therapistId !== episode.therapistId) {
        if (scope.role !== Role.OWNER) throw new ForbiddenError('Only an owner reassigns an episode.');
        episode.therapistId = (await activeTherapist(manager, scope.clinicId, input.therapistId, 'input.therapistId')).id;
      }
      if (input.condition !== undefined) episode.condition = input.condition;
      if (input.suspectedCause !== undefined) episode.suspectedCause = input.suspectedCause;
      if (input.plannedFrequency !== undefined) episode.plannedFrequency = input.plannedFrequency;
      if (input.symptomDurationWeeks !== undefined) episode.symptomDurationWeeks = input.symptomDurationWeeks;
      episode.updatedAt = new Date();
      await manager.update(Episode, { clinicId: scope.clinicId, id: episode.id }, episode);
      // Cohorts (frequency, cause, therapist, symptom duration) follow the episode in the same transaction.
      await refreshEpisodeRollups(manager, { clinicId: scope.clinicId, episodeIds: [episode.id] });
      await this.audit.record(manager, scope, {
        action: 'episode.update',
        objectType: 'episode',
        objectId: episode.id,
        detail: { fields: Object.keys(input).filter((key) => key !== 'id') },
      });
      return episode;
    });
  }

  /** Discharge, or drop-out: the episode ends on endDate, which is not before its last session. */
  async end(scope: AccessScope, input: EndEpisodeInput, status: EpisodeStatus.DISCHARGED | EpisodeStatus.DROPPED_OUT): Promise<Episode> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const episode = await accessibleEpisode(manager, scope, input.id);
      if (episode.status !== EpisodeStatus.ACTIVE) {
        throw new ConflictError(`This episode has already ended (${episode.status}).`);
      }
      if (input.endDate < episode.startDate) {
        throw InvalidInputError.field('input.endDate', `The episode started on ${episode.startDate}; it cannot end earlier.`);
      }
      await checkNotFuture(manager, scope.clinicId, input.endDate, 'input.endDate');
      const last = await manager.findOne(TreatmentSession, {
        where: { clinicId: scope.clinicId, episodeId: episode.id },
        order: { sessionDate: 'DESC' },
      });
      if (last && last.sessionDate > input.endDate) {
        throw InvalidInputError.field('input.endDate', `The last session was on ${last.sessionDate}; the episode cannot end earlier.`);
      }
      Object.assign(episode, { status, endDate: input.endDate, updatedAt: new Date() });
      await manager.update(Episode, { clinicId: scope.clinicId, id: episode.id }, episode);
      await refreshEpisodeRollups(manager, { clinicId: scope.clinicId, episodeIds: [episode.id] });
      await this.audit.record(manager, scope, {
        action: status === EpisodeStatus.DISCHARGED ? 'episode.discharge' : 'episode.drop-out',
        objectType: 'episode',
        objectId: episode.id,
      });
      return episode;
    });
  }

  async get(scope: AccessScope, id: string): Promise<Episode> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const episode = await accessibleEpisode(manager, scope, id);
      await this.audit.record(manager, scope, { action: 'episode.read', objectType: 'episode', objectId: id });
      return episode;
    });
  }

  /** A patient's episodes in scope, newest first. */
  async listForPatient(scope: AccessScope, patientId: string): Promise<Episode[]> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      await accessiblePatient(manager, scope, patientId);
      const episodes = await scopedEpisodes(manager, scope)
        .andWhere('episode.patientId = :patientId', { patientId })
        .orderBy('episode.startDate', 'DESC')
        .getMany();
      await this.audit.record(manager, scope, {
        action: 'episode.list',
        objectType: 'patient',
        objectId: patientId,
        detail: { episodeIds: episodes.map((episode) => episode.id) },
      });
      return episodes;
    });
  }
}
