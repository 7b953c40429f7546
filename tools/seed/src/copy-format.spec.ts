import { copyField, copyTable, escapeCopyText } from './copy-format';

describe('COPY text format', () => {
  it('escapes backslash, newline, carriage return and tab, and nothing else', () => {
    expect(escapeCopyText('plain, "quoted" text; ok')).toBe('plain, "quoted" text; ok');
    expect(escapeCopyText('a\\b\nc\rd\te')).toBe('a\\\\b\\nc\\rd\\te');
    // Text that looks like the NULL marker stays text.
    expect(escapeCopyText('\\N')).toBe('\\\\N');
  });

  it.each([
    [null, 'text', '\\N'],
    ['', 'text', ''],
    [0.1 + 0.2, 'number', '0.30000000000000004'],
    [1e-7, 'number', '1e-7'],
    [-3, 'number', '-3'],
    [true, 'boolean', 't'],
    [false, 'boolean', 'f'],
    [new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678)), 'timestamp', '2025-01-02T03:04:05.678Z'],
    ['2025-11-20', 'date', '2025-11-20'],
    [[1, null, 'a\tb'], 'json', '[1,null,"a\\\\tb"]'],
  ] as const)('writes %p as a %s field: %s', (value, kind, text) => {
    expect(copyField(value, kind, 'table.column')).toBe(text);
  });

  it.each([
    [undefined, 'text'],
    [3, 'text'],
    [Number.NaN, 'number'],
    ['1', 'number'],
    [1, 'boolean'],
    ['2025-01-01T00:00:00Z', 'timestamp'],
    [new Date(Number.NaN), 'timestamp'],
  ] as const)('refuses %p as a %s field rather than guess', (value, kind) => {
    expect(() => copyField(value, kind, 'table.column')).toThrow(/table\.column/);
  });

  it('writes rows in column order, one line each, in chunks of the given size', () => {
    const spec = {
      table: 'referral',
      columns: [
        { name: 'id', property: 'id', kind: 'text' as const },
        { name: 'notes', property: 'notes', kind: 'text' as const },
        { name: 'referred_on', property: 'referredOn', kind: 'date' as const },
      ],
    };
    const rows = [
      { id: 'a', notes: 'x\ty', referredOn: '2025-01-01' },
      { id: 'b', notes: null, referredOn: '2025-01-02' },
      { id: 'c', notes: '', referredOn: '2025-01-03' },
    ];

    expect(copyTable(spec, rows, 2)).toEqual({
      table: 'referral',
      columns: ['id', 'notes', 'referred_on'],
      rows: 3,
      chunks: [
        { text: 'a\tx\\ty\t2025-01-01\nb\t\\N\t2025-01-02\n', rows: 2 },
        { text: 'c\t\t2025-01-03\n', rows: 1 },
      ],
    });
  });
});
