import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../clinical/dates';
import { RED_FLAG_LABELS } from '../../clinical/labels';
import { patientPath } from '../../shell/routes';
import type { OpenRedFlagAlert } from '../hooks/useOpenRedFlagAlerts';
import { RecordReferralForm } from './RecordReferralForm';

export interface RedFlagAlertListProps {
  alerts: readonly OpenRedFlagAlert[];
  /** Show the patient's name as a link (the inbox); the patient page leaves it out. */
  showPatient: boolean;
  /** Shown when no alert is open (the list stays mounted so a confirmation survives the last alert). */
  emptyMessage?: string;
}

/** Open alerts, each with its flags and a way to record the referral that closes it. */
export function RedFlagAlertList({ alerts, showPatient, emptyMessage }: RedFlagAlertListProps) {
  const [openFormFor, setOpenFormFor] = useState<string | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  return (
    <>
      {closed && (
        <p role="status" className="alert alert-success">
          Referral recorded; the alert is closed.
        </p>
      )}
      {alerts.length === 0 && emptyMessage && <p className="muted">{emptyMessage}</p>}
      {alerts.length > 0 && (
        <ul className="alert-list">
          {alerts.map((alert) => {
            const patient = alert.episode?.patient;
            return (
              <li key={alert.id} className={alert.sameDayReferral ? 'red-flag-alert same-day' : 'red-flag-alert'}>
                <div className="red-flag-alert-summary">
                  <p className="red-flag-alert-title">
                    {alert.sameDayReferral && <span className="badge badge-danger">Same-day referral</span>}
                    {showPatient && patient ? (
                      <Link to={`${patientPath(patient.id)}?episode=${encodeURIComponent(alert.episodeId)}`}>{patient.name}</Link>
                    ) : null}
                    <span className="muted"> raised {formatDate(alert.raisedOn)}</span>
                  </p>
                  <p className="red-flag-list">{alert.redFlags.map((flag) => RED_FLAG_LABELS[flag]).join(' · ')}</p>
                </div>
                {openFormFor === alert.id ? (
                  <RecordReferralForm
                    alertId={alert.id}
                    raisedOn={alert.raisedOn}
                    sameDayReferral={alert.sameDayReferral}
                    onDone={() => {
                      setOpenFormFor(null);
                      setClosed(alert.id);
                    }}
                    onCancel={() => setOpenFormFor(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      setOpenFormFor(alert.id);
                      setClosed(null);
                    }}
                  >
                    Record referral
                    {showPatient && patient ? <span className="visually-hidden"> for {patient.name}</span> : null}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
