import { useId, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { userMessage } from '../../../api/errors';
import { CASELOAD_QUERY } from '../../analytics/graphql/analytics';
import {
  caseloadRows,
  caseloadViewFromParams,
  caseloadViewToParams,
  type CaseloadFlag,
  type CaseloadSortKey,
  type CaseloadView,
} from '../../analytics/shaping/caseload';
import { CaseloadTable, FLAG_LABELS } from './CaseloadTable';

/** The therapist's active episodes with flags, searchable and sortable; the view lives in the address. */
export function CaseloadSection() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const view = useMemo(() => caseloadViewFromParams(new URLSearchParams(query)), [query]);
  const { data, loading, error, refetch } = useQuery(CASELOAD_QUERY);
  const entries = data?.caseload;
  const rows = useMemo(() => caseloadRows(entries ?? [], view), [entries, view]);

  function update(next: CaseloadView): void {
    setParams((current) => caseloadViewToParams(next, current), { replace: true });
  }
  function sortBy(key: CaseloadSortKey): void {
    const direction = view.sortBy === key ? (view.direction === 'ascending' ? 'descending' : 'ascending') : key === 'flags' ? 'descending' : 'ascending';
    update({ ...view, sortBy: key, direction });
  }
  function toggleFlag(flag: CaseloadFlag, on: boolean): void {
    update({ ...view, flags: on ? [...view.flags, flag] : view.flags.filter((candidate) => candidate !== flag) });
  }

  const counts = useMemo(
    () => ({
      redFlag: (entries ?? []).filter((entry) => entry.redFlag).length,
      failureToProgress: (entries ?? []).filter((entry) => entry.failureToProgress).length,
      overdue: (entries ?? []).filter((entry) => entry.overdue).length,
    }),
    [entries],
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`} aria-busy={loading}>
      <h2 id={`${id}-title`}>My caseload</h2>
      {error ? (
        <div role="alert" className="alert alert-error">
          <p>Your caseload could not be loaded. {userMessage(error)}</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : loading && !entries ? (
        <p role="status" className="muted">
          Loading your caseload…
        </p>
      ) : !entries || entries.length === 0 ? (
        <p className="muted">No active episodes. Patients appear here when an episode of care is open.</p>
      ) : (
        <>
          <div className="caseload-controls" role="search" aria-label="Filter the caseload">
            <div className="field">
              <label htmlFor={`${id}-search`}>Find a patient</label>
              <input
                id={`${id}-search`}
                type="search"
                value={view.search}
                onChange={(event) => update({ ...view, search: event.target.value })}
                autoComplete="off"
              />
            </div>
            <fieldset className="flag-filter">
              <legend>Only patients flagged</legend>
              {(Object.keys(FLAG_LABELS) as CaseloadFlag[]).map((flag) => (
                <label key={flag}>
                  <input type="checkbox" checked={view.flags.includes(flag)} onChange={(event) => toggleFlag(flag, event.target.checked)} />{' '}
                  {FLAG_LABELS[flag]} ({counts[flag]})
                </label>
              ))}
            </fieldset>
          </div>
          <p className="muted" role="status">
            {rows.length === entries.length ? `${entries.length} active episodes.` : `${rows.length} of ${entries.length} active episodes shown.`}
          </p>
          {rows.length > 0 && <CaseloadTable rows={rows} view={view} onSort={sortBy} />}
        </>
      )}
    </section>
  );
}
