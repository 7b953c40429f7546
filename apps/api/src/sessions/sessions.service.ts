import { Injectable } from '@nestjs/common';
import { dayIndex } from '@outcomes/metrics';
import { Role } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { refreshEpisodeRollups } from '../analytics/episode-rollups';
import { AuditService } from '../audit/audit.service';
import type { AccessScope } from '../common/access-scope';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors';
import { accessibleEpisode } from '../common/scoped-queries';
import { isUniqueViolation } from '../database/errors';
import { TenantTransactions } from '../database/tenant-transactions';
import { checkEpisodeDate } from '../episodes/episode-dates';
import { RedFlagAlert } from '../red-flags/red-flag-alert.entity';
import type { RecordSessionInput } from './dto/record-session.input';
import type { UpdateSessionInput } from './dto/update-session.input';
import { attachSessionDetails } from './session-details';
import { SessionRedFlag, SessionRegion, SessionTechnique, TreatmentSession } from './treatment-session.entity';

@Injectable()
export class SessionsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  /**
   * Stores a session, its techniques, regions and red flags, a red-flag alert when any flag is
   * set, and the audit event, in one transaction. The same clientRequestId twice stores one
   * session and returns it; two concurrent first tries meet at the unique key and the loser
   * returns the winner's session.
   */
  async record(scope: AccessScope, input: RecordSessionInput): Promise<TreatmentSession> {
    try {
      return await this.transactions.run(scope.clinicId, (manager) => this.recordIn(manager, scope, input));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.transactions.run(scope.clinicId, (manager) => this.recordIn(manager, scope, input));
    }
  }

  private async recordIn(manager: EntityManager, scope: AccessScope, input: RecordSessionInput): Promise<TreatmentSession> {
    const existing = await manager.findOneBy(TreatmentSession, {
      clinicId: scope.clinicId,
      clientRequestId: input.clientRequestId,
    });
    if (existing) return this.replay(manager, scope, existing, input);

    const episode = await accessibleEpisode(manager, scope, input.episodeId);
    await checkEpisodeDate(manager, episode, input.sessionDate, 'input.sessionDate');
    const now = new Date();
    const session: TreatmentSession = Object.assign(new TreatmentSession(), {
      clinicId: scope.clinicId,
      id: randomUUID(),
      episodeId: episode.id,
      therapistId: scope.role === Role.THERAPIST ? scope.userId : episode.therapistId,
      sessionDate: input.sessionDate,
      dayIndex: dayIndex(episode.startDate, input.sessionDate),
      painBefore: input.painBefore,
      painAfter: input.painAfter ?? null,
      position: input.position ?? null,
      minutes: input.minutes,
      notes: input.notes ?? null,
      clientRequestId: input.clientRequestId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(TreatmentSession, session);
    await this.writeDetails(manager, session, input);
    // A new session has no alert yet: one is raised when it has red flags.
    if (input.redFlags.length > 0) await this.raiseAlert(manager, session);
    await refreshEpisodeRollups(manager, { clinicId: scope.clinicId, episodeIds: [episode.id] });
    await this.audit.record(manager, scope, {
      action: 'session.record',
      objectType: 'treatment_session',
      objectId: session.id,
      detail: { episodeId: episode.id, redFlags: input.redFlags.length },
    });
    return withDetails(session, input);
  }

  private async replay(
    manager: EntityManager,
    scope: AccessScope,
    existing: TreatmentSession,
    input: RecordSessionInput,
  ): Promise<TreatmentSession> {
    if (existing.episodeId !== input.episodeId) {
      throw new ConflictError('This client request id was already used for another episode’s session.');
    }
    await accessibleEpisode(manager, scope, existing.episodeId);
    await this.audit.record(manager, scope, {
      action: 'session.record.replayed',
      objectType: 'treatment_session',
      objectId: existing.id,
    });
    const [session] = await attachSessionDetails(manager, scope.clinicId, [existing]);
    return session as TreatmentSession;
  }

  /** Applies the given fields when expectedVersion is still current; otherwise CONFLICT. */
  async update(scope: AccessScope, input: UpdateSessionInput): Promise<TreatmentSession> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const current = await this.accessibleSession(manager, scope, input.id);
      const episode = await accessibleEpisode(manager, scope, current.episodeId);
      const sessionDate = input.sessionDate ?? current.sessionDate;
      if (input.sessionDate !== undefined) await checkEpisodeDate(manager, episode, sessionDate, 'input.sessionDate');

      const changes = {
        sessionDate,
        dayIndex: dayIndex(episode.startDate, sessionDate),
        painBefore: input.painBefore ?? current.painBefore,
        painAfter: input.painAfter === undefined ? current.painAfter : input.painAfter,
        position: input.position === undefined ? current.position : input.position,
        minutes: input.minutes ?? current.minutes,
        notes: input.notes === undefined ? current.notes : input.notes,
        version: input.expectedVersion + 1,
        updatedAt: new Date(),
      };
      // save() does not check versions: the WHERE clause is the check, the affected count the verdict.
      const result = await manager
        .createQueryBuilder()
        .update(TreatmentSession)
        .set(changes)
        .where('clinicId = :clinicId AND id = :id AND version = :version', {
          clinicId: scope.clinicId,
          id: current.id,
          version: input.expectedVersion,
        })
        .execute();
      if (result.affected !== 1) {
        throw new ConflictError(
          `This session was changed by someone else (now version ${current.version}); reload it and try again.`,
        );
      }
      const updated: TreatmentSession = Object.assign(new TreatmentSession(), current, changes);
      await attachSessionDetails(manager, scope.clinicId, [updated]);
      const details = {
        techniques: input.techniques ?? updated.techniques,
        regions: input.regions ?? updated.regions,
        redFlags: input.redFlags ?? updated.redFlags,
      };
      await this.replaceDetails(manager, updated, details);
      await this.syncAlert(manager, updated, details.redFlags);
      await refreshEpisodeRollups(manager, { clinicId: scope.clinicId, episodeIds: [updated.episodeId] });
      await this.audit.record(manager, scope, {
        action: 'session.update',
        objectType: 'treatment_session',
        objectId: updated.id,
        detail: { version: updated.version },
      });
      return Object.assign(updated, details);
    });
  }

  /** Owner only (the resolver says so): removes the session with its details and alert. */
  async delete(scope: AccessScope, id: string): Promise<boolean> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const session = await this.accessibleSession(manager, scope, id);
      await manager.delete(TreatmentSession, { clinicId: scope.clinicId, id: session.id });
      await refreshEpisodeRollups(manager, { clinicId: scope.clinicId, episodeIds: [session.episodeId] });
      await this.audit.record(manager, scope, {
        action: 'session.delete',
        objectType: 'treatment_session',
        objectId: session.id,
        detail: { episodeId: session.episodeId },
      });
      return true;
    });
  }

  private async accessibleSession(manager: EntityManager, scope: AccessScope, id: string): Promise<TreatmentSession> {
    const session = await manager.findOneBy(TreatmentSession, { clinicId: scope.clinicId, id });
    if (!session) throw new NotFoundError('Session', id);
    try {
      await accessibleEpisode(manager, scope, session.episodeId);
    } catch (error) {
      if (error instanceof ForbiddenError) throw new ForbiddenError('This session belongs to another therapist’s caseload.');
      throw error;
    }
    return session;
  }

  private async writeDetails(
    manager: EntityManager,
    session: TreatmentSession,
    details: SessionDetails,
  ): Promise<void> {
    const key = { clinicId: session.clinicId, sessionId: session.id };
    if (details.techniques.length > 0) {
      await manager.insert(SessionTechnique, details.techniques.map((technique) => ({ ...key, technique })));
    }
    if (details.regions.length > 0) {
      await manager.insert(SessionRegion, details.regions.map((region) => ({ ...key, region })));
    }
    if (details.redFlags.length > 0) {
      await manager.insert(SessionRedFlag, details.redFlags.map((redFlag) => ({ ...key, redFlag })));
    }
  }

  private async replaceDetails(
    manager: EntityManager,
    session: TreatmentSession,
    details: SessionDetails,
  ): Promise<void> {
    const key = { clinicId: session.clinicId, sessionId: session.id };
    await manager.delete(SessionTechnique, key);
    await manager.delete(SessionRegion, key);
    await manager.delete(SessionRedFlag, key);
    await this.writeDetails(manager, session, details);
  }

  /**
   * A session with red flags has an alert; it opens when the first flag is recorded and stays
   * until a referral resolves it. Flags removed by a correction withdraw an alert not yet answered.
   */
  private async syncAlert(manager: EntityManager, session: TreatmentSession, redFlags: readonly string[]): Promise<void> {
    const alert = await manager.findOneBy(RedFlagAlert, { clinicId: session.clinicId, sessionId: session.id });
    if (redFlags.length > 0 && !alert) {
      await this.raiseAlert(manager, session);
    } else if (redFlags.length === 0 && alert && !alert.resolvedAt) {
      await manager.delete(RedFlagAlert, { clinicId: alert.clinicId, id: alert.id });
    }
  }

  private async raiseAlert(manager: EntityManager, session: TreatmentSession): Promise<void> {
    await manager.insert(RedFlagAlert, {
      clinicId: session.clinicId,
      id: randomUUID(),
      episodeId: session.episodeId,
      sessionId: session.id,
      raisedOn: session.sessionDate,
      createdAt: new Date(),
      resolvedAt: null,
    });
  }
}

type SessionDetails = Pick<RecordSessionInput, 'techniques' | 'regions' | 'redFlags'>;

function withDetails(session: TreatmentSession, details: SessionDetails): TreatmentSession {
  return Object.assign(session, {
    techniques: [...details.techniques].sort(),
    regions: [...details.regions].sort(),
    redFlags: [...details.redFlags].sort(),
  });
}
