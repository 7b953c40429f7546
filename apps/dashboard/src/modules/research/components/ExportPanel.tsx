import { useCallback, useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { AnalyticsFilter } from '../../../gql/graphql';
import { loginPathFor } from '../../auth/loginRedirect';
import type { ExportFailure } from '../exportDownload';
import {
  codebookUrl,
  DEFAULT_K,
  EXPORT_FILES,
  K_MAX,
  K_MIN,
  kProblem,
  manifestUrl,
  wholeYearsNeeded,
  type ExportFileName,
  type WholeYears,
} from '../exportRequest';
import { useResearchExport, type FileProgress } from '../hooks/useResearchExport';

export interface ExportPanelProps {
  /** The research page's cohort filter: the export covers the same episodes. */
  filter: AnalyticsFilter | null;
  /** Widens the filter's dates to the whole start years an export needs. */
  onUseWholeYears: (years: WholeYears) => void;
}

const count = new Intl.NumberFormat('en-GB');

const FILE_TITLES: Readonly<Record<ExportFileName, string>> = {
  sessions: 'Sessions file',
  episodes: 'Episodes file',
};

function percentOf(progress: FileProgress, complete: boolean): number {
  if (complete) return 100;
  if (!progress.rowsExpected) return 0;
  return Math.min(100, Math.floor((progress.rowsReceived * 100) / progress.rowsExpected));
}

/** The sentence for a failed file: what happened and what to do. */
function failureMessage(file: ExportFileName, reason: ExportFailure): string {
  const what = file === 'sessions' ? 'The export' : 'The episodes file';
  switch (reason.kind) {
    case 'unauthenticated':
      return 'Your session has expired. Sign in again to export.';
    case 'forbidden':
      return 'Your role may not export data. Ask the clinic owner if you need an export.';
    case 'rejected':
      return `${what} was refused: ${reason.message}`;
    case 'server':
      return `${what} failed on the server (HTTP ${reason.status}). Try again later.`;
    case 'cut':
      return reason.rowsExpected === null
        ? 'The server could not be reached. Check your connection and try again.'
        : `The connection was cut after ${count.format(reason.rowsReceived)} of ${count.format(reason.rowsExpected)} rows; the partial file was discarded. Try again.`;
    case 'cancelled':
      return 'Cancelled.';
  }
}

function yearsLabel({ fromYear, toYear }: WholeYears): string {
  if (fromYear !== null && toYear !== null) return fromYear === toYear ? `${fromYear}` : `${fromYear}–${toYear}`;
  return fromYear !== null ? `${fromYear} on` : `up to ${toYear ?? ''}`;
}

/**
 * The anonymized export of the page's cohort: two CSV files made from one export (same study ids),
 * downloaded with a progress bar each, then offered for saving beside the export's manifest and
 * the codebook that explains every column.
 */
export function ExportPanel({ filter, onUseWholeYears }: ExportPanelProps) {
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const toLogin = useCallback(
    () => void navigate(loginPathFor(location.pathname + location.search), { replace: true }),
    [navigate, location.pathname, location.search],
  );
  const exporting = useResearchExport(toLogin);
  const [typedK, setTypedK] = useState(String(DEFAULT_K));
  // The default k is valid: an error can only follow a change, so it shows at once.
  const kError = kProblem(typedK);
  const years = wholeYearsNeeded(filter);
  const running = exporting.status === 'running';

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (kError) document.getElementById(`${id}-k`)?.focus();
    if (kError || years || running) return;
    exporting.start(filter, Number(typedK.trim()));
  }

  const files = EXPORT_FILES.filter((file) => exporting.progress[file] !== null);
  const filterMovedOn = exporting.status !== 'idle' && JSON.stringify(exporting.filter) !== JSON.stringify(filter);
  const failure = exporting.failure;
  const done = exporting.status === 'done';

  return (
    <section className="card export-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Anonymized export</h2>
      <p className="muted">
        The episodes chosen in the filter above, as two CSV files: one row per session and one per episode, linked by random study
        ids. No names, no dates (days from the episode start instead), ages in 5-year bands, and every combination of age band, sex,
        condition, cause and start year shared by at least k patients; the rest is generalized or left out and counted.{' '}
        <a href={codebookUrl(exporting.k)} download="outcomes-export-codebook.json">
          Codebook (JSON)
        </a>
      </p>

      {years && (
        <div className="alert alert-warning" id={`${id}-years`}>
          <p>
            Exports select whole start years: a finer date range would, with the day offsets, give dates away. Set “Started from” to a 1
            January and “Started to” to a 31 December.
          </p>
          <button type="button" className="button button-small" onClick={() => onUseWholeYears(years)}>
            Use whole years ({yearsLabel(years)})
          </button>
        </div>
      )}

      <form className="form export-form" noValidate onSubmit={handleSubmit} aria-label="Export">
        <div className="field">
          <label htmlFor={`${id}-k`}>k (smallest group of patients)</label>
          <input
            id={`${id}-k`}
            type="number"
            inputMode="numeric"
            min={K_MIN}
            max={K_MAX}
            step={1}
            className="input-short"
            value={typedK}
            disabled={running}
            onChange={(event) => setTypedK(event.target.value)}
            aria-invalid={kError ? true : undefined}
            aria-describedby={`${id}-k-hint${kError ? ` ${id}-k-error` : ''}`}
          />
          <p id={`${id}-k-hint`} className="hint">
            {K_MIN}–{K_MAX}; {DEFAULT_K} by default. A larger k protects more and releases less.
          </p>
          {kError && (
            <p id={`${id}-k-error`} className="field-error">
              {kError}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={running || years !== null}
            aria-describedby={years ? `${id}-years` : undefined}
          >
            {running ? 'Exporting…' : 'Export'}
          </button>
          {running && (
            <button type="button" className="button" onClick={exporting.cancel}>
              Cancel
            </button>
          )}
        </div>
      </form>

      {files.length > 0 && (
        <div className="export-progress">
          {files.map((file) => {
            const progress = exporting.progress[file] as FileProgress;
            const complete = exporting.files[file] !== null;
            const percent = percentOf(progress, complete);
            const waiting = progress.rowsExpected === null && !complete;
            return (
              <div className="field" key={file}>
                <label htmlFor={`${id}-${file}-progress`}>{FILE_TITLES[file]}</label>
                {/* No value while the export is being prepared: an indeterminate bar. */}
                <progress
                  id={`${id}-${file}-progress`}
                  max={100}
                  value={waiting ? undefined : percent}
                  aria-valuetext={waiting ? 'Preparing' : `${percent} %`}
                >
                  {percent} %
                </progress>
                <p className="hint">
                  {waiting
                    ? 'Preparing the export…'
                    : `${count.format(progress.rowsReceived)} of ${count.format(progress.rowsExpected ?? 0)} rows · ${percent} %`}
                </p>
              </div>
            );
          })}
        </div>
      )}

      {failure && (
        <div role="alert" className="alert alert-error">
          <p>{failureMessage(failure.file, failure.reason)}</p>
          {failure.file === 'episodes' && exporting.exportId && failure.reason.kind !== 'unauthenticated' && (
            <button type="button" className="button button-small" onClick={exporting.retryEpisodes}>
              Try the episodes file again
            </button>
          )}
        </div>
      )}
      <div role="status" className="export-status">
        {exporting.status === 'cancelled' && <p className="alert alert-warning">Export cancelled; nothing was saved.</p>}
        {done && <p className="alert alert-success">Export ready: both files downloaded in full.</p>}
      </div>

      {exporting.exportId && (
        <dl className="facts export-facts">
          <div>
            <dt>Export id</dt>
            <dd>
              <code>{exporting.exportId}</code>
            </dd>
          </div>
          <div>
            <dt>k</dt>
            <dd>{exporting.k}</dd>
          </div>
          {EXPORT_FILES.map((file) => {
            const progress = exporting.progress[file];
            if (!progress || progress.rowsExpected === null) return null;
            return (
              <div key={file}>
                <dt>{FILE_TITLES[file]}</dt>
                <dd>
                  {count.format(progress.rowsExpected)} rows, {count.format(progress.rowsSuppressed ?? 0)} suppressed
                </dd>
              </div>
            );
          })}
        </dl>
      )}

      {filterMovedOn && (
        <p className="hint">The filter has changed since this export: press “Export” for the cohort as it is now.</p>
      )}
      {(exporting.files.sessions || exporting.files.episodes) && (
        <ul className="export-links">
          {EXPORT_FILES.map((file) => {
            const saved = exporting.files[file];
            return saved ? (
              <li key={file}>
                <a className="button" href={saved.url} download={saved.fileName}>
                  Save {file}.csv
                </a>
              </li>
            ) : null;
          })}
          {exporting.exportId && (
            <li>
              <a className="button" href={manifestUrl(exporting.exportId)} download={`outcomes-export-${exporting.exportId.slice(0, 8)}-manifest.json`}>
                Manifest (JSON)
              </a>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
