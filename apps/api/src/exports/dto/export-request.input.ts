import { applyDecorators } from '@nestjs/common';
import { Condition, EpisodeStatus, Frequency, SuspectedCause, Technique } from '@outcomes/models';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AnalyticsFilter } from '../../analytics/dto/analytics-filter.input';

/** Smallest and largest k an export may ask for. */
export const K_MIN = 2;
export const K_MAX = 50;

/**
 * A list from a query string or a JSON body: `conditions=A&conditions=B`, `conditions=A,B` and
 * ["A", "B"] all read as ["A", "B"]. Anything else is left for the validators to refuse.
 */
function asList({ value }: TransformFnParams): unknown {
  if (value === undefined || value === null) return value;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => (typeof item === 'string' ? item.split(',').map((part) => part.trim()).filter(Boolean) : [item]));
}

/** A number from a query string ('5'); other text stays text and fails @IsInt. */
function asNumber({ value }: TransformFnParams): unknown {
  return typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
}

const EXPORT_ID_MESSAGE = 'exportId is the id of an export (a UUID).';
const K_MESSAGE = `k is a whole number from ${K_MIN} to ${K_MAX}.`;

/** An optional k of k-anonymity from a query string, within K_MIN..K_MAX. */
function IsK(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Transform(asNumber),
    IsInt({ message: K_MESSAGE }),
    Min(K_MIN, { message: K_MESSAGE }),
    Max(K_MAX, { message: K_MESSAGE }),
  );
}

/**
 * What an export covers: the analytics filter (the same fields and rules) and k, as the query of
 * GET /exports/<file>.csv without an exportId. The service adds the rules of exports (whole start
 * years), which the command line goes through too.
 */
export class ExportRequest extends AnalyticsFilter {
  @Transform(asList)
  override conditions?: Condition[] | null;

  @Transform(asList)
  override causes?: SuspectedCause[] | null;

  @Transform(asList)
  override frequencies?: Frequency[] | null;

  @Transform(asList)
  override techniques?: Technique[] | null;

  @Transform(asList)
  override therapistIds?: string[] | null;

  @Transform(asList)
  override statuses?: EpisodeStatus[] | null;

  /** k of k-anonymity: every released combination of quasi-identifiers covers at least k patients. */
  @IsK()
  k?: number;
}

/** The query of GET /exports/<file>.csv: an existing export's id, or an export request. */
export class ExportFileQuery extends ExportRequest {
  /** The export whose file to download (both files of one export share study ids). */
  @IsOptional()
  @IsUUID('all', { message: EXPORT_ID_MESSAGE })
  exportId?: string;
}

/** Query parameters of an export request; anything else is refused rather than silently ignored. */
export const EXPORT_REQUEST_FIELDS: readonly string[] = [
  'startedFrom',
  'startedTo',
  'conditions',
  'causes',
  'frequencies',
  'techniques',
  'therapistIds',
  'statuses',
  'k',
];

/** The query of GET /exports/codebook.json and codebook.csv: the k of the export it goes with. */
export class CodebookQuery {
  /** The codebook states the export's k in its de-identification rules; the default k without one. */
  @IsK()
  k?: number;
}

/** The path of GET /exports/:exportId/manifest.json. */
export class ExportIdParams {
  @IsUUID('all', { message: EXPORT_ID_MESSAGE })
  exportId!: string;
}
