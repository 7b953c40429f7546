import { stringify } from 'csv-stringify/sync';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseCsv } from '../../../test/support/csv';
import { CopyRecords, type CsvCell, CsvEncoder, csvRecord } from '../csv-encoder';

/** Awkward cells: what RFC 4180 quoting is for, and what must stay bare. */
const AWKWARD: CsvCell[][] = [
  ['plain', 'with,comma', 'with "quotes"', 'line\nbreak', 'carriage\rreturn', 'crlf\r\nend'],
  ['', null, undefined, 0, 42, 2.5],
  ['Zoë Ñandú – 90+', 'emoji 🙂', ' leading and trailing ', '"', ',', 'DEEP_TISSUE;TRIGGER_POINT'],
];

async function encode(header: string[], rows: CsvCell[][], onChunk?: () => void): Promise<string> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      onChunk?.();
      callback();
    },
  });
  await pipeline(Readable.from(rows), new CsvEncoder(header), sink);
  return Buffer.concat(chunks).toString('utf8');
}

describe('CsvEncoder', () => {
  it('writes what csv-stringify writes for RFC 4180 with CRLF record ends', () => {
    for (const row of AWKWARD) {
      const reference = stringify([row.map((cell) => (cell === undefined ? null : cell))], {
        record_delimiter: 'windows',
        cast: { number: (value) => String(value) },
        // csv-stringify quotes only a whole CRLF; a lone CR or LF is quoted here too, since
        // readers split records on either (quoting is always allowed by RFC 4180).
        quoted_match: /[\r\n]/,
      });
      expect(csvRecord(row)).toBe(reference);
    }
  });

  it('round-trips every cell through a strict RFC 4180 reader', async () => {
    const text = await encode(['a', 'b', 'c', 'd', 'e', 'f'], AWKWARD);

    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ...AWKWARD.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))),
    ]);
  });

  it('writes the header alone for no rows, and counts the rows it wrote', async () => {
    await expect(encode(['study_patient_id', 'day_offset'], [])).resolves.toBe('study_patient_id,day_offset\r\n');

    const encoder = new CsvEncoder(['n']);
    const rows = Array.from({ length: 1000 }, (_, index) => [index]);
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    await pipeline(Readable.from(rows), encoder, sink);
    expect(encoder.rows).toBe(1000);
  });

  it('hands rows on in chunks, not one write per row and not all at the end', async () => {
    let chunks = 0;
    const rows = Array.from({ length: 5000 }, (_, index) => [`P${index}`, index]);
    const text = await encode(['id', 'n'], rows, () => {
      chunks += 1;
    });

    expect(parseCsv(text)).toHaveLength(5001);
    expect(chunks).toBeGreaterThan(5);
    expect(chunks).toBeLessThan(100);
  });
});

describe('CopyRecords', () => {
  /** Runs bytes through in chunks of the given sizes (then the rest), as a socket might cut them. */
  async function convert(header: string[], text: string, chunkSizes: number[]): Promise<{ text: string; rows: number }> {
    const bytes = Buffer.from(text, 'utf8');
    const chunks: Buffer[] = [];
    let at = 0;
    for (const size of chunkSizes) {
      chunks.push(bytes.subarray(at, at + size));
      at += size;
    }
    chunks.push(bytes.subarray(at));
    const converter = new CopyRecords(header);
    const out: Buffer[] = [];
    await pipeline(
      Readable.from(chunks),
      converter,
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          out.push(chunk);
          callback();
        },
      }),
    );
    return { text: Buffer.concat(out).toString('utf8'), rows: converter.rows };
  }

  // As PostgreSQL writes records in COPY's text format: one per line, LF-ended, no header.
  const FROM_SERVER = 'P1,E7,0,,DEEP_TISSUE;TRIGGER_POINT\nP2,E3,14,2.5,\nP3,E1,90+,Zoë,\n';

  it.each([[[]], [[1]], [[5, 1, 1]], [[9]], [[12, 3]], [[16, 2, 2, 2]]])('writes the header, then each record CRLF-ended, chunked as %j', async (sizes) => {
    const { text, rows } = await convert(['patient', 'episode', 'a', 'b', 'c'], FROM_SERVER, sizes);

    expect(text).toBe('patient,episode,a,b,c\r\nP1,E7,0,,DEEP_TISSUE;TRIGGER_POINT\r\nP2,E3,14,2.5,\r\nP3,E1,90+,Zoë,\r\n');
    expect(rows).toBe(3);
    expect(parseCsv(text)).toEqual([
      ['patient', 'episode', 'a', 'b', 'c'],
      ['P1', 'E7', '0', '', 'DEEP_TISSUE;TRIGGER_POINT'],
      ['P2', 'E3', '14', '2.5', ''],
      ['P3', 'E1', '90+', 'Zoë', ''],
    ]);
  });

  it('converts a chunk of more records than its first table of record ends holds (1024)', async () => {
    const records = Array.from({ length: 3000 }, (_, index) => `P${index},${index % 7}`);
    const { text, rows } = await convert(['p', 'n'], records.map((record) => `${record}\n`).join(''), []);

    expect(rows).toBe(3000);
    expect(text).toBe(`p,n\r\n${records.map((record) => `${record}\r\n`).join('')}`);
  });

  it('writes the header, quoted where it must be, for a file without rows', async () => {
    await expect(convert(['a', 'b,c'], '', [])).resolves.toEqual({ text: 'a,"b,c"\r\n', rows: 0 });
  });

  // A quote: a cell that needed quoting. A backslash: COPY's escape of a tab, CR, LF or backslash
  // in a cell, or its NULL record (\N).
  it.each([['P1,say "hi"\n'], ['P1,line\\nbreak\n'], ['\\N\n'], ['P1,a\\\\b\n']])('fails on %j instead of writing a record that would not read back', async (record) => {
    await expect(convert(['p', 'x'], `P0,ok\n${record}`, [6])).rejects.toThrow(/quote, a backslash or a control character/);
  });
});
