import { parse, type CsvError } from 'csv-parse/sync';
import type { RowProblem } from '../domain/layout.js';

export interface CsvRecord {
  /** Physical line the record starts on; the header is line 1 (after any blank lines before it). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  records: CsvRecord[];
  /** Problems of the file itself: not UTF-8, a quote never closed. */
  problems: RowProblem[];
}

/** Offsets just after each line break (CRLF, LF or a lone CR), in byte order. */
const lineBreakEnds = (bytes: Buffer): number[] => {
  const ends: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) ends.push(i + 1);
    else if (bytes[i] === 0x0d) {
      if (bytes[i + 1] === 0x0a) i++;
      ends.push(i + 1);
    }
  }
  return ends;
};

const breaksIn = (text: string): number => text.match(/\r\n|\n|\r/g)?.length ?? 0;

/**
 * A CSV file as records with their physical line numbers, by csv-parse. The parser's own line count
 * takes a CRLF inside a quoted field for two lines, so the line is worked out here from where the
 * record ends in the bytes, less the line breaks inside its quoted fields: right for CRLF and LF
 * files, quoted newlines of either kind, a BOM and blank lines.
 */
export function readCsv(bytes: Buffer): CsvTable {
  const problems: RowProblem[] = [];
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      header: [],
      headerLine: 1,
      records: [],
      problems: [
        {
          line: 1,
          column: null,
          code: 'VALIDATION.NOT_UTF8',
          message: 'the file is not UTF-8 text: save it as "CSV UTF-8"',
        },
      ],
    };
  }
  const ends = lineBreakEnds(bytes);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const parsed = parse(bytes, {
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (!error) return;
      let at = Number(error.bytes ?? 0);
      while (bytes[at] === 0x0a || bytes[at] === 0x0d) at++;
      problems.push({ line: lineAt(at), column: null, code: 'VALIDATION.MALFORMED_CSV', message: error.message });
    },
  }) as unknown as { record: string[]; info: { bytes: number } }[];
  const records = parsed.map(({ record, info }) => {
    const lastLine = lineAt(Math.max(0, info.bytes - 1));
    return { line: lastLine - record.reduce((n, cell) => n + breaksIn(cell), 0), cells: record };
  });
  const [first, ...rest] = records;
  return { header: first?.cells ?? [], headerLine: first?.line ?? 1, records: rest, problems };
}
