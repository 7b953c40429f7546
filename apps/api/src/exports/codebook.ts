import { DEFAULT_K_ANONYMITY } from '@outcomes/models';
import { csvRecord } from './csv-encoder';
import { type ExportColumn, FILE_COLUMNS, QUASI_IDENTIFIERS } from './export-columns';
import { ExportFile } from './export-manifest';
import { CODE_LIST_SEPARATOR, DECIMAL_PLACES } from './export-sql';

export interface CodebookColumn {
  position: number;
  name: string;
  type: string;
  unit: string | null;
  allowedValues: readonly string[] | null;
  range: { min: number; max: number | null } | null;
  whenEmpty: string | null;
  description: string;
  derivation: string;
}

export interface CodebookFile {
  name: string;
  rowIs: string;
  rowOrder: string;
  columns: CodebookColumn[];
}

export interface Codebook {
  format: 'outcomes-research-export';
  formatVersion: 1;
  /** The k of the export this codebook goes with (the default when asked without one). */
  k: number;
  csv: { standard: string; encoding: string; lineEnd: string; header: boolean; emptyCell: string; decimals: string; codeListSeparator: string };
  deidentification: string[];
  files: Record<ExportFile, CodebookFile>;
}

export const FILE_NAMES: Readonly<Record<ExportFile, string>> = {
  [ExportFile.SESSIONS]: 'sessions.csv',
  [ExportFile.EPISODES]: 'episodes.csv',
};

const toCodebookColumn = (column: ExportColumn, index: number): CodebookColumn => ({
  position: index + 1,
  name: column.name,
  type: column.type,
  unit: column.unit,
  allowedValues: column.allowedValues,
  range: column.range,
  whenEmpty: column.whenEmpty,
  description: column.description,
  derivation: column.derivation,
});

/** The rules the export applies, in words; the code in export-plan.ts and export-columns.ts does what they say. */
export function deidentificationRules(k: number): string[] {
  return [
    'HIPAA Safe Harbor (45 CFR 164.514(b)(2)): no names, contact details, postal codes, record numbers, user names, free-text notes or birth dates are exported.',
    'No calendar date finer than a year: timing is in days (day_offset) and weeks from the episode start; the start year is the only calendar information.',
    "Ages are 5-year bands at the episode start, with everyone 90 or older as '90+'.",
    'Study ids (patients, episodes, therapists) are random per export, never derived from an identifier; the same patient has the same id in both files of one export. The mapping stays in the clinic’s database and is deleted when the export expires.',
    `k-anonymity with k = ${k} over the quasi-identifiers ${QUASI_IDENTIFIERS.join(', ')}, counted in distinct patients: ` +
      'an episode whose class covers fewer than k patients has its start year dropped; if its class without the year still covers fewer than k patients, the episode and its sessions are suppressed. The manifest gives the counts.',
    `Therapists appear only as random study ids, and only where each treats at least k (${k}) of the patients in the export.`,
    'Rows are ordered by the random study episode id: their order says nothing about when anything was recorded, and differs from one export to the next, so rows cannot be lined up across exports.',
  ];
}

/** The codebook of an export made with `k`: every column of both files, in file order. */
export function buildCodebook(k: number = DEFAULT_K_ANONYMITY): Codebook {
  return {
    format: 'outcomes-research-export',
    formatVersion: 1,
    k,
    csv: {
      standard: 'RFC 4180',
      encoding: 'UTF-8, no byte-order mark',
      lineEnd: 'CRLF',
      header: true,
      emptyCell: 'An empty cell is a missing value; each column says what it means.',
      decimals:
        `Decimals are rounded to ${DECIMAL_PLACES} places and written without trailing zeros (28.8, 15, 0): ` +
        'the noise of binary floating point (a stored 28.799999999999997) is not exported.',
      codeListSeparator: CODE_LIST_SEPARATOR,
    },
    deidentification: deidentificationRules(k),
    files: {
      [ExportFile.SESSIONS]: {
        name: FILE_NAMES[ExportFile.SESSIONS],
        rowIs: 'One treatment session of a released episode.',
        rowOrder: 'By study_episode_id (random), then day_offset.',
        columns: FILE_COLUMNS[ExportFile.SESSIONS].map(toCodebookColumn),
      },
      [ExportFile.EPISODES]: {
        name: FILE_NAMES[ExportFile.EPISODES],
        rowIs: 'One released episode (a course of care for one complaint of one patient).',
        rowOrder: 'By study_episode_id (random).',
        columns: FILE_COLUMNS[ExportFile.EPISODES].map(toCodebookColumn),
      },
    },
  };
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function allowed(column: CodebookColumn): string {
  if (column.allowedValues) return column.allowedValues.map((value) => `\`${value}\``).join(', ');
  if (column.range) return column.range.max === null ? `≥ ${column.range.min}` : `${column.range.min}–${column.range.max}`;
  return '';
}

/** The codebook for people: Markdown with one table per file. */
export function codebookMarkdown(codebook: Codebook): string {
  const lines = [
    '# Research export codebook',
    '',
    `CSV: ${codebook.csv.standard}, ${codebook.csv.encoding}, ${codebook.csv.lineEnd} line ends, a header row. ` +
      `${codebook.csv.emptyCell} ${codebook.csv.decimals} Code lists are joined by \`${codebook.csv.codeListSeparator}\`.`,
    '',
    '## De-identification',
    '',
    ...codebook.deidentification.map((rule) => `- ${rule}`),
  ];
  for (const file of Object.values(codebook.files)) {
    lines.push(
      '',
      `## ${file.name}`,
      '',
      `${file.rowIs} Row order: ${file.rowOrder}`,
      '',
      '| # | column | type | unit | allowed values | empty means | description | derivation |',
      '|---|---|---|---|---|---|---|---|',
      ...file.columns.map(
        (column) =>
          `| ${column.position} | \`${column.name}\` | ${column.type} | ${cell(column.unit ?? '')} | ${cell(allowed(column))} | ` +
          `${cell(column.whenEmpty ?? '(never empty)')} | ${cell(column.description)} | ${cell(column.derivation)} |`,
      ),
    );
  }
  return lines.join('\n') + '\n';
}

/** The header of the codebook as CSV: one row per column of either file. */
export const CODEBOOK_CSV_HEADER: readonly string[] = [
  'file',
  'position',
  'name',
  'type',
  'unit',
  'allowed_values',
  'range_min',
  'range_max',
  'empty_means',
  'description',
  'derivation',
];

/**
 * The codebook's columns as RFC 4180 CSV (UTF-8, CRLF), for statistics packages that read a
 * variable list: one row per column of both files, in file order. Allowed values are joined like
 * the files' code lists; an empty cell is "none" (no unit, no list, no bound, never empty).
 */
export function codebookCsv(codebook: Codebook): string {
  let text = csvRecord(CODEBOOK_CSV_HEADER);
  for (const file of Object.values(codebook.files)) {
    for (const column of file.columns) {
      text += csvRecord([
        file.name,
        column.position,
        column.name,
        column.type,
        column.unit,
        column.allowedValues?.join(codebook.csv.codeListSeparator) ?? null,
        column.range?.min ?? null,
        column.range?.max ?? null,
        column.whenEmpty,
        column.description,
        column.derivation,
      ]);
    }
  }
  return text;
}
