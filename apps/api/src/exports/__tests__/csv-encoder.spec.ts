import { stringify } from 'csv-stringify/sync';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseCsv } from '../../../test/support/csv';
import { type CsvCell, csvRecord, type RecordBlock, RecordBlocks } from '../csv-encoder';
import { CopyBinaryRecords } from '../row-source';

/** Awkward cells: what RFC 4180 quoting is for, and what must stay bare. */
const AWKWARD: CsvCell[][] = [
  ['plain', 'with,comma', 'with "quotes"', 'line\nbreak', 'carriage\rreturn', 'crlf\r\nend'],
  ['', null, undefined, 0, 42, 2.5],
  ['Zoë Ñandú – 90+', 'emoji 🙂', ' leading and trailing ', '"', ',', 'DEEP_TISSUE;TRIGGER_POINT'],
];

/** Runs `input` through `transform` (objects or chunks) and collects what comes out. */
async function run<T>(input: readonly unknown[], transform: NodeJS.ReadWriteStream & { rows?: number }): Promise<T[]> {
  const out: T[] = [];
  await pipeline(
    Readable.from(input),
    transform,
    new Writable({
      objectMode: true,
      write(chunk: T, _encoding, callback) {
        out.push(chunk);
        callback();
      },
    }),
  );
  return out;
}

describe('csvRecord', () => {
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

  it('round-trips every cell through a strict RFC 4180 reader', () => {
    const text = ['a,b,c,d,e,f', ...AWKWARD].map((row) => (typeof row === 'string' ? `${row}\r\n` : csvRecord(row))).join('');

    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ...AWKWARD.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))),
    ]);
  });
});

describe('RecordBlocks', () => {
  const write = async (header: string[], blocks: RecordBlock[]): Promise<{ chunks: Buffer[]; text: string; rows: number }> => {
    const writer = new RecordBlocks(header);
    const chunks = await run<Buffer>(blocks, writer);
    return { chunks, text: Buffer.concat(chunks).toString('utf8'), rows: writer.rows };
  };

  it('writes the header, then the blocks as they are, and counts their records', async () => {
    const { text, rows } = await write(
      ['patient', 'episode', 'a'],
      [
        [2, 'P1,E7,0\r\nP1,E7,2.5\r\n'],
        [1, 'P3,E1,Zoë\r\n'],
      ],
    );

    expect(text).toBe('patient,episode,a\r\nP1,E7,0\r\nP1,E7,2.5\r\nP3,E1,Zoë\r\n');
    expect(rows).toBe(3);
    expect(parseCsv(text)).toEqual([
      ['patient', 'episode', 'a'],
      ['P1', 'E7', '0'],
      ['P1', 'E7', '2.5'],
      ['P3', 'E1', 'Zoë'],
    ]);
  });

  it('writes the header, quoted where it must be, for a file without rows', async () => {
    await expect(write(['a', 'b,c'], [])).resolves.toMatchObject({ text: 'a,"b,c"\r\n', rows: 0 });
  });

  it('hands records on in chunks, not one write per block and not all at the end', async () => {
    const blocks: RecordBlock[] = Array.from({ length: 5000 }, (_, index) => [2, `P${index},1\r\nP${index},2\r\n`]);
    const { chunks, text, rows } = await write(['id', 'n'], blocks);

    expect(rows).toBe(10_000);
    expect(parseCsv(text)).toHaveLength(10_001);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThan(50);
  });

  it.each([['P1,say "hi"\r\n'], ['P1,"\r\n']])('fails on a quote (%j) instead of writing a cell that needed quoting', async (records) => {
    await expect(write(['p', 'x'], [[1, 'P0,ok\r\n'], [1, records]])).rejects.toThrow(/holds a quote/);
  });
});

describe('CopyBinaryRecords', () => {
  /**
   * COPY's binary format written by hand from PostgreSQL's documentation (COPY, "Binary Format"):
   * the signature, 32-bit flags, a 32-bit header extension length and the extension, then per
   * tuple a 16-bit field count and per field a 32-bit length and the bytes, then a 16-bit -1.
   */
  function binaryCopy(tuples: readonly (readonly [number, string] | readonly (Buffer | null)[])[], extension = Buffer.alloc(0)): Buffer {
    const int16 = (value: number): Buffer => {
      const bytes = Buffer.alloc(2);
      bytes.writeInt16BE(value);
      return bytes;
    };
    const int32 = (value: number): Buffer => {
      const bytes = Buffer.alloc(4);
      bytes.writeInt32BE(value);
      return bytes;
    };
    const parts = [Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00]), int32(0), int32(extension.length), extension];
    for (const tuple of tuples) {
      const fields = typeof tuple[0] === 'number' ? [int32(tuple[0]), Buffer.from(tuple[1] as string, 'utf8')] : (tuple as (Buffer | null)[]);
      parts.push(int16(fields.length));
      for (const field of fields) parts.push(...(field === null ? [int32(-1)] : [int32(field.length), field]));
    }
    parts.push(int16(-1));
    return Buffer.concat(parts);
  }

  /** Cuts bytes into chunks of the given sizes (then the rest), as a socket might. */
  const cut = (bytes: Buffer, sizes: number[]): Buffer[] => {
    const chunks: Buffer[] = [];
    let at = 0;
    for (const size of sizes) {
      chunks.push(bytes.subarray(at, at + size));
      at += size;
    }
    chunks.push(bytes.subarray(at));
    return chunks;
  };

  const TUPLES: [number, string][] = [
    [2, 'P1,E7,0\r\nP1,E7,3\r\n'],
    [1, 'P2,E3,Zoë\r\n'],
    [0, ''],
  ];
  const read = async (chunks: Buffer[], header = ['p', 'e', 'x']): Promise<{ text: string; rows: number }> => {
    const reader = new CopyBinaryRecords(header);
    const out = await run<Buffer>(chunks, reader);
    return { text: Buffer.concat(out).toString('utf8'), rows: reader.rows };
  };
  const FILE = { text: 'p,e,x\r\nP1,E7,0\r\nP1,E7,3\r\nP2,E3,Zoë\r\n', rows: 3 };

  it('writes the header, then each row\'s text as it is, and counts the records, wherever the chunks end', async () => {
    // The reader moves the texts within the chunks it is given: fresh bytes for each cut.
    const length = binaryCopy(TUPLES).length;
    for (const sizes of [[], [1], [5, 14, 1], [19], [20, 3, 3, 3], Array.from({ length }, () => 1)]) {
      await expect(read(cut(binaryCopy(TUPLES), sizes))).resolves.toEqual(FILE);
    }
    expect(parseCsv(FILE.text)).toEqual([
      ['p', 'e', 'x'],
      ['P1', 'E7', '0'],
      ['P1', 'E7', '3'],
      ['P2', 'E3', 'Zoë'],
    ]);
  });

  it('skips a header extension', async () => {
    await expect(read([binaryCopy(TUPLES, Buffer.from('future'))])).resolves.toEqual(FILE);
  });

  it('writes the header, quoted where it must be, for a file without rows', async () => {
    await expect(read([binaryCopy([])], ['a', 'b,c'])).resolves.toEqual({ text: 'a,"b,c"\r\n', rows: 0 });
  });

  it.each([
    ['a quote', binaryCopy([[1, 'P1,ok\r\n'], [1, 'P2,say "hi"\r\n']]), /holds a quote/],
    ['a NULL text', binaryCopy([[Buffer.from([0, 0, 0, 1]), null]]), /NULL records/],
    ['one field', binaryCopy([[Buffer.from([0, 0, 0, 1])]]), /1 fields/],
    ['an 8-byte count', binaryCopy([[Buffer.alloc(8), Buffer.from('x')]]), /4-byte record count/],
    ['text format', Buffer.from('P1,E7,0,0,0,0,0,0,0,0,0,0\n'), /Not COPY binary data/],
    ['no end of data', binaryCopy(TUPLES).subarray(0, -2), /ended inside a row or without its end/],
  ])('fails on %s', async (_case, bytes, message) => {
    await expect(read([bytes])).rejects.toThrow(message);
  });
});
