import { userMessage } from '../../../api/errors';
import { useOpenRedFlagAlerts } from '../hooks/useOpenRedFlagAlerts';
import { RedFlagAlertList } from './RedFlagAlertList';

/** Every open red-flag alert in the user's scope: the owner's overview and the therapist's caseload. */
export function RedFlagInbox() {
  const { alerts, loading, error, retry } = useOpenRedFlagAlerts();
  const sameDay = alerts.filter((alert) => alert.sameDayReferral).length;
  return (
    <section className="card red-flag-inbox" aria-labelledby="red-flag-inbox-title" aria-busy={loading}>
      <h2 id="red-flag-inbox-title">
        Red flags {alerts.length > 0 && <span className="count-badge">{alerts.length} open</span>}
      </h2>
      {error ? (
        <div role="alert" className="alert alert-error">
          <p>Red-flag alerts could not be loaded. {userMessage(error)}</p>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </div>
      ) : loading && alerts.length === 0 ? (
        <p role="status" className="muted">
          Loading red-flag alerts…
        </p>
      ) : (
        <>
          {alerts.length > 0 && (
            <p className="muted">
              Oldest first. {sameDay > 0 ? `${sameDay} need a same-day referral. ` : ''}An alert stays open until its referral
              is recorded.
            </p>
          )}
          <RedFlagAlertList alerts={alerts} showPatient emptyMessage="No open red flags." />
        </>
      )}
    </section>
  );
}
