import { readCsv } from './read-csv.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('readCsv', () => {
  it('numbers records by physical line with a BOM, CRLF rows, blank lines and quoted newlines of both kinds', () => {
    const table = readCsv(bytes('\ufeffa,b\r\n1,"x, y"\r\n\r\n2,"multi\r\nline\nvalue é"\r\n3,z\r\n\r\n\r\n4,"last"'));
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([
      { line: 2, cells: ['1', 'x, y'] },
      { line: 4, cells: ['2', 'multi\r\nline\nvalue é'] },
      { line: 7, cells: ['3', 'z'] },
      { line: 10, cells: ['4', 'last'] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reads LF files and doubled quotes', () => {
    const table = readCsv(bytes('a,b\n"say ""hi""",2\n3,"4\n5"\n6,7\n'));
    expect(table.records.map((r) => [r.line, r.cells])).toEqual([
      [2, ['say "hi"', '2']],
      [3, ['3', '4\n5']],
      [5, ['6', '7']],
    ]);
  });

  it('reports a quote never closed at the line it opens, keeping the records before it', () => {
    const table = readCsv(bytes('a,b\n1,2\n3,"open\n4,5\n'));
    expect(table.records).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(table.problems).toEqual([
      { line: 3, column: null, code: 'VALIDATION.MALFORMED_CSV', message: expect.stringContaining('Quote Not Closed') },
    ]);
  });

  it('refuses a file that is not UTF-8 (a Latin-1 export) with one problem', () => {
    const table = readCsv(Buffer.from([0x61, 0x0a, 0xe9, 0x0a]));
    expect(table.problems.map((p) => p.code)).toEqual(['VALIDATION.NOT_UTF8']);
  });
});
