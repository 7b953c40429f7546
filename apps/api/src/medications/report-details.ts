import type { NonOpioidClass, OpioidDrug } from '@outcomes/models';
import { type EntityManager, In } from 'typeorm';
import { groupByKey } from '../common/group-by';
import { MedicationItem, type MedicationReport, NonOpioidUse } from './medication-report.entity';

/** Fills the opioid items and non-opioid doses of many reports with two queries in all. */
export async function attachReportDetails(
  manager: EntityManager,
  clinicId: string,
  reports: MedicationReport[],
): Promise<MedicationReport[]> {
  if (reports.length === 0) return reports;
  const where = { clinicId, reportId: In(reports.map((report) => report.id)) };
  const [items, nonOpioids] = await Promise.all([
    manager.find(MedicationItem, { where, order: { drug: 'ASC' } }),
    manager.find(NonOpioidUse, { where, order: { drugClass: 'ASC' } }),
  ]);
  const itemsByReport = groupByKey(items, (item) => item.reportId);
  const nonOpioidsByReport = groupByKey(nonOpioids, (use) => use.reportId);
  for (const report of reports) {
    report.opioids = (itemsByReport.get(report.id) ?? []).map((item) => ({ ...item, drug: item.drug as OpioidDrug }));
    report.nonOpioids = (nonOpioidsByReport.get(report.id) ?? []).map((use) => ({
      drugClass: use.drugClass as NonOpioidClass,
      dosesPerWeek: use.dosesPerWeek,
    }));
  }
  return reports;
}
