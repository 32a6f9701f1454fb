/**
 * How one endpoint's JSON answer becomes a table: the rows it holds and, per column, a stable
 * header and how to read the cell from a row. Declared next to the controller it belongs to.
 */
export interface CsvColumn<R> {
  header: string;
  value: (row: R) => unknown;
}

export interface CsvShape<T = never, R = never> {
  /** The download's file name, without `.csv`. */
  file: string;
  rows: (result: T) => readonly R[];
  columns: readonly CsvColumn<R>[];
  /** Facts of the answer that are not rows (paging, the next cursor), as response headers. */
  headers?: (result: T) => Record<string, string | number>;
}

/** Type help for a shape declaration: `csvShape<StaffPageResponse, StaffResponse>({ … })`. */
export const csvShape = <T, R>(shape: CsvShape<T, R>): CsvShape<T, R> => shape;

/** `[header, read]` pairs, for shapes whose columns are plain fields. */
export const columns = <R>(...pairs: [string, (row: R) => unknown][]): CsvColumn<R>[] =>
  pairs.map(([header, value]) => ({ header, value }));

/** Paged lists: where this page sits, as headers, since the rows are only this page. */
export const pageHeaders = (result: { page: number; pageSize: number; total: number }) => ({
  'X-Page': result.page,
  'X-Page-Size': result.pageSize,
  'X-Total-Count': result.total,
});
