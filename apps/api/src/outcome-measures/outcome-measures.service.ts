import { Injectable } from '@nestjs/common';
import { dayIndex, ODI_MAX_MISSING_SECTIONS, odiScore } from '@outcomes/metrics';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import type { AccessScope } from '../common/access-scope';
import { InvalidInputError } from '../common/errors';
import { accessibleEpisode } from '../common/scoped-queries';
import { TenantTransactions } from '../database/tenant-transactions';
import { checkEpisodeDate } from '../episodes/episode-dates';
import type { RecordOdiInput } from './dto/record-odi.input';
import { OutcomeInstrument, OutcomeMeasure } from './outcome-measure.entity';

@Injectable()
export class OutcomeMeasuresService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  /** Scores and stores an ODI; a second ODI for the same date replaces the first. */
  async recordOdi(scope: AccessScope, input: RecordOdiInput): Promise<OutcomeMeasure> {
    const score = odiScore(input.answers);
    if (score === null) {
      throw InvalidInputError.field('input.answers', `At most ${ODI_MAX_MISSING_SECTIONS} sections may be unanswered.`);
    }
    return this.transactions.run(scope.clinicId, async (manager) => {
      const episode = await accessibleEpisode(manager, scope, input.episodeId);
      await checkEpisodeDate(manager, episode, input.measuredOn, 'input.measuredOn');
      const key = { clinicId: scope.clinicId, episodeId: episode.id, instrument: OutcomeInstrument.ODI, measuredOn: input.measuredOn };
      const replaced = await manager.findOneBy(OutcomeMeasure, key);
      if (replaced) await manager.delete(OutcomeMeasure, { clinicId: scope.clinicId, id: replaced.id });
      const measure = Object.assign(new OutcomeMeasure(), {
        ...key,
        id: randomUUID(),
        dayIndex: dayIndex(episode.startDate, input.measuredOn),
        score,
        answers: input.answers,
        createdAt: new Date(),
      });
      await manager.insert(OutcomeMeasure, measure);
      await this.audit.record(manager, scope, {
        action: replaced ? 'odi.replace' : 'odi.record',
        objectType: 'outcome_measure',
        objectId: measure.id,
        detail: { episodeId: episode.id },
      });
      return measure;
    });
  }
}
