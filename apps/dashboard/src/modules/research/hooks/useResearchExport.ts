import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalyticsFilter } from '../../../gql/graphql';
import { downloadExportFile, ExportDownloadError, type ExportFailure, type ExportFileFacts } from '../exportDownload';
import { exportFileUrl, newExportUrl, type ExportFileName } from '../exportRequest';

/** One file's download: rows announced (null until the headers arrive) and rows received. */
export interface FileProgress {
  rowsExpected: number | null;
  rowsReceived: number;
  rowsSuppressed: number | null;
}

/** A file that arrived whole, ready to save. */
export interface SavedFile {
  exportId: string;
  url: string;
  fileName: string;
  rows: number;
  rowsSuppressed: number;
}

export type ExportStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ResearchExportState {
  status: ExportStatus;
  /** Known from the first response's headers on. */
  exportId: string | null;
  k: number | null;
  /** The filter the export was asked for (to tell when the page's filter has moved on). */
  filter: AnalyticsFilter | null;
  progress: Readonly<Record<ExportFileName, FileProgress | null>>;
  files: Readonly<Record<ExportFileName, SavedFile | null>>;
  failure: { file: ExportFileName; reason: ExportFailure } | null;
}

export interface ResearchExport extends ResearchExportState {
  /** Makes an export of the filter with k, then downloads its sessions file and its episodes file. */
  start: (filter: AnalyticsFilter | null, k: number) => void;
  /** Downloads the episodes file of the export again, after it failed. */
  retryEpisodes: () => void;
  cancel: () => void;
}

const IDLE: ResearchExportState = {
  status: 'idle',
  exportId: null,
  k: null,
  filter: null,
  progress: { sessions: null, episodes: null },
  files: { sessions: null, episodes: null },
  failure: null,
};

const savedName = (exportId: string, file: ExportFileName): string => `outcomes-export-${exportId.slice(0, 8)}-${file}.csv`;

/**
 * The research export as the page runs it: one request makes the export and streams its sessions
 * file, a second streams the episodes file of the same export (same study ids). Each file is kept
 * as a Blob behind an object URL, released when a new export starts or the page closes.
 * `onUnauthenticated` is called when the session has expired.
 */
export function useResearchExport(onUnauthenticated: () => void): ResearchExport {
  const [state, setState] = useState<ResearchExportState>(IDLE);
  const controller = useRef<AbortController | null>(null);
  const objectUrls = useRef<string[]>([]);
  const onUnauthenticatedRef = useRef(onUnauthenticated);
  useEffect(() => {
    onUnauthenticatedRef.current = onUnauthenticated;
  }, [onUnauthenticated]);

  const releaseFiles = useCallback(() => {
    for (const url of objectUrls.current) URL.revokeObjectURL(url);
    objectUrls.current = [];
  }, []);

  useEffect(
    () => () => {
      controller.current?.abort();
      releaseFiles();
    },
    [releaseFiles],
  );

  /** Downloads one file into the state; null when it failed (the state then says why). */
  const fetchFile = useCallback(async (file: ExportFileName, url: string, signal: AbortSignal): Promise<SavedFile | null> => {
    // A run replaced by a newer one (or by the page closing) no longer writes the state.
    const update = (change: (current: ResearchExportState) => ResearchExportState): void => {
      if (controller.current?.signal === signal) setState(change);
    };
    const setProgress = (change: (current: FileProgress) => FileProgress): void =>
      update((current) => ({
        ...current,
        progress: { ...current.progress, [file]: change(current.progress[file] ?? { rowsExpected: null, rowsReceived: 0, rowsSuppressed: null }) },
      }));
    setProgress(() => ({ rowsExpected: null, rowsReceived: 0, rowsSuppressed: null }));
    try {
      const downloaded = await downloadExportFile(url, {
        signal,
        onFacts: (facts: ExportFileFacts) => {
          update((current) => ({ ...current, exportId: facts.exportId, k: facts.k }));
          setProgress((current) => ({ ...current, rowsExpected: facts.rows, rowsSuppressed: facts.rowsSuppressed }));
        },
        onRows: (rowsReceived) => setProgress((current) => ({ ...current, rowsReceived })),
      });
      if (controller.current?.signal !== signal) return null;
      const objectUrl = URL.createObjectURL(downloaded.blob);
      objectUrls.current.push(objectUrl);
      const saved: SavedFile = {
        exportId: downloaded.exportId,
        url: objectUrl,
        fileName: savedName(downloaded.exportId, file),
        rows: downloaded.rows,
        rowsSuppressed: downloaded.rowsSuppressed,
      };
      setState((current) => ({ ...current, files: { ...current.files, [file]: saved } }));
      return saved;
    } catch (caught) {
      const reason: ExportFailure = caught instanceof ExportDownloadError ? caught.failure : { kind: 'cut', rowsReceived: 0, rowsExpected: null };
      if (reason.kind === 'unauthenticated') onUnauthenticatedRef.current();
      update((current) => ({
        ...current,
        status: reason.kind === 'cancelled' ? 'cancelled' : 'failed',
        failure: reason.kind === 'cancelled' ? null : { file, reason },
      }));
      return null;
    }
  }, []);

  const runEpisodes = useCallback(
    async (exportId: string, signal: AbortSignal): Promise<void> => {
      if ((await fetchFile('episodes', exportFileUrl('episodes', exportId), signal)) && controller.current?.signal === signal) {
        setState((current) => ({ ...current, status: 'done' }));
      }
    },
    [fetchFile],
  );

  const start = useCallback(
    (filter: AnalyticsFilter | null, k: number) => {
      controller.current?.abort();
      releaseFiles();
      const next = new AbortController();
      controller.current = next;
      setState({ ...IDLE, status: 'running', filter });
      void (async () => {
        const sessions = await fetchFile('sessions', newExportUrl(filter, k), next.signal);
        if (sessions) await runEpisodes(sessions.exportId, next.signal);
      })();
    },
    [fetchFile, releaseFiles, runEpisodes],
  );

  const retryEpisodes = useCallback(() => {
    const exportId = state.exportId;
    if (!exportId) return;
    const next = new AbortController();
    controller.current = next;
    setState((current) => ({ ...current, status: 'running', failure: null }));
    void runEpisodes(exportId, next.signal);
  }, [runEpisodes, state.exportId]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { ...state, start, retryEpisodes, cancel };
}
