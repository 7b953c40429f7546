// One export file over plain HTTP (GET /exports/<file>.csv, the session cookie), read chunk by
// chunk so the page can show how far it is. The API sends the row count in X-Export-Rows before
// the first row; every CSV record ends in a line feed and no exported cell holds one, so the line
// feeds received, less the header's, are the rows received.

/** What the response headers say about the export and this file. */
export interface ExportFileFacts {
  exportId: string;
  k: number;
  /** Rows the file holds, without the header. */
  rows: number;
  rowsSuppressed: number;
}

export interface DownloadedExportFile extends ExportFileFacts {
  blob: Blob;
}

/** Why a file did not arrive, in the terms the page explains it. */
export type ExportFailure =
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'rejected'; status: number; message: string }
  | { kind: 'server'; status: number }
  | { kind: 'cut'; rowsReceived: number; rowsExpected: number | null }
  | { kind: 'cancelled' };

export class ExportDownloadError extends Error {
  constructor(readonly failure: ExportFailure) {
    super(`export download failed: ${failure.kind}`);
    this.name = 'ExportDownloadError';
  }
}

export interface DownloadOptions {
  signal: AbortSignal;
  /** Called once the headers are in, with what they say. */
  onFacts?: (facts: ExportFileFacts) => void;
  /** Rows received so far; called when the whole percentage changes, and at the end. */
  onRows?: (rowsReceived: number) => void;
  fetchImpl?: typeof fetch;
}

const LINE_FEED = 0x0a;

function lineFeedsIn(chunk: Uint8Array): number {
  let count = 0;
  for (let at = chunk.indexOf(LINE_FEED); at !== -1; at = chunk.indexOf(LINE_FEED, at + 1)) count += 1;
  return count;
}

function headerNumber(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
}

/** The API's `{ error: { code, message } }`, or nothing usable. */
async function errorMessageOf(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return null;
    const error = (body as Record<string, unknown>)['error'];
    if (typeof error !== 'object' || error === null) return null;
    const message = (error as Record<string, unknown>)['message'];
    return typeof message === 'string' && message !== '' ? message : null;
  } catch {
    return null;
  }
}

async function failureOf(response: Response): Promise<ExportFailure> {
  if (response.status === 401) return { kind: 'unauthenticated' };
  if (response.status === 403) return { kind: 'forbidden' };
  if (response.status >= 400 && response.status < 500) {
    const fallback = response.status === 404 ? 'This export was not found or has expired.' : 'The request was refused.';
    return { kind: 'rejected', status: response.status, message: (await errorMessageOf(response)) ?? fallback };
  }
  return { kind: 'server', status: response.status };
}

const rowsOf = (lineFeeds: number): number => Math.max(0, lineFeeds - 1);

/**
 * Downloads one export file into a Blob, reporting the rows as they arrive. Throws an
 * ExportDownloadError: a refusal, a cut connection (also a body that ends short of the rows
 * announced), or a cancel through `signal`.
 */
export async function downloadExportFile(url: string, options: DownloadOptions): Promise<DownloadedExportFile> {
  const { signal, onFacts, onRows, fetchImpl = fetch } = options;
  const cancelledOr = (failure: ExportFailure): ExportDownloadError =>
    new ExportDownloadError(signal.aborted ? { kind: 'cancelled' } : failure);

  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', signal, headers: { Accept: 'text/csv' } });
  } catch {
    throw cancelledOr({ kind: 'cut', rowsReceived: 0, rowsExpected: null });
  }
  if (!response.ok) throw new ExportDownloadError(await failureOf(response));

  const exportId = response.headers.get('X-Export-Id');
  const rows = headerNumber(response.headers, 'X-Export-Rows');
  const k = headerNumber(response.headers, 'X-Export-K');
  if (!exportId || rows === null || k === null) throw new ExportDownloadError({ kind: 'server', status: response.status });
  const facts: ExportFileFacts = { exportId, k, rows, rowsSuppressed: headerNumber(response.headers, 'X-Export-Rows-Suppressed') ?? 0 };
  onFacts?.(facts);

  const chunks: Uint8Array[] = [];
  let lineFeeds = 0;
  let reportedPercent = -1;
  const reader = response.body?.getReader();
  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      lineFeeds += lineFeedsIn(value);
      const percent = rows === 0 ? 0 : Math.floor((rowsOf(lineFeeds) * 100) / rows);
      if (percent !== reportedPercent) {
        reportedPercent = percent;
        onRows?.(rowsOf(lineFeeds));
      }
    }
  } catch {
    throw cancelledOr({ kind: 'cut', rowsReceived: rowsOf(lineFeeds), rowsExpected: rows });
  }
  if (signal.aborted) throw new ExportDownloadError({ kind: 'cancelled' });
  // The server cuts the connection when it fails mid-file; a body short of its rows is no file.
  if (lineFeeds === 0 || rowsOf(lineFeeds) < rows) {
    throw new ExportDownloadError({ kind: 'cut', rowsReceived: rowsOf(lineFeeds), rowsExpected: rows });
  }
  onRows?.(rowsOf(lineFeeds));
  return { ...facts, blob: new Blob(chunks as BlobPart[], { type: 'text/csv;charset=utf-8' }) };
}
