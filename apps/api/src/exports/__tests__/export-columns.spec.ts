import { FILE_COLUMNS } from '../export-columns';
import { ExportFile } from '../export-manifest';
import { CODE_LIST_SEPARATOR } from '../export-sql';

/**
 * PostgreSQL writes each export row as one text of bare cells joined by commas (cellsTextSql), which
 * is RFC 4180 only while no cell can hold what would need quoting or what COPY's text format
 * escapes. Study ids and numbers cannot; codes can only hold their allowed values.
 */
const NEEDS_QUOTING_OR_ESCAPING = /[",\r\n\t\\]/;

describe.each(Object.values(ExportFile))('the %s file', (file) => {
  const columns = FILE_COLUMNS[file];

  it('has codes and code lists whose every allowed value is a bare CSV cell', () => {
    const coded = columns.filter((column) => column.type === 'code' || column.type === 'code list');
    const unsafe = coded.flatMap((column) => (column.allowedValues ?? []).filter((value) => NEEDS_QUOTING_OR_ESCAPING.test(value)));

    expect(coded.length).toBeGreaterThan(0);
    expect(coded.every((column) => (column.allowedValues?.length ?? 0) > 0)).toBe(true);
    expect(unsafe).toEqual([]);
    expect(NEEDS_QUOTING_OR_ESCAPING.test(CODE_LIST_SEPARATOR)).toBe(false);
  });
});
