import { useId, useState, type FormEvent } from 'react';
import type { ImportKind } from '../../api/import-types';
import { useAsAt } from '../../as-at/as-at-context';
import { CommandMessages, SelectField, TextField } from '../../components/form-fields';
import { useSession } from '../../session/session-context';
import { FileRules, ImportColumns, ImportOrder } from './import-columns';
import { importKindsFor } from './import-kinds';
import { ImportProgress } from './import-progress';
import { ImportReportView } from './import-report';
import { useImportRun } from './use-import-run';

/** Checks a spreadsheet (a dry run), then imports it once a check of the same file and kind found nothing wrong. */
export function ImportsPage() {
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const kinds = importKindsFor(user?.roles ?? []);
  const [kind, setKind] = useState<ImportKind>(kinds[0]?.kind ?? 'staff');
  const [file, setFile] = useState<File | null>(null);
  const { command, phase, last, run, clear } = useImportRun();
  const importHint = useId();
  const info = kinds.find((k) => k.kind === kind) ?? kinds[0];

  if (pastView)
    return (
      <>
        <h1>Imports</h1>
        <p>Imports write to today’s records, so they are switched off while you look at the past.</p>
      </>
    );
  if (!info)
    return (
      <>
        <h1>Imports</h1>
        <p>Your role does not include any kind of import.</p>
      </>
    );

  // Import only what was checked: the same file object (choosing it again makes a new one) and kind.
  const cleanCheck =
    last !== null &&
    last.report.dryRun &&
    last.report.status !== 'rejected' &&
    last.file === file &&
    last.kind === kind;
  const start = (asCheck: boolean) => {
    if (!file) return;
    run(kind, file, asCheck);
  };
  const checking = phase?.dryRun === true;
  const importing = phase?.dryRun === false;
  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start(true);
  };

  return (
    <>
      <h1>Imports</h1>
      <p>Load a spreadsheet exported as CSV: check it first, then import it.</p>
      <form onSubmit={check} noValidate aria-label="Import a file">
        <SelectField
          label="Kind of file"
          name="kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ImportKind);
            clear();
          }}
          options={kinds.map((k): [string, string] => [k.kind, k.label])}
        />
        <ImportColumns info={info} />
        <ImportOrder />
        <FileRules />
        <TextField
          label="CSV file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            clear();
          }}
        />
        <div className="form-actions">
          <button type="submit" disabled={!file || command.busy} aria-busy={checking}>
            {checking ? 'Checking…' : 'Check the file'}
          </button>
          <button
            type="button"
            onClick={() => start(false)}
            disabled={!cleanCheck || command.busy}
            aria-busy={importing}
            aria-describedby={cleanCheck || last?.report.dryRun === false ? undefined : importHint}
          >
            {importing ? 'Importing…' : 'Import'}
          </button>
          {!cleanCheck && last?.report.dryRun !== false && (
            <span className="hint" id={importHint}>
              Import is possible once a check of this file finds no problems.
            </span>
          )}
        </div>
      </form>
      {phase && <ImportProgress phase={phase} />}
      <CommandMessages command={command} />
      {last && <ImportReportView report={last.report} />}
    </>
  );
}
