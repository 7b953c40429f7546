import { useMemo } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { EpisodeStatus, Role } from '@outcomes/models';
import { hasErrorCode, userMessage } from '../../../api/errors';
import { useSignedInUser } from '../../auth/signedInUser';
import { formatDate, today } from '../../clinical/dates';
import { CONDITION_LABELS, FREQUENCY_LABELS, SUSPECTED_CAUSE_LABELS } from '../../clinical/labels';
import { RecordPanel } from '../../forms/RecordPanel';
import { MedicationReportForm, medicationRecordedMessage } from '../../medications/components/MedicationReportForm';
import { OdiForm, odiRecordedMessage } from '../../outcome-measures/components/OdiForm';
import { RedFlagAlertList } from '../../red-flags/components/RedFlagAlertList';
import { useOpenRedFlagAlerts } from '../../red-flags/hooks/useOpenRedFlagAlerts';
import type { SessionRecordedState } from '../../sessions/components/RecordSessionPage';
import { PageHeading } from '../../shell/components/PageHeading';
import { recordSessionPath } from '../../shell/routes';
import { usePatientDetail } from '../hooks/usePatientDetail';
import type { TrajectoryScale } from '../shaping/painTrajectory';
import { odiRows } from '../shaping/odi';
import { EpisodeList } from './EpisodeList';
import { MedicationSection, PainTrajectorySection } from './EpisodeCharts';
import { OdiTable } from './OdiTable';
import { PatientHeader } from './PatientHeader';
import { SessionHistoryTable } from './SessionHistoryTable';

function isRecordedState(state: unknown): state is SessionRecordedState {
  return typeof state === 'object' && state !== null && 'recordedSession' in state;
}

/** One patient: who they are, their episodes, and for the selected episode every figure and record. */
export function PatientPage() {
  const { patientId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const me = useSignedInUser();
  const { patient, episode, loading, error, retry } = usePatientDetail(patientId, searchParams.get('episode'));
  const openAlerts = useOpenRedFlagAlerts();
  const scale: TrajectoryScale = searchParams.get('scale') === 'week' ? 'week' : 'date';

  const episodeAlerts = useMemo(
    () => openAlerts.alerts.filter((alert) => alert.episodeId === episode?.id),
    [openAlerts.alerts, episode],
  );
  const odi = useMemo(() => odiRows(episode?.outcomeMeasures ?? []), [episode]);
  const recorded = isRecordedState(location.state) ? location.state.recordedSession : null;

  function hrefFor(episodeId: string): string {
    const next = new URLSearchParams(searchParams);
    next.set('episode', episodeId);
    return `?${next.toString()}`;
  }

  if (!patient) {
    return (
      <>
        <PageHeading>Patient</PageHeading>
        {error ? (
          <div role="alert" className="alert alert-error">
            <p>
              {hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'FORBIDDEN')
                ? 'This patient does not exist or is not in your caseload.'
                : `The patient could not be loaded. ${userMessage(error)}`}
            </p>
            <button type="button" className="button" onClick={retry}>
              Try again
            </button>
          </div>
        ) : loading ? (
          <p role="status" className="muted">
            Loading the patient…
          </p>
        ) : null}
      </>
    );
  }

  return (
    <div className="patient-page">
      <PatientHeader patient={patient} />
      {recorded && (
        <p role="status" className="alert alert-success">
          Session of {formatDate(recorded.sessionDate)} recorded (pain before {recorded.painBefore}/10
          {recorded.redFlags > 0 ? `, ${recorded.redFlags} red flag${recorded.redFlags === 1 ? '' : 's'}: alert raised` : ''}).
        </p>
      )}
      <div className="patient-layout">
        <EpisodeList episodes={patient.episodes} selectedId={episode?.id ?? null} hrefFor={hrefFor} />
        {episode && (
          <div className="episode-detail">
            <section className="card episode-summary" aria-labelledby="episode-summary-title">
              <div className="episode-summary-head">
                <div>
                  <h2 id="episode-summary-title">
                    {CONDITION_LABELS[episode.condition]} · {SUSPECTED_CAUSE_LABELS[episode.suspectedCause]}
                  </h2>
                  <p className="muted">
                    Started {formatDate(episode.startDate)} · plan {FREQUENCY_LABELS[episode.plannedFrequency].toLowerCase()} ·
                    symptoms for {episode.symptomDurationWeeks} weeks at intake
                    {episode.therapist ? ` · ${episode.therapist.displayName}` : ''}
                  </p>
                </div>
                {episode.status === EpisodeStatus.ACTIVE && (
                  <Link className="button button-primary" to={recordSessionPath(episode.id)}>
                    Record a session
                  </Link>
                )}
              </div>
              {openAlerts.error ? (
                <p role="alert" className="alert alert-error">
                  Red-flag alerts could not be loaded. {userMessage(openAlerts.error)}
                </p>
              ) : (
                <div className="episode-alerts">
                  {episodeAlerts.length > 0 && <h3>Open red flags</h3>}
                  <RedFlagAlertList alerts={episodeAlerts} showPatient={false} />
                </div>
              )}
            </section>
            <PainTrajectorySection
              episode={episode}
              scale={scale}
              onScaleChange={(next) =>
                setSearchParams(
                  (current) => {
                    const updated = new URLSearchParams(current);
                    if (next === 'date') updated.delete('scale');
                    else updated.set('scale', next);
                    return updated;
                  },
                  { replace: true },
                )
              }
            />
            <MedicationSection
              episode={episode}
              footer={
                <RecordPanel key={episode.id} openLabel="Record a medication report">
                  {({ done, cancel }) => (
                    <MedicationReportForm
                      episode={episode}
                      today={today()}
                      onRecorded={(report) => done(medicationRecordedMessage(report))}
                      onCancel={cancel}
                    />
                  )}
                </RecordPanel>
              }
            />
            <OdiTable rows={odi}>
              <RecordPanel key={episode.id} openLabel="Record an ODI questionnaire">
                {({ done, cancel }) => (
                  <OdiForm episode={episode} today={today()} onRecorded={(measure) => done(odiRecordedMessage(measure))} onCancel={cancel} />
                )}
              </RecordPanel>
            </OdiTable>
            <SessionHistoryTable
              key={episode.id}
              sessions={episode.sessions}
              episode={episode}
              canDelete={me.role === Role.OWNER}
              onReload={retry}
            />
          </div>
        )}
      </div>
    </div>
  );
}
