import { IMPORT_KIND_INFO, type ColumnNeed, type ImportKindInfo } from './import-kinds';

const NEEDS: [ColumnNeed, string][] = [
  ['required', 'Required'],
  ['either', 'One of the two'],
  ['optional', 'Optional'],
];
const NEED_WORDS = Object.fromEntries(NEEDS) as Record<ColumnNeed, string>;

/** The chosen kind's columns, required first, as docs/imports.md lists them. */
export function ImportColumns({ info }: { info: ImportKindInfo }) {
  const columns = NEEDS.flatMap(([need]) => info.columns.filter((c) => c.need === need));
  return (
    <table data-testid="import-columns">
      <caption>Columns of a {info.label.toLowerCase()} file</caption>
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Needed</th>
          <th scope="col">What it holds</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c) => (
          <tr key={c.name}>
            <td>
              <code>{c.name}</code>
            </td>
            <td>{NEED_WORDS[c.need]}</td>
            <td>{c.meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Later files name people, cohorts and posts an earlier one created, so the order matters. */
export function ImportOrder() {
  return (
    <div data-testid="import-order">
      <p>Import the kinds in this order, as each names what an earlier one created:</p>
      <ol>
        {IMPORT_KIND_INFO.map((k) => (
          <li key={k.kind}>{k.label}</li>
        ))}
      </ol>
    </div>
  );
}

/** What every file has in common (docs/imports.md, "The file"). */
export function FileRules() {
  return (
    <p className="hint">
      A CSV file saved as UTF-8 (Excel’s “CSV UTF-8”), the first row naming the columns in any order. Dates are
      YYYY-MM-DD or DD/MM/YYYY, day first. A file goes in whole or not at all: if any row has a problem, nothing is
      imported.
    </p>
  );
}
