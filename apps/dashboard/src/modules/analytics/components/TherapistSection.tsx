import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { AnalyticsFilter } from '../../../gql/graphql';
import { formatPercent, formatWithInterval } from '../format';
import { THERAPIST_COMPARISON_QUERY } from '../graphql/analytics';
import { chartStatus } from '../hooks/chartStatus';

/**
 * Therapists side by side: the raw mean change in pain and the change adjusted for case mix
 * (baseline pain, age, symptom duration, cause), as FOTO-style comparisons do.
 */
export function TherapistSection({ filter }: { filter: AnalyticsFilter | null }) {
  const { data, loading, error, refetch } = useQuery(THERAPIST_COMPARISON_QUERY, { variables: { filter } });
  const comparison = data?.therapistComparison;
  const status = chartStatus(loading, error, refetch);
  const therapists = useMemo(
    () => [...(comparison?.therapists ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName)),
    [comparison],
  );
  const reference = therapists.find((therapist) => therapist.therapistId === comparison?.referenceTherapistId);

  return (
    <section className="card" aria-labelledby="therapist-table-title" aria-busy={loading}>
      <h2 id="therapist-table-title">Therapists, raw and risk-adjusted</h2>
      {status.errorMessage ? (
        <div role="alert" className="alert alert-error">
          <p>The therapist comparison could not be loaded. {status.errorMessage}</p>
          <button type="button" className="button" onClick={status.onRetry}>
            Try again
          </button>
        </div>
      ) : loading && !comparison ? (
        <p role="status" className="muted">
          Loading the therapist comparison…
        </p>
      ) : !comparison || therapists.length === 0 ? (
        <p className="muted">No eligible episodes match this filter.</p>
      ) : (
        <>
          <p className="muted chart-description">
            Change in pain from baseline to the latest session (NPRS points; negative is better) over eligible episodes. Adjusted:
            least-squares fit on baseline pain, age band, symptom duration and cause, at the clinic’s average case mix
            {comparison.rSquared != null ? ` (R² ${comparison.rSquared.toFixed(2)}, n = ${comparison.n})` : ''}.
            {reference ? ` Differences are from ${reference.displayName}, who has the most eligible episodes.` : ''}
          </p>
          {comparison.adjustmentUnavailable && (
            <p role="status" className="alert alert-warning">
              No adjusted figures: {comparison.adjustmentUnavailable}
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Therapists, raw and risk-adjusted change in pain</caption>
              <thead>
                <tr>
                  <th scope="col">Therapist</th>
                  <th scope="col" className="numeric">
                    Eligible episodes
                  </th>
                  <th scope="col" className="numeric">
                    Responders
                  </th>
                  <th scope="col" className="numeric">
                    Raw change (points, 95 % CI)
                  </th>
                  <th scope="col" className="numeric">
                    Adjusted change (points, 95 % CI)
                  </th>
                  <th scope="col" className="numeric">
                    Adjusted difference (points, 95 % CI)
                  </th>
                </tr>
              </thead>
              <tbody>
                {therapists.map((therapist) => (
                  <tr key={therapist.therapistId}>
                    <th scope="row">{therapist.displayName}</th>
                    <td className="numeric">{therapist.episodes}</td>
                    <td className="numeric">{formatPercent(therapist.responderRate)}</td>
                    <td className="numeric">
                      {formatWithInterval(therapist.rawChange.mean, therapist.rawChange.ciLow, therapist.rawChange.ciHigh)}
                    </td>
                    <td className="numeric">
                      {therapist.adjustedChange
                        ? formatWithInterval(therapist.adjustedChange.estimate, therapist.adjustedChange.ciLow, therapist.adjustedChange.ciHigh)
                        : '—'}
                    </td>
                    <td className="numeric">
                      {therapist.therapistId === comparison.referenceTherapistId
                        ? 'reference'
                        : therapist.adjustedDifference
                          ? formatWithInterval(
                              therapist.adjustedDifference.estimate,
                              therapist.adjustedDifference.ciLow,
                              therapist.adjustedDifference.ciHigh,
                            )
                          : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
