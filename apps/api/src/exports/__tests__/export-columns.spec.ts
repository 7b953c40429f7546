import { FILE_COLUMNS } from '../export-columns';
import { ExportFile } from '../export-manifest';
import { CODE_LIST_SEPARATOR } from '../export-sql';

/**
 * The database writes each export record as one text of bare cells joined by commas
 * (cellsTextSql), which is RFC 4180 only while no cell can hold what would need quoting; and a
 * stored block of the sessions file marks the plan's parts with control characters
 * (SESSION_BLOCK_SLOTS), which no cell may hold either. Study ids and numbers cannot; codes can
 * only hold their allowed values.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NEEDS_QUOTING_OR_ESCAPING = /[",\\\u0000-\u001f]/;

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
