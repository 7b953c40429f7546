// What an export asks the API for: the research page's cohort filter and k, as the query of
// GET /exports/sessions.csv (apps/api/src/exports/dto/export-request.input.ts), and the rules the
// API adds for exports (exports.service.ts, exportRequestProblems), checked before anything is sent.
import { DEFAULT_K_ANONYMITY } from '@outcomes/models';
import type { AnalyticsFilter } from '../../gql/graphql';

/** The API's K_MIN and K_MAX. */
export const K_MIN = 2;
export const K_MAX = 50;
export const DEFAULT_K = DEFAULT_K_ANONYMITY;

export const EXPORT_FILES = ['sessions', 'episodes'] as const;
export type ExportFileName = (typeof EXPORT_FILES)[number];

const CODEBOOK_URL = '/exports/codebook.json';

/** The codebook of every column of both files; its de-identification rules name the export's k. */
export function codebookUrl(k: number | null): string {
  return k === null ? CODEBOOK_URL : `${CODEBOOK_URL}?k=${k}`;
}

/** GET /exports/sessions.csv?<filter>&k=<k>: makes an export and streams its sessions file. */
export function newExportUrl(filter: AnalyticsFilter | null, k: number): string {
  const query = new URLSearchParams();
  if (filter?.startedFrom) query.set('startedFrom', filter.startedFrom);
  if (filter?.startedTo) query.set('startedTo', filter.startedTo);
  const lists = {
    conditions: filter?.conditions,
    causes: filter?.causes,
    frequencies: filter?.frequencies,
    techniques: filter?.techniques,
    therapistIds: filter?.therapistIds,
    statuses: filter?.statuses,
  };
  // Repeated keys (conditions=A&conditions=B): the API reads them as one list.
  for (const [name, values] of Object.entries(lists)) {
    for (const value of values ?? []) query.append(name, value);
  }
  query.set('k', String(k));
  return `/exports/sessions.csv?${query.toString()}`;
}

/** A file of an export already made (both files of one export share their study ids). */
export function exportFileUrl(file: ExportFileName, exportId: string): string {
  return `/exports/${file}.csv?exportId=${encodeURIComponent(exportId)}`;
}

export function manifestUrl(exportId: string): string {
  return `/exports/${encodeURIComponent(exportId)}/manifest.json`;
}

/** The message for a k as typed, or undefined when the API will take it. */
export function kProblem(typed: string): string | undefined {
  const text = typed.trim();
  const k = Number(text);
  return /^\d+$/.test(text) && k >= K_MIN && k <= K_MAX ? undefined : `k is a whole number from ${K_MIN} to ${K_MAX}.`;
}

export interface WholeYears {
  fromYear: number | null;
  toYear: number | null;
}

/**
 * Exports select whole start years (a finer range would, with the day offsets, give dates away):
 * null when the filter's dates already are, else the whole years that cover them.
 */
export function wholeYearsNeeded(filter: AnalyticsFilter | null): WholeYears | null {
  const from = filter?.startedFrom ?? null;
  const to = filter?.startedTo ?? null;
  const fromWhole = from === null || /^\d{4}-01-01$/.test(from);
  const toWhole = to === null || /^\d{4}-12-31$/.test(to);
  if (fromWhole && toWhole) return null;
  return { fromYear: from === null ? null : Number(from.slice(0, 4)), toYear: to === null ? null : Number(to.slice(0, 4)) };
}
