import { useState } from 'react';
import { ApiError } from '../../api/api-client';
import { isImportReport, type ImportKind, type ImportReport } from '../../api/import-types';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';

/** Where a run (a check or an import) is: the file on its way (bytes known), then the server at work (only the time is known). */
export type RunPhase = ({ step: 'sending'; sent: number; total: number } | { step: 'server'; since: number }) & {
  dryRun: boolean;
};

export interface ImportRun {
  kind: ImportKind;
  file: File;
  report: ImportReport;
}

/**
 * Sends a file to `/api/imports/{kind}`, as a check (dry run) or for real. A rejected real run is a
 * 422 whose details are the report, so it is shown as a report, not as an error; other refusals
 * (not CSV, too large, a conflict) become words beside the buttons.
 */
export function useImportRun() {
  const api = useApi();
  const command = useCommand([]);
  const [phase, setPhase] = useState<RunPhase | null>(null);
  const [last, setLast] = useState<ImportRun | null>(null);

  const run = (kind: ImportKind, file: File, dryRun: boolean) =>
    void command.run(async () => {
      setLast(null);
      setPhase({ step: 'sending', sent: 0, total: file.size, dryRun });
      // The API takes a bare file name of at most 200 characters; the end keeps the extension.
      const query = new URLSearchParams({ dryRun: String(dryRun), file: file.name.slice(-200) });
      try {
        const report = await api
          .upload<ImportReport>(`/api/imports/${kind}?${query}`, file, 'text/csv', {
            onSent: (sent, total) => setPhase({ step: 'sending', sent, total, dryRun }),
            onUploaded: () => setPhase({ step: 'server', since: Date.now(), dryRun }),
          })
          .catch((error: unknown) => {
            if (
              error instanceof ApiError &&
              error.body.code === 'IMPORT.REJECTED' &&
              isImportReport(error.body.details)
            )
              return error.body.details;
            throw error;
          });
        setLast({ kind, file, report });
      } finally {
        setPhase(null);
      }
    });

  const clear = () => {
    setLast(null);
    command.reset();
  };
  return { command, phase, last, run, clear };
}
