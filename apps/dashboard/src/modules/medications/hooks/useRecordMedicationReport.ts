import { useCallback } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { evictComputedFigures } from '../../../api/staleFigures';
import type { RecordMedicationReportInput, RecordMedicationReportMutation } from '../../../gql/graphql';
import { RECORD_MEDICATION_REPORT_MUTATION } from '../graphql/medications';

export type RecordedMedicationReport = RecordMedicationReportMutation['recordMedicationReport'];

export type MedicationOutcome = { report: RecordedMedicationReport; error?: undefined } | { report: null; error: unknown };

/** Records a report; it joins its episode's cached list, replacing a report of the same date as the API does. */
export function useRecordMedicationReport(): (input: RecordMedicationReportInput) => Promise<MedicationOutcome> {
  const [recordReport] = useMutation(RECORD_MEDICATION_REPORT_MUTATION);
  return useCallback(
    async (input: RecordMedicationReportInput): Promise<MedicationOutcome> => {
      try {
        const { data } = await recordReport({
          variables: { input },
          update: (cache, { data: result }) => {
            const report = result?.recordMedicationReport;
            if (!report) return;
            cache.modify({
              id: cache.identify({ __typename: 'Episode', id: report.episodeId }),
              fields: {
                medicationReports(existing: readonly Reference[] = [], { toReference, readField }) {
                  const added = toReference(report);
                  if (!added) return existing;
                  const dateOf = (ref: Reference): string => readField<string>('reportDate', ref) ?? '';
                  const kept = existing.filter((ref) => readField('id', ref) !== report.id && dateOf(ref) !== report.reportDate);
                  return [...kept, added].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
                },
              },
            });
            // The episode's medication figures (and the cohort's) are the API's to recompute.
            evictComputedFigures(cache);
          },
        });
        return data?.recordMedicationReport
          ? { report: data.recordMedicationReport }
          : { report: null, error: new Error('The API answered without a report.') };
      } catch (caught) {
        return { report: null, error: caught };
      }
    },
    [recordReport],
  );
}
