import { Injectable } from '@nestjs/common';
import { dayIndex, itemDailyMme } from '@outcomes/metrics';
import { CURRENT_MME_FACTOR_TABLE, OPIOID_DOSE_UNIT } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import { refreshEpisodeRollups } from '../analytics/episode-rollups';
import { AuditService } from '../audit/audit.service';
import type { AccessScope } from '../common/access-scope';
import { InvalidInputError } from '../common/errors';
import { accessibleEpisode } from '../common/scoped-queries';
import { TenantTransactions } from '../database/tenant-transactions';
import { checkEpisodeDate } from '../episodes/episode-dates';
import type { RecordMedicationReportInput } from './dto/record-medication-report.input';
import { MedicationItem, MedicationReport, NonOpioidUse } from './medication-report.entity';
import { attachReportDetails } from './report-details';

@Injectable()
export class MedicationsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  /**
   * Stores a report with each opioid's daily dose and MME/day (CDC 2022 factors; the table's name
   * is stored with it). A report for a date that already has one replaces it.
   */
  async record(scope: AccessScope, input: RecordMedicationReportInput): Promise<MedicationReport> {
    checkUnique(input.opioids.map((item) => item.drug), 'input.opioids', 'Each opioid once per report.');
    checkUnique(input.nonOpioids.map((use) => use.drugClass), 'input.nonOpioids', 'Each drug class once per report.');
    input.opioids.forEach((item, index) => {
      if (OPIOID_DOSE_UNIT[item.drug] === 'mcg/hr' && item.dosesPerDay !== 1) {
        throw InvalidInputError.field(`input.opioids[${index}].dosesPerDay`, 'A fentanyl patch is a rate: doses per day is 1.');
      }
    });

    return this.transactions.run(scope.clinicId, async (manager) => {
      const episode = await accessibleEpisode(manager, scope, input.episodeId);
      await checkEpisodeDate(manager, episode, input.reportDate, 'input.reportDate');
      const replaced = await manager.findOneBy(MedicationReport, {
        clinicId: scope.clinicId,
        episodeId: episode.id,
        reportDate: input.reportDate,
      });
      if (replaced) await manager.delete(MedicationReport, { clinicId: scope.clinicId, id: replaced.id });

      const table = CURRENT_MME_FACTOR_TABLE;
      const reportId = randomUUID();
      const items = input.opioids.map((item) => ({
        clinicId: scope.clinicId,
        reportId,
        drug: item.drug,
        strength: item.strength,
        dosesPerDay: item.dosesPerDay,
        dailyDose: item.strength * item.dosesPerDay,
        dailyMme: itemDailyMme(item.drug, item.strength, item.dosesPerDay, table),
      }));
      const report = Object.assign(new MedicationReport(), {
        clinicId: scope.clinicId,
        id: reportId,
        episodeId: episode.id,
        reportDate: input.reportDate,
        dayIndex: dayIndex(episode.startDate, input.reportDate),
        dailyMme: items.reduce((total, item) => total + item.dailyMme, 0),
        factorTable: table,
        createdAt: new Date(),
      });
      await manager.insert(MedicationReport, report);
      if (items.length > 0) await manager.insert(MedicationItem, items);
      if (input.nonOpioids.length > 0) {
        await manager.insert(
          NonOpioidUse,
          input.nonOpioids.map((use) => ({ clinicId: scope.clinicId, reportId, ...use })),
        );
      }
      await refreshEpisodeRollups(manager, { clinicId: scope.clinicId, episodeIds: [episode.id] });
      await this.audit.record(manager, scope, {
        action: replaced ? 'medication.replace' : 'medication.record',
        objectType: 'medication_report',
        objectId: reportId,
        detail: { episodeId: episode.id },
      });
      const [stored] = await attachReportDetails(manager, scope.clinicId, [report]);
      return stored as MedicationReport;
    });
  }
}

function checkUnique(codes: readonly string[], field: string, message: string): void {
  if (new Set(codes).size !== codes.length) throw InvalidInputError.field(field, message);
}
