import type { ReactNode } from 'react';
import { ODI_MCID_POINTS } from '@outcomes/models';
import { formatDate } from '../../clinical/dates';
import type { OdiRow } from '../shaping/odi';

/** Oswestry Disability Index scores of the episode, where recorded; `children` go below (a form). */
export function OdiTable({ rows, children }: { rows: readonly OdiRow[]; children?: ReactNode }) {
  return (
    <section className="card" aria-labelledby="odi-title">
      <h2 id="odi-title">Oswestry Disability Index</h2>
      {rows.length === 0 ? (
        <p className="muted">No ODI recorded in this episode.</p>
      ) : (
        <>
          <p className="muted">0–100, lower is better; a change of {ODI_MCID_POINTS} points or 30 % is clinically important.</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">ODI scores, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col" className="numeric">
                    Score (0–100)
                  </th>
                  <th scope="col">Band</th>
                  <th scope="col" className="numeric">
                    Change since first (points)
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{formatDate(row.measuredOn)}</th>
                    <td className="numeric">{row.score}</td>
                    <td>{row.band}</td>
                    <td className="numeric">
                      {row.changeFromFirst === null ? '—' : `${row.changeFromFirst > 0 ? '+' : ''}${row.changeFromFirst}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {children}
    </section>
  );
}
