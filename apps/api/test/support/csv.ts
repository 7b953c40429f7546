/**
 * A strict RFC 4180 reader for the tests (csv-parse is not installed): quoted fields with doubled
 * quotes, commas and line breaks inside quotes, CRLF record ends. Anything outside the grammar
 * throws, so a malformed export fails the test instead of being read generously.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  const fail = (message: string): never => {
    throw new Error(`Not RFC 4180 at character ${index}: ${message}`);
  };
  if (text.length === 0) return records;
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) fail('unterminated quoted field');
        const char = text[index] as string;
        if (char === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        field += char;
        index += 1;
      }
    } else {
      while (index < text.length && text[index] !== ',' && text[index] !== '\r' && text[index] !== '\n') {
        if (text[index] === '"') fail('quote inside an unquoted field');
        field += text[index];
        index += 1;
      }
    }
    record.push(field);
    if (text[index] === ',') {
      index += 1;
      continue;
    }
    if (text.startsWith('\r\n', index)) {
      index += 2;
      records.push(record);
      record = [];
      continue;
    }
    if (index >= text.length) fail('the last record must end with CRLF');
    fail(`unexpected ${JSON.stringify(text[index])} after a field (records end with CRLF)`);
  }
  return records;
}

/** Header and rows as objects keyed by column name; every record must have the header's width. */
export function parseCsvTable(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new Error('A CSV file without a header row');
  const rows = records.map((record, position) => {
    if (record.length !== header.length) throw new Error(`Record ${position + 1} has ${record.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, column) => [name, record[column] as string]));
  });
  return { header, rows };
}
