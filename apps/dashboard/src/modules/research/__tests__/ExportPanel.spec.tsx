import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CohortDimension } from '../../../gql/graphql';
import { Condition, Role, SuspectedCause } from '@outcomes/models';
import { analyticsMocks, MeFactory } from '../../../testing/factories';
import { renderAt } from '../../../testing/renderApp';
import { ExportPanel } from '../components/ExportPanel';
import { ResearchPage } from '../components/ResearchPage';

const EXPORT_ID = '6f1c2a9e-3b7d-4e5f-9a10-2b3c4d5e6f70';
const SESSIONS_HEADER = 'study_patient_id,study_episode_id,day_offset,week,pain_before\r\n';
const sessionRow = (n: number): string => `P${n},E${n},${n * 7},${n},${n % 10}\r\n`;
const EPISODES_CSV = 'study_patient_id,study_episode_id,condition\r\nP1,E1,SCIATICA\r\nP2,E2,SCIATICA\r\n';

/** A response body the test writes to as it goes; it errors when the request is aborted, as fetch does. */
class ControlledBody {
  readonly stream: ReadableStream<Uint8Array>;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private readonly encoder = new TextEncoder();

  constructor(signal?: AbortSignal | null) {
    this.stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
      },
    });
    signal?.addEventListener('abort', () => this.fail(new DOMException('The operation was aborted.', 'AbortError')));
  }

  push(text: string): void {
    this.controller.enqueue(this.encoder.encode(text));
  }

  end(): void {
    this.controller.close();
  }

  fail(reason: unknown): void {
    try {
      this.controller.error(reason);
    } catch {
      // already closed
    }
  }
}

interface FileAnswer {
  rows: number;
  suppressed?: number;
  k?: number;
  /** The whole body at once; without it the test writes to `bodies`. */
  csv?: string;
}

type FetchArgs = [input: RequestInfo | URL, init?: RequestInit];

/** fetch as the export routes answer it, one answer per call in order. */
function mockFetch(answers: Array<FileAnswer | Response | Error>) {
  const bodies: ControlledBody[] = [];
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchMock = jest.fn(async (...[input, init]: FetchArgs): Promise<Response> => {
    calls.push({ url: String(input), init });
    const answer = answers[calls.length - 1];
    if (!answer) throw new Error(`no answer for fetch #${calls.length}`);
    if (answer instanceof Error) throw answer;
    if (answer instanceof Response) return answer;
    const headers = {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'X-Export-Id': EXPORT_ID,
      'X-Export-K': String(answer.k ?? 5),
      'X-Export-Rows': String(answer.rows),
      'X-Export-Rows-Suppressed': String(answer.suppressed ?? 0),
    };
    if (answer.csv !== undefined) return new Response(answer.csv, { status: 200, headers });
    const body = new ControlledBody(init?.signal);
    bodies.push(body);
    return new Response(body.stream, { status: 200, headers });
  });
  const original = globalThis.fetch;
  globalThis.fetch = fetchMock as typeof fetch;
  return { bodies, calls, restore: () => (globalThis.fetch = original) };
}

const jsonError = (status: number, code: string, message: string): Response =>
  new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'Content-Type': 'application/json' } });

const blobs = new Map<string, Blob>();
let restoreFetch: (() => void) | null = null;

beforeEach(() => {
  blobs.clear();
  let next = 0;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: jest.fn((blob: Blob) => {
      const url = `blob:test/${++next}`;
      blobs.set(url, blob);
      return url;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: jest.fn((url: string) => blobs.delete(url)) });
});

afterEach(() => {
  restoreFetch?.();
  restoreFetch = null;
});

function renderPanel(filter: Parameters<typeof ExportPanel>[0]['filter'] = null, onUseWholeYears = jest.fn()) {
  const app = renderAt('/research?cause=PIRIFORMIS', [], { ui: <ExportPanel filter={filter} onUseWholeYears={onUseWholeYears} /> });
  return { app, onUseWholeYears };
}

function startFetch(answers: Array<FileAnswer | Response | Error>) {
  const fetched = mockFetch(answers);
  restoreFetch = fetched.restore;
  return fetched;
}

const exportButton = () => screen.getByRole('button', { name: /^Export/ });
const progressOf = (name: string) => screen.getByRole('progressbar', { name }) as HTMLProgressElement;

/** Lets the stream reader and React catch up. */
async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('ExportPanel: a whole export', () => {
  it('streams the sessions file with a progress bar to 100 %, then the episodes file of the same export', async () => {
    const fetched = startFetch([{ rows: 4, suppressed: 2, k: 7 }, { rows: 2, suppressed: 1, k: 7, csv: EPISODES_CSV }]);
    renderPanel({ startedFrom: '2024-01-01', startedTo: '2025-12-31', conditions: [Condition.SCIATICA], causes: [SuspectedCause.PIRIFORMIS] });
    expect(screen.getByRole('link', { name: 'Codebook (JSON)' }).getAttribute('href')).toBe('/exports/codebook.json');

    fireEvent.change(screen.getByLabelText('k (smallest group of patients)'), { target: { value: '7' } });
    fireEvent.click(exportButton());
    await flush();

    // The export is made with the page's filter and k; its rows are announced before the first one.
    expect(fetched.calls[0]?.url).toBe(
      '/exports/sessions.csv?startedFrom=2024-01-01&startedTo=2025-12-31&conditions=SCIATICA&causes=PIRIFORMIS&k=7',
    );
    expect(fetched.calls[0]?.init?.credentials).toBe('same-origin');
    expect(progressOf('Sessions file').value).toBe(0);
    expect(screen.getByText('0 of 4 rows · 0 %')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporting…' })).toHaveProperty('disabled', true);

    const sessions = fetched.bodies[0] as ControlledBody;
    sessions.push(SESSIONS_HEADER + sessionRow(1));
    sessions.push(sessionRow(2));
    await flush();
    expect(progressOf('Sessions file').value).toBe(50);
    expect(screen.getByText('2 of 4 rows · 50 %')).toBeTruthy();

    sessions.push(sessionRow(3) + sessionRow(4));
    sessions.end();
    expect(await screen.findByText('Export ready: both files downloaded in full.')).toBeTruthy();

    expect(progressOf('Sessions file').value).toBe(100);
    expect(progressOf('Episodes file').value).toBe(100);
    expect(fetched.calls.map((call) => call.url)).toEqual([
      expect.stringMatching(/^\/exports\/sessions\.csv\?/),
      `/exports/episodes.csv?exportId=${EXPORT_ID}`,
    ]);

    const facts = screen.getByText('Export id').closest('dl') as HTMLElement;
    expect(within(facts).getByText(EXPORT_ID)).toBeTruthy();
    expect(facts.textContent).toContain('k7');
    expect(facts.textContent).toContain('Sessions file4 rows, 2 suppressed');
    expect(facts.textContent).toContain('Episodes file2 rows, 1 suppressed');

    const saveSessions = screen.getByRole('link', { name: 'Save sessions.csv' });
    expect(saveSessions.getAttribute('download')).toBe('outcomes-export-6f1c2a9e-sessions.csv');
    const savedCsv = await readBlob(blobs.get(saveSessions.getAttribute('href') ?? '') as Blob);
    expect(savedCsv).toBe(SESSIONS_HEADER + [1, 2, 3, 4].map(sessionRow).join(''));
    const saveEpisodes = screen.getByRole('link', { name: 'Save episodes.csv' });
    expect(await readBlob(blobs.get(saveEpisodes.getAttribute('href') ?? '') as Blob)).toBe(EPISODES_CSV);
    expect(screen.getByRole('link', { name: 'Manifest (JSON)' }).getAttribute('href')).toBe(`/exports/${EXPORT_ID}/manifest.json`);
    // The codebook's de-identification rules name the export's k.
    expect(screen.getByRole('link', { name: 'Codebook (JSON)' }).getAttribute('href')).toBe('/exports/codebook.json?k=7');
    expect(exportButton()).toHaveProperty('disabled', false);
  });

  it('releases the previous files when a new export starts', async () => {
    startFetch([
      { rows: 1, csv: SESSIONS_HEADER + sessionRow(1) },
      { rows: 2, csv: EPISODES_CSV },
      { rows: 1, csv: SESSIONS_HEADER + sessionRow(1) },
      { rows: 2, csv: EPISODES_CSV },
    ]);
    renderPanel();
    fireEvent.click(exportButton());
    await screen.findByText('Export ready: both files downloaded in full.');
    const first = screen.getByRole('link', { name: 'Save sessions.csv' }).getAttribute('href') ?? '';

    fireEvent.click(exportButton());
    await flush();
    await screen.findByText('Export ready: both files downloaded in full.');

    expect(URL.revokeObjectURL).toHaveBeenCalledWith(first);
    expect(screen.getByRole('link', { name: 'Save sessions.csv' }).getAttribute('href')).not.toBe(first);
  });
});

describe('ExportPanel: cancel and failures', () => {
  it('cancels a download under way: the request is aborted and nothing is offered for saving', async () => {
    const fetched = startFetch([{ rows: 1000 }]);
    renderPanel();
    fireEvent.click(exportButton());
    await flush();
    (fetched.bodies[0] as ControlledBody).push(SESSIONS_HEADER + sessionRow(1));
    await flush();
    expect(progressOf('Sessions file').value).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(await screen.findByText('Export cancelled; nothing was saved.')).toBeTruthy();
    expect(fetched.calls[0]?.init?.signal?.aborted).toBe(true);
    expect(fetched.calls).toHaveLength(1);
    expect(screen.queryByRole('link', { name: /^Save/ })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(exportButton()).toHaveProperty('disabled', false);
  });

  it('says so when the connection is cut mid-file, and keeps no partial file', async () => {
    const fetched = startFetch([{ rows: 4 }]);
    renderPanel();
    fireEvent.click(exportButton());
    await flush();
    const body = fetched.bodies[0] as ControlledBody;
    body.push(SESSIONS_HEADER + sessionRow(1));
    await flush();
    body.fail(new TypeError('terminated'));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The connection was cut after 1 of 4 rows; the partial file was discarded. Try again.',
    );
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    expect(screen.queryByRole('link', { name: /^Save/ })).toBeNull();
  });

  it('treats a body that ends short of the rows announced as cut', async () => {
    startFetch([{ rows: 3, csv: SESSIONS_HEADER + sessionRow(1) }]);
    renderPanel();
    fireEvent.click(exportButton());
    expect((await screen.findByRole('alert')).textContent).toContain('The connection was cut after 1 of 3 rows');
  });

  it('says the server could not be reached when the request never got an answer', async () => {
    startFetch([new TypeError('Failed to fetch')]);
    renderPanel();
    fireEvent.click(exportButton());
    expect((await screen.findByRole('alert')).textContent).toBe('The server could not be reached. Check your connection and try again.');
  });

  it('explains a 403', async () => {
    startFetch([jsonError(403, 'FORBIDDEN', 'Forbidden.')]);
    renderPanel();
    fireEvent.click(exportButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Your role may not export data.');
  });

  it('sends an expired session to log in, and back here afterwards', async () => {
    startFetch([jsonError(401, 'UNAUTHENTICATED', 'Log in first.')]);
    const { app } = renderPanel();
    fireEvent.click(exportButton());
    await waitFor(() => expect(app.href()).toBe(`/login?next=${encodeURIComponent('/research?cause=PIRIFORMIS')}`));
  });

  it('shows the API’s reason for a refused request', async () => {
    startFetch([jsonError(400, 'BAD_USER_INPUT', 'k is a whole number from 2 to 50.')]);
    renderPanel();
    fireEvent.click(exportButton());
    expect((await screen.findByRole('alert')).textContent).toContain('The export was refused: k is a whole number from 2 to 50.');
  });

  it('keeps the sessions file when the episodes file fails, and fetches the episodes file again on request', async () => {
    const fetched = startFetch([
      { rows: 1, csv: SESSIONS_HEADER + sessionRow(1) },
      jsonError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error.'),
      { rows: 2, csv: EPISODES_CSV },
    ]);
    renderPanel();
    fireEvent.click(exportButton());

    expect((await screen.findByRole('alert')).textContent).toContain('The episodes file failed on the server (HTTP 500).');
    expect(screen.getByRole('link', { name: 'Save sessions.csv' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Try the episodes file again' }));

    expect(await screen.findByText('Export ready: both files downloaded in full.')).toBeTruthy();
    expect(fetched.calls.map((call) => call.url).slice(1)).toEqual([
      `/exports/episodes.csv?exportId=${EXPORT_ID}`,
      `/exports/episodes.csv?exportId=${EXPORT_ID}`,
    ]);
    expect(screen.getByRole('link', { name: 'Save episodes.csv' })).toBeTruthy();
  });
});

describe('ExportPanel: what it asks before sending', () => {
  it('refuses a k outside 2–50 beside the field and sends nothing', () => {
    const fetched = startFetch([]);
    renderPanel();
    const k = screen.getByLabelText('k (smallest group of patients)');

    fireEvent.change(k, { target: { value: '1' } });
    fireEvent.click(exportButton());

    expect(k.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('spinbutton', { description: /k is a whole number from 2 to 50\./ })).toBe(k);
    expect(fetched.calls).toEqual([]);
  });

  it('asks for whole start years, and offers them', () => {
    const fetched = startFetch([]);
    const { onUseWholeYears } = renderPanel({ startedFrom: '2024-03-05', startedTo: '2025-06-30' });

    expect(exportButton()).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Use whole years (2024–2025)' }));

    expect(onUseWholeYears).toHaveBeenCalledWith({ fromYear: 2024, toYear: 2025 });
    expect(fetched.calls).toEqual([]);
  });
});

describe('ResearchPage export', () => {
  it('widens the address’s dates to whole years in one step', async () => {
    const researcher = MeFactory.build({ role: Role.RESEARCHER });
    const app = renderAt(
      '/research?from=2024-03-05&cause=PIRIFORMIS',
      [
        ...analyticsMocks({ filter: { startedFrom: '2024-03-05', causes: [SuspectedCause.PIRIFORMIS] }, groupBy: CohortDimension.NONE }),
        ...analyticsMocks({ filter: { startedFrom: '2024-01-01', causes: [SuspectedCause.PIRIFORMIS] }, groupBy: CohortDimension.NONE }),
      ],
      { ui: <ResearchPage />, me: researcher },
    );
    const panel = within(await screen.findByRole('region', { name: 'Anonymized export' }));

    fireEvent.click(panel.getByRole('button', { name: 'Use whole years (2024 on)' }));

    await waitFor(() => expect(app.href()).toBe('/research?cause=PIRIFORMIS&from=2024-01-01'));
    expect(panel.queryByRole('button', { name: /Use whole years/ })).toBeNull();
    expect(panel.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', false);
  });

  it('exports the cohort of the address, and says when the filter has moved on since', async () => {
    const fetched = startFetch([
      { rows: 1, csv: SESSIONS_HEADER + sessionRow(1) },
      { rows: 2, csv: EPISODES_CSV },
    ]);
    renderAt(
      '/research?condition=SCIATICA',
      [
        ...analyticsMocks({ filter: { conditions: [Condition.SCIATICA] }, groupBy: CohortDimension.NONE }),
        ...analyticsMocks({ filter: { conditions: [Condition.SCIATICA], causes: [SuspectedCause.PIRIFORMIS] }, groupBy: CohortDimension.NONE }),
      ],
      { ui: <ResearchPage />, me: MeFactory.build({ role: Role.RESEARCHER }) },
    );
    const panel = within(await screen.findByRole('region', { name: 'Anonymized export' }));
    fireEvent.click(panel.getByRole('button', { name: 'Export' }));
    await panel.findByText('Export ready: both files downloaded in full.');
    expect(fetched.calls[0]?.url).toBe('/exports/sessions.csv?conditions=SCIATICA&k=5');
    expect(panel.queryByText(/The filter has changed since this export/)).toBeNull();

    fireEvent.change(screen.getByLabelText('Suspected cause'), { target: { value: SuspectedCause.PIRIFORMIS } });

    expect(await panel.findByText(/The filter has changed since this export/)).toBeTruthy();
  });
});
