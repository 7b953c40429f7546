import { Injectable } from '@nestjs/common';
import { type RedFlag, SAME_DAY_REFERRAL_FLAGS } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import { type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AccessScope } from '../common/access-scope';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { groupByKey } from '../common/group-by';
import { accessibleEpisode, scopedEpisodes } from '../common/scoped-queries';
import { TenantTransactions } from '../database/tenant-transactions';
import { checkNotFuture } from '../episodes/episode-dates';
import { SessionRedFlag } from '../sessions/treatment-session.entity';
import type { RecordReferralInput } from './dto/record-referral.input';
import { RedFlagAlert, Referral } from './red-flag-alert.entity';

@Injectable()
export class RedFlagsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  /** Alerts with no referral yet, oldest first, in the user's scope. */
  async openAlerts(scope: AccessScope): Promise<RedFlagAlert[]> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const episodesInScope = scopedEpisodes(manager, scope).select('episode.id');
      const alerts = await manager
        .getRepository(RedFlagAlert)
        .createQueryBuilder('alert')
        .where('alert.clinicId = :clinicId AND alert.resolvedAt IS NULL', { clinicId: scope.clinicId })
        .andWhere(`alert.episodeId IN (${episodesInScope.getQuery()})`)
        .setParameters(episodesInScope.getParameters())
        .orderBy('alert.raisedOn', 'ASC')
        .addOrderBy('alert.createdAt', 'ASC')
        .getMany();
      return attachFlags(manager, scope.clinicId, alerts);
    });
  }

  /** Answers an alert with a referral, which closes it. */
  async recordReferral(scope: AccessScope, input: RecordReferralInput): Promise<Referral> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const alert = await manager.findOneBy(RedFlagAlert, { clinicId: scope.clinicId, id: input.alertId });
      if (!alert) throw new NotFoundError('Red-flag alert', input.alertId);
      await accessibleEpisode(manager, scope, alert.episodeId);
      if (alert.resolvedAt) throw new ConflictError('This alert already has a referral.');
      if (input.referredOn < alert.raisedOn) {
        throw InvalidInputError.field('input.referredOn', `The alert was raised on ${alert.raisedOn}; the referral cannot be earlier.`);
      }
      await checkNotFuture(manager, scope.clinicId, input.referredOn, 'input.referredOn');
      const now = new Date();
      const referral = Object.assign(new Referral(), {
        clinicId: scope.clinicId,
        id: randomUUID(),
        alertId: alert.id,
        referredOn: input.referredOn,
        destination: input.destination,
        notes: input.notes ?? null,
        recordedById: scope.userId,
        createdAt: now,
      });
      await manager.insert(Referral, referral);
      await manager.update(RedFlagAlert, { clinicId: scope.clinicId, id: alert.id }, { resolvedAt: now });
      await this.audit.record(manager, scope, {
        action: 'referral.record',
        objectType: 'red_flag_alert',
        objectId: alert.id,
        detail: { referralId: referral.id, episodeId: alert.episodeId },
      });
      return referral;
    });
  }
}

async function attachFlags(manager: EntityManager, clinicId: string, alerts: RedFlagAlert[]): Promise<RedFlagAlert[]> {
  if (alerts.length === 0) return alerts;
  const flags = await manager.find(SessionRedFlag, {
    where: { clinicId, sessionId: In(alerts.map((alert) => alert.sessionId)) },
    order: { redFlag: 'ASC' },
  });
  const bySession = groupByKey(flags, (flag) => flag.sessionId);
  for (const alert of alerts) {
    alert.redFlags = (bySession.get(alert.sessionId) ?? []).map((flag) => flag.redFlag as RedFlag);
    alert.sameDayReferral = alert.redFlags.some((flag) => SAME_DAY_REFERRAL_FLAGS.has(flag));
  }
  return alerts;
}
