import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatChange } from '../../analytics/format';
import type { CaseloadEntry, CaseloadFlag, CaseloadSortKey, CaseloadView } from '../../analytics/shaping/caseload';
import { formatDate } from '../../clinical/dates';
import { FREQUENCY_LABELS } from '../../clinical/labels';
import { patientPath } from '../../shell/routes';
import { Sparkline } from './Sparkline';

export const FLAG_LABELS: Readonly<Record<CaseloadFlag, string>> = {
  redFlag: 'Red flag',
  failureToProgress: 'Not improving',
  overdue: 'Overdue',
};

const FLAG_HINTS: Readonly<Record<CaseloadFlag, string>> = {
  redFlag: 'An open red-flag alert waits for a referral',
  failureToProgress: 'Below the MCID after 4 or more sessions',
  overdue: 'Past the planned visit by more than 3 days',
};

const FLAG_BADGES: Readonly<Record<CaseloadFlag, string>> = {
  redFlag: 'badge badge-danger',
  failureToProgress: 'badge badge-warning',
  overdue: 'badge badge-muted',
};

export interface CaseloadTableProps {
  rows: readonly CaseloadEntry[];
  view: CaseloadView;
  onSort: (key: CaseloadSortKey) => void;
}

/** Active episodes of the therapist, one row each; column headers sort. */
export function CaseloadTable({ rows, view, onSort }: CaseloadTableProps) {
  const header = (key: CaseloadSortKey, label: ReactNode, numeric = false) => (
    <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={view.sortBy === key ? view.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{view.sortBy === key ? (view.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="data-table caseload-table">
        <caption className="visually-hidden">Your active episodes; column headers sort the table</caption>
        <thead>
          <tr>
            {header('patient', 'Patient')}
            <th scope="col">Pain by week</th>
            {header('latestPain', 'Latest pain (0–10)', true)}
            {header('painChange', 'Change (points)', true)}
            {header('sessions', 'Sessions', true)}
            <th scope="col">Plan</th>
            {header('nextDue', 'Next due')}
            {header('flags', 'Flags')}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => {
            const flags = (Object.keys(FLAG_LABELS) as CaseloadFlag[]).filter((flag) => entry[flag]);
            return (
              <tr key={entry.episodeId}>
                <th scope="row">
                  <Link to={`${patientPath(entry.patientId)}?episode=${encodeURIComponent(entry.episodeId)}`}>{entry.patientName}</Link>
                </th>
                <td>
                  <Sparkline weeklyPain={entry.weeklyPain} />
                </td>
                <td className="numeric">{entry.latestPain ?? '—'}</td>
                <td className="numeric">{entry.painChange === null || entry.painChange === undefined ? '—' : formatChange(entry.painChange, 0)}</td>
                <td className="numeric">{entry.sessionCount}</td>
                <td>{FREQUENCY_LABELS[entry.plannedFrequency]}</td>
                <td className={entry.overdue ? 'cell-danger' : undefined}>{formatDate(entry.nextDueDate)}</td>
                <td>
                  {flags.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    flags.map((flag) => (
                      <span key={flag} className={FLAG_BADGES[flag]} title={FLAG_HINTS[flag]}>
                        {FLAG_LABELS[flag]}
                      </span>
                    ))
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
